/**
 * The names export files are saved under: the screening's id, never the patient (a file name shows in download
 * lists and folders). One rule for the server's Content-Disposition and the result page's download links.
 */
export type ScreeningFileKind = "pdf" | "fhir";

const EXTENSIONS: Readonly<Record<ScreeningFileKind, string>> = { pdf: "pdf", fhir: "fhir.json" };

export function screeningFileName(screeningId: string, kind: ScreeningFileKind): string {
  return `screening-${screeningId}.${EXTENSIONS[kind]}`;
}
