/**
 * Where this screening stands among its versions: which version it is and, for an amendment, the version it
 * amends and why; on a version a later one replaced, a notice that cannot be missed, since a reader must not act
 * on a replaced version by mistake. A first version nobody amended shows nothing.
 */
import Link from "next/link";

import type { ScreeningStatus, VersionLinks } from "@/lib/db/types";

export function VersionBanner({ versions, status }: { versions: VersionLinks; status: ScreeningStatus }) {
  const { version, amends, amendedById } = versions;
  return (
    <>
      {status === "amended" && amendedById && (
        <section aria-labelledby="replaced-title" className="rounded-lg border-4 border-amber-700 bg-amber-50 p-4 sm:p-6">
          <h2 id="replaced-title" className="text-lg font-bold text-slate-900">
            This version was replaced by version {version + 1}
          </h2>
          <p className="mt-1">
            It is kept as it was, with its decisions and signature.{" "}
            <Link href={`/screenings/${amendedById}`} className="font-semibold text-blue-800 underline">
              Open version {version + 1}
            </Link>
          </p>
        </section>
      )}
      {amends && (
        <section aria-labelledby="version-title" className="rounded-lg border-l-8 border-blue-800 bg-white p-4">
          <h2 id="version-title" className="text-lg font-semibold">
            Version {version} of this screening
          </h2>
          <p className="mt-1">
            It amends{" "}
            <Link href={`/screenings/${amends.id}`} className="text-blue-800 underline">
              version {version - 1}
            </Link>
            . Decisions and the sign-off of version {version - 1} were not carried over: this version is reviewed and
            signed afresh.
          </p>
          <p className="mt-2 font-medium">Reason for amendment</p>
          <p className="whitespace-pre-wrap">{amends.reason}</p>
        </section>
      )}
      {!amends && status !== "amended" && version > 1 && <p>Version {version} of this screening.</p>}
    </>
  );
}
