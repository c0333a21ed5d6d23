import "server-only";

import { randomUUID } from "node:crypto";

import type { Role } from "@/lib/auth/roles";

import { appendAuditEvent } from "./append-audit-event.server";
import { actorColumns } from "./audit-actor.server";
import { getDb, TRANSACTION_OPTIONS } from "./client.server";

import type { Actor } from "./types";

export interface CreateAccountArgs {
  readonly actor: Actor;
  readonly name: string;
  /** Normalised by the caller (trimmed, lower-case). */
  readonly email: string;
  readonly role: Role;
  /** better-auth's password hash (scrypt), never the password. */
  readonly passwordHash: string;
  /** True for a temporary password: the account must choose its own before anything else. */
  readonly mustChangePassword: boolean;
}

export type CreateAccountResult =
  | { readonly ok: true; readonly userId: string }
  | { readonly ok: false; readonly fieldErrors: Record<string, string[]> };

const EMAIL_TAKEN = "An account with this email already exists";

/** Creates a user with an email-and-password login, and its audit event, in one transaction. */
export async function createAccount(args: CreateAccountArgs): Promise<CreateAccountResult> {
  const db = await getDb();
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.user.findUnique({ where: { email: args.email }, select: { id: true } })) {
        return { ok: false, fieldErrors: { email: [EMAIL_TAKEN] } };
      }
      const userId = randomUUID();
      await tx.user.create({
        data: { id: userId, name: args.name, email: args.email, role: args.role, mustChangePassword: args.mustChangePassword, emailVerified: true },
        select: { id: true },
      });
      // better-auth's email-and-password login: provider "credential", account id = user id.
      await tx.account.create({
        data: { id: randomUUID(), accountId: userId, providerId: "credential", userId, password: args.passwordHash },
        select: { id: true },
      });
      await appendAuditEvent(tx, {
        ...actorColumns(args.actor),
        event: "account-created",
        outcome: "success",
        recordType: "user",
        recordId: userId,
        patientId: null,
        detail: { role: args.role, temporaryPassword: args.mustChangePassword },
      });
      return { ok: true, userId } as const;
    }, TRANSACTION_OPTIONS);
  } catch (error) {
    // Two admins creating the same email at once: the unique index decides.
    if (typeof error === "object" && error !== null && "code" in error && error.code === "P2002") {
      return { ok: false, fieldErrors: { email: [EMAIL_TAKEN] } };
    }
    throw error;
  }
}
