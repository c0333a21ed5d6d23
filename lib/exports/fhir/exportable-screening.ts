/**
 * What the FHIR export reads of a stored screening. The data-access layer's `ScreeningDetail` has this shape
 * (tests/unit/exports/fhir-bundle.test.ts checks it is assignable), but the export is domain code and does not
 * import the data-access layer.
 */
import type { FlagDecision, Outcome } from "../../review/decisions";
import type { Flag } from "../../rules/types";
import type { RecordedScreeningInput } from "../../screening/recorded-input";

export interface ExportAttribution {
  readonly name: string;
  readonly at: Date;
}

export type ExportableFlag = Flag & {
  readonly id: string;
  readonly decision: (ExportAttribution & { readonly decision: FlagDecision; readonly note: string | null }) | null;
  readonly discussed: ExportAttribution | null;
};

export interface ExportableScreening {
  readonly id: string;
  readonly createdAt: Date;
  readonly rulesVersion: string;
  /** As recorded at the screening: the patient's identity then, and only the questions asked then. */
  readonly input: RecordedScreeningInput;
  readonly flags: readonly ExportableFlag[];
  readonly signature: (ExportAttribution & { readonly role: string; readonly outcome: Outcome }) | null;
  readonly versions: { readonly version: number };
}
