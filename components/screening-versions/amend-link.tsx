/**
 * The one way to change a signed screening: amend it, which makes a new version. Offered only on a signed
 * version, which is always the latest (an amended one was replaced; one awaiting review is reviewed instead).
 */
import Link from "next/link";

import type { ScreeningStatus } from "@/lib/db/types";

export function AmendLink({ screeningId, status }: { screeningId: string; status: ScreeningStatus }) {
  if (status !== "signed") return null;
  return (
    <p className="print:hidden">
      <Link
        href={`/screenings/${screeningId}/amend`}
        className="inline-block rounded border-2 border-blue-800 px-4 py-2 font-semibold text-blue-800 hover:bg-blue-50"
      >
        Amend this screening
      </Link>
    </p>
  );
}
