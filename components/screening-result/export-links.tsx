/**
 * Files of this screening to hand on or file: the PDF summary, and the FHIR R4 bundle for another system (the
 * current version only; a replaced version's bundle is not offered). Plain links: they download files, so the
 * router must not try to render them.
 */
export function ExportLinks({ screeningId, replaced }: { screeningId: string; replaced: boolean }) {
  const base = `/screenings/${encodeURIComponent(screeningId)}`;
  return (
    <p className="flex flex-wrap gap-x-6 gap-y-2 text-sm print:hidden">
      <a href={`${base}/pdf`} download className="text-blue-800 underline">
        Download PDF summary
      </a>
      {!replaced && (
        <a href={`${base}/fhir`} download className="text-blue-800 underline">
          Download FHIR R4 bundle (JSON)
        </a>
      )}
    </p>
  );
}
