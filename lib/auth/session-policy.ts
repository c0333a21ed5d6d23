/**
 * Session lifetimes (HIPAA §164.312(a)(2)(iii) automatic logoff; OWASP ASVS 5.0 V7.3): a session ends after
 * 15 minutes without a request, and in any case 12 hours after sign-in. The page warns a minute before the
 * idle logoff and offers to stay signed in. Every value can be changed by configuration (tests shorten them).
 */
export interface SessionPolicy {
  /** Seconds without activity after which the session ends. */
  readonly idleTimeoutSeconds: number;
  /** Seconds before the idle logoff at which the page warns. */
  readonly idleWarningSeconds: number;
  /** Seconds after sign-in at which the session ends whatever the activity. */
  readonly absoluteTimeoutSeconds: number;
  /** Every account must enrol an authenticator app before it can do anything else. */
  readonly requireMfa: boolean;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = {
  idleTimeoutSeconds: 15 * 60,
  idleWarningSeconds: 60,
  absoluteTimeoutSeconds: 12 * 60 * 60,
  requireMfa: true,
};

function positiveSeconds(raw: string | undefined, name: string, fallback: number): number {
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a whole number of seconds above 0, got "${raw}"`);
  return value;
}

function flag(raw: string | undefined, name: string, fallback: boolean): boolean {
  if (raw === undefined || raw.trim() === "") return fallback;
  const normal = raw.trim().toLowerCase();
  if (["true", "1", "yes"].includes(normal)) return true;
  if (["false", "0", "no"].includes(normal)) return false;
  throw new Error(`${name} must be true or false, got "${raw}"`);
}

/** Reads the policy from the environment; a malformed value stops the app rather than weakening a limit. */
export function sessionPolicyFromEnv(env: Readonly<Record<string, string | undefined>>): SessionPolicy {
  const idleTimeoutSeconds = positiveSeconds(env.SESSION_IDLE_TIMEOUT_SECONDS, "SESSION_IDLE_TIMEOUT_SECONDS", DEFAULT_SESSION_POLICY.idleTimeoutSeconds);
  const idleWarningSeconds = positiveSeconds(env.SESSION_IDLE_WARNING_SECONDS, "SESSION_IDLE_WARNING_SECONDS", DEFAULT_SESSION_POLICY.idleWarningSeconds);
  const absoluteTimeoutSeconds = positiveSeconds(env.SESSION_ABSOLUTE_TIMEOUT_SECONDS, "SESSION_ABSOLUTE_TIMEOUT_SECONDS", DEFAULT_SESSION_POLICY.absoluteTimeoutSeconds);
  if (idleWarningSeconds >= idleTimeoutSeconds) throw new Error("SESSION_IDLE_WARNING_SECONDS must be shorter than SESSION_IDLE_TIMEOUT_SECONDS");
  return {
    idleTimeoutSeconds,
    idleWarningSeconds,
    absoluteTimeoutSeconds,
    requireMfa: flag(env.REQUIRE_MFA, "REQUIRE_MFA", DEFAULT_SESSION_POLICY.requireMfa),
  };
}

/** When a session last active at `lastActiveAt` ends for inactivity, capped by its absolute expiry. */
export function sessionEndsAt(policy: SessionPolicy, lastActiveAt: Date, expiresAt: Date): Date {
  return new Date(Math.min(lastActiveAt.getTime() + policy.idleTimeoutSeconds * 1000, expiresAt.getTime()));
}

export type SessionState = "active" | "idle-expired" | "expired";

export function sessionState(policy: SessionPolicy, session: { lastActiveAt: Date; expiresAt: Date }, now: Date): SessionState {
  if (now.getTime() >= session.expiresAt.getTime()) return "expired";
  if (now.getTime() >= session.lastActiveAt.getTime() + policy.idleTimeoutSeconds * 1000) return "idle-expired";
  return "active";
}

/**
 * Activity is written at most this often (seconds): each write is a database round trip, and the idle deadline
 * only needs to be right to within a few seconds of a 15-minute limit.
 */
export const ACTIVITY_WRITE_INTERVAL_SECONDS = 10;

export function activityIsStale(lastActiveAt: Date, now: Date): boolean {
  return now.getTime() - lastActiveAt.getTime() >= ACTIVITY_WRITE_INTERVAL_SECONDS * 1000;
}
