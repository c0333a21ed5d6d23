import { screeningFileName } from "@/lib/exports/file-names";

import { DownloadLinks } from "./download-links";

/**
 * Files of this screening to hand on or file: the PDF summary, and the FHIR R4 bundle for another system (the
 * current version only; a replaced version's bundle is not offered). Download links, not the router's: they
 * fetch files, which the router must not try to render. File names carry the screening's id, never the patient.
 */
export function ExportLinks({ screeningId, replaced }: { screeningId: string; replaced: boolean }) {
  const base = `/screenings/${encodeURIComponent(screeningId)}`;
  const pdf = { href: `${base}/pdf`, fileName: screeningFileName(screeningId, "pdf"), label: "Download PDF summary", name: "the PDF summary" };
  const fhir = { href: `${base}/fhir`, fileName: screeningFileName(screeningId, "fhir"), label: "Download FHIR R4 bundle (JSON)", name: "the FHIR bundle" };
  return <DownloadLinks files={replaced ? [pdf] : [pdf, fhir]} />;
}
