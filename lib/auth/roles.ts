/**
 * Who may do what. Two roles, deliberately few: a clinician screens, reviews and exports; an admin also manages
 * accounts and reads the audit trail. Checked on the server for every page, action and route handler.
 */
export const ROLES = ["clinician", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, string>> = { clinician: "Clinician", admin: "Administrator" };

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** An admin holds every clinician permission too. */
export function roleAllows(role: Role, required: Role): boolean {
  return role === "admin" || role === required;
}

/** The signed-in person on whose behalf the server acts; passed explicitly to every data-access call. */
export interface ActingUser {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
}
