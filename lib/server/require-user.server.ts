import "server-only";

import { forbidden, redirect } from "next/navigation";

import type { Role } from "@/lib/auth/roles";

import { checkAccess, roleAdmits, setupIncomplete } from "./access.server";
import type { SignedInUser } from "./current-user.server";

/** Where an account that is not yet complete is sent first. */
export function setupPath(user: SignedInUser): string | null {
  if (user.mustChangePassword) return "/account/password";
  return setupIncomplete(user) ? "/account/two-factor" : null;
}

/**
 * The guard at the top of every page that shows or changes patient data (and every other signed-in page):
 * checked on the server for each request, never only in a layout or in proxy.ts. Without a session it
 * redirects to sign-in; an incomplete account goes to its set-up step; the wrong role gets a 403 page.
 */
export async function requireUser(role: Role, page: string): Promise<SignedInUser> {
  const check = await checkAccess("account-setup", `page:${page}`);
  if (!check.ok) redirect(check.reason === "idle" ? "/sign-in?reason=idle" : "/sign-in");
  const setup = setupPath(check.user);
  if (setup) redirect(setup);
  if (!(await roleAdmits(check.user, role, `page:${page}`))) forbidden();
  return check.user;
}

/** For the account set-up pages themselves: signed in, whatever is left to set up. */
export async function requireSignedIn(page: string): Promise<SignedInUser> {
  const check = await checkAccess("account-setup", `page:${page}`);
  if (!check.ok) redirect(check.reason === "idle" ? "/sign-in?reason=idle" : "/sign-in");
  return check.user;
}
