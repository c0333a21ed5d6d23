import type { Actor } from "@/lib/db/types";

/** Who the audit trail names for changes made from the command line or at first start: no signed-in user. */
export const COMMAND_LINE_ACTOR: Actor = { userId: null, email: "command line", ipAddress: "local" };
