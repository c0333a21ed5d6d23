import "server-only";

import { betterAuth } from "better-auth";
import { APIError, createAuthMiddleware, getSessionFromCtx } from "better-auth/api";
import { symmetricDecrypt } from "better-auth/crypto";
import { nextCookies } from "better-auth/next-js";
import { twoFactor } from "better-auth/plugins/two-factor";

import { checkPassword } from "@/lib/auth/password-policy";
import { sessionPolicyFromEnv, type SessionPolicy } from "@/lib/auth/session-policy";
import { matchingTotpStep } from "@/lib/auth/totp";
import { authDatabaseAdapter } from "@/lib/db/auth-adapter.server";
import { claimTotpStep } from "@/lib/db/claim-totp-step.server";
import { isAccountActive } from "@/lib/db/is-account-active.server";

import { loadAuthSecret } from "./auth-secret.server";

export const TOTP_REUSED_MESSAGE = "This code has already been used. Wait for the next code in your app.";
export const APP_NAME = "Ketamine screening";

/** The public address of the app: decides secure cookies and the origin better-auth trusts. */
export function appUrl(env: NodeJS.ProcessEnv = process.env): URL {
  return new URL(env.APP_URL ?? `http://localhost:${env.PORT ?? "3000"}`);
}

/**
 * RFC 6238 §5.2: a TOTP code is accepted once. Runs before better-auth's own check of the code, for the
 * enrolment check (signed in) and the second sign-in step (identified by better-auth's two_factor cookie).
 * A code that matches no step is left for better-auth to refuse, so failures are counted in one place.
 */
const refuseReplayedTotp = createAuthMiddleware(async (ctx) => {
  if (ctx.path !== "/two-factor/verify-totp") return;
  const code: unknown = ctx.body?.code;
  if (typeof code !== "string") return;
  const session = await getSessionFromCtx(ctx);
  let userId = session?.user.id;
  if (!userId) {
    const cookie = ctx.context.createAuthCookie("two_factor");
    const identifier = await ctx.getSignedCookie(cookie.name, ctx.context.secret);
    if (!identifier) return;
    userId = (await ctx.context.internalAdapter.findVerificationValue(identifier))?.value;
  }
  if (!userId) return;
  const row = await ctx.context.adapter.findOne<{ secret: string }>({ model: "twoFactor", where: [{ field: "userId", value: userId }] });
  if (!row) return;
  const secret = await symmetricDecrypt({ key: ctx.context.secretConfig, data: row.secret });
  const step = matchingTotpStep(new TextEncoder().encode(secret), code, new Date());
  if (step === null) return;
  if (!(await claimTotpStep(userId, step))) {
    throw new APIError("UNAUTHORIZED", { message: TOTP_REUSED_MESSAGE, code: "TOTP_CODE_REUSED" });
  }
});

/** Defence in depth: whatever calls better-auth to set a password, the policy applies. */
const enforcePasswordPolicy = createAuthMiddleware(async (ctx) => {
  if (!["/change-password", "/set-password", "/reset-password", "/sign-up/email"].includes(ctx.path)) return;
  const candidate: unknown = ctx.body?.newPassword ?? ctx.body?.password;
  if (typeof candidate !== "string") return;
  const verdict = checkPassword(candidate);
  if (!verdict.ok) throw new APIError("BAD_REQUEST", { message: verdict.message, code: "PASSWORD_POLICY" });
});

function createAuth(database: Awaited<ReturnType<typeof authDatabaseAdapter>>, policy: SessionPolicy) {
  const url = appUrl();
  return betterAuth({
    appName: APP_NAME,
    baseURL: url.origin,
    secret: loadAuthSecret(),
    database,
    emailAndPassword: {
      enabled: true,
      // Accounts are made by an admin or `npm run user:create`, never by whoever reaches the page.
      disableSignUp: true,
      minPasswordLength: 12,
      maxPasswordLength: 128,
      autoSignIn: false,
      revokeSessionsOnPasswordReset: true,
    },
    user: {
      additionalFields: {
        role: { type: "string", required: false, defaultValue: "clinician", input: false },
        mustChangePassword: { type: "boolean", required: false, defaultValue: false, input: false },
        deactivatedAt: { type: "date", required: false, input: false },
      },
    },
    session: {
      // The session row expires at the absolute limit and is never extended; the idle limit is the app's own
      // check of lastActiveAt (lib/server/current-user.server.ts), so that an idle logoff can be audited.
      expiresIn: policy.absoluteTimeoutSeconds,
      disableSessionRefresh: true,
      additionalFields: {
        lastActiveAt: { type: "date", required: false, input: false, defaultValue: () => new Date() },
      },
    },
    // Sign-in throttling is the app's own, held in the database across app servers (lib/db/sign-in-throttle):
    // better-auth's limiter is per process or per address and skips auth.api calls.
    rateLimit: { enabled: false },
    advanced: {
      cookiePrefix: "ks",
      useSecureCookies: url.protocol === "https:",
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
      // The app's HTTP server replaces any client-sent X-Forwarded-For with the real client address.
      ipAddress: { ipAddressHeaders: ["x-forwarded-for"] },
    },
    databaseHooks: {
      session: {
        create: {
          // A deactivated account never gets a session, however it reached sign-in.
          before: async (session) => ((await isAccountActive(session.userId)) ? undefined : false),
        },
      },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        await refuseReplayedTotp(ctx);
        await enforcePasswordPolicy(ctx);
      }),
    },
    plugins: [
      twoFactor({ issuer: APP_NAME, backupCodeOptions: { amount: 10, length: 10 } }),
      // Last, so Server Actions that call auth.api.* set and clear cookies.
      nextCookies(),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const holder = globalThis as typeof globalThis & { __ketamineScreeningAuth?: Promise<Auth> };

/** The process's better-auth instance, over the process's database client. */
export function getAuth(): Promise<Auth> {
  holder.__ketamineScreeningAuth ??= authDatabaseAdapter().then((database) => createAuth(database, getSessionPolicy()));
  holder.__ketamineScreeningAuth.catch(() => (holder.__ketamineScreeningAuth = undefined));
  return holder.__ketamineScreeningAuth;
}

let policy: SessionPolicy | undefined;
export function getSessionPolicy(): SessionPolicy {
  policy ??= sessionPolicyFromEnv(process.env);
  return policy;
}
