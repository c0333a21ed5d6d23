import "server-only";

import { z } from "@/lib/validation/zod";

import { requirePersonActor } from "./audit-actor.server";
import { getDb } from "./client.server";
import { actorIsAdmin } from "./draft-access.server";
import type { Actor, DraftListItem } from "./types";

export const DEFAULT_DRAFT_LIST_LIMIT = 100;
const MAX_DRAFT_LIST_LIMIT = 500;

/** Only the typed name is read from a stored form state, and leniently: a list must not fail on one odd draft. */
const typedNameSchema = z.object({ patient: z.object({ fullName: z.string() }) });

/** The actor's own drafts, or every draft for an admin, most recently saved first. */
export async function listDrafts(actor: Actor, options: { limit?: number } = {}): Promise<DraftListItem[]> {
  requirePersonActor(actor);
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? DEFAULT_DRAFT_LIST_LIMIT), 1), MAX_DRAFT_LIST_LIMIT);
  const db = await getDb();
  const admin = await actorIsAdmin(db, actor);
  const rows = await db.screeningDraft.findMany({
    where: admin ? {} : { authorId: actor.userId },
    // id breaks ties between drafts saved in the same millisecond, so the order is stable.
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      updatedAt: true,
      formState: true,
      patient: { select: { fullName: true } },
      author: { select: { name: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    patientName: typedName(row.formState) ?? row.patient?.fullName ?? null,
    updatedAt: row.updatedAt,
    authorName: row.author.name,
  }));
}

function typedName(formState: unknown): string | null {
  const name = typedNameSchema.safeParse(formState).data?.patient.fullName.trim();
  return name ? name : null;
}
