/** The words for a screening's workflow status (stored as a code, see prisma/schema.prisma). */
import type { ScreeningStatus } from "@/lib/db/types";

const STATUS_LABELS: Readonly<Record<ScreeningStatus, string>> = {
  "awaiting-review": "Awaiting review",
  signed: "Signed",
  amended: "Amended (replaced by a later version)",
};

export function statusLabel(status: ScreeningStatus): string {
  return STATUS_LABELS[status] ?? status;
}
