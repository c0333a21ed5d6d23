/**
 * What the API answers with, as zod schemas: every response body is built by a function here and parsed through
 * its schema before it leaves (zod objects drop keys they do not name), so a field added to the data layer's
 * shapes never reaches another system unnoticed. The same schemas document the responses in the OpenAPI file.
 *
 * Instants are ISO 8601 strings in UTC. A screening is one object: its patient, the input as recorded, the flags
 * with the clinician's decisions, and the sign-off at the top level (null until signed).
 */
import type { ExportableFlag, ExportableScreening } from "../exports/fhir/exportable-screening";
import { FLAG_DECISIONS, OUTCOMES } from "../review/decisions";
import { SCREENING_STATUSES, type ScreeningStatus } from "../review/status";
import { SEVERITIES, type Assessment, type Flag, type Severity } from "../rules/types";
import { todayIsoDate } from "../screening/calendar-date";
import { encodeListCursor, type ListCursor } from "../screening/list-filter";
import { parseAsRecordedOn, recordedInputSchema } from "../screening/recorded-input";
import { z } from "../validation/zod";

const instant = z.iso.datetime().meta({ description: "An instant, ISO 8601 in UTC." });
const severity = z.enum(SEVERITIES).meta({ description: "`critical`: resolve or justify before treatment; `warning`: precautions; `info`: counselling." });

export const flagSourceSchema = z
  .discriminatedUnion("kind", [
    z.object({ kind: z.literal("document"), quote: z.string().meta({ description: "A sentence of the source document, verbatim." }) }),
    z.object({ kind: z.literal("standard"), citation: z.string().meta({ description: "A named clinical standard." }) }),
  ])
  ;

const flagFields = {
  ruleId: z.string().meta({ description: "The rule that raised the flag (docs/rules.md lists them)." }),
  severity,
  summary: z.string(),
  reasons: z.array(z.string()).meta({ description: "The patient facts that raised the flag, in words." }),
  source: z.array(flagSourceSchema),
};

export const assessedFlagSchema = z.object(flagFields).meta({ description: "A risk flag as the rules raised it." });

const attribution = { by: z.string().meta({ description: "The clinician's name." }), at: instant };

export const storedFlagSchema = z
  .object({
    id: z.string(),
    ...flagFields,
    decision: z
      .object({ decision: z.enum(FLAG_DECISIONS), note: z.string().nullable(), ...attribution })
      .nullable()
      .meta({ description: "The clinician's decision on a critical or warning flag; null until decided (counselling flags are never decided)." }),
    discussed: z.object(attribution).nullable().meta({ description: "A counselling flag ticked as discussed with the patient; null otherwise." }),
  })
  ;

export const assessmentSchema = z
  .object({ rulesVersion: z.string(), flags: z.array(assessedFlagSchema) })
  .meta({ description: "The flags today's rules raise for a screening, critical first. Nothing is stored." });

export const recordedInputResourceSchema = recordedInputSchema().meta({
  description:
    "The screening as recorded. Screenings recorded before 2026-11-26 lack allergies, otherMedicines, conditions and breastfeeding: those questions were not asked then.",
});

export const patientSchema = z
  .object({
    id: z.string(),
    fullName: z.string(),
    dateOfBirth: z.string(),
    medicalRecordNumber: z.string().nullable(),
  })
  ;

export const screeningResourceSchema = z
  .object({
    id: z.string(),
    status: z.enum(SCREENING_STATUSES),
    version: z.int().min(1),
    createdAt: instant,
    rulesVersion: z.string(),
    highestSeverity: severity.nullable(),
    patient: patientSchema.extend({ sexAtBirth: z.string() }).meta({ description: "The patient's identity now; `input.patient` is the identity recorded at this screening." }),
    input: recordedInputResourceSchema,
    flags: z.array(storedFlagSchema),
    signOff: z
      .object({ outcome: z.enum(OUTCOMES), signedBy: z.string(), role: z.string(), signedAt: instant })
      .nullable()
      .meta({ description: "The clinician's outcome and signature; null while the screening awaits review." }),
    amends: z.object({ id: z.string(), reason: z.string() }).nullable().meta({ description: "The version this one corrects, with the reason; null for a first version." }),
    amendedById: z.string().nullable().meta({ description: "The later version that replaced this one; null while this is the latest." }),
  })
  ;
export type ScreeningResource = z.output<typeof screeningResourceSchema>;

export const screeningListItemSchema = z
  .object({
    id: z.string(),
    createdAt: instant,
    status: z.enum(SCREENING_STATUSES),
    highestSeverity: severity.nullable(),
    decisionFlags: z.int().min(0).meta({ description: "Critical and warning flags: the ones that need a decision." }),
    outcome: z.enum(OUTCOMES).nullable(),
    signerName: z.string().nullable(),
    patient: patientSchema.meta({ description: "The identity recorded at this screening." }),
  })
  ;

export const screeningListSchema = z
  .object({
    items: z.array(screeningListItemSchema),
    nextCursor: z.string().nullable().meta({ description: "Pass as `after` for the next page; null on the last page." }),
  })
  ;
export type ScreeningList = z.output<typeof screeningListSchema>;

/** What a screening resource is built from: the data layer's `ScreeningDetail` has this shape. */
export type ResourceScreening = ExportableScreening & {
  readonly status: ScreeningStatus;
  readonly highestSeverity: Severity | null;
  readonly patient: { readonly id: string; readonly fullName: string; readonly dateOfBirth: string; readonly medicalRecordNumber: string | null; readonly sexAtBirth: string };
  readonly versions: { readonly version: number; readonly amends: { readonly id: string; readonly reason: string } | null; readonly amendedById: string | null };
};

function flagFieldsOf(flag: Flag) {
  return { ruleId: flag.ruleId, severity: flag.severity, summary: flag.summary, reasons: flag.reasons, source: flag.source };
}

function storedFlagOf(flag: ExportableFlag) {
  return {
    id: flag.id,
    ...flagFieldsOf(flag),
    decision: flag.decision && { decision: flag.decision.decision, note: flag.decision.note, by: flag.decision.name, at: flag.decision.at.toISOString() },
    discussed: flag.discussed && { by: flag.discussed.name, at: flag.discussed.at.toISOString() },
  };
}

export function screeningResource(screening: ResourceScreening): ScreeningResource {
  const { signature, versions } = screening;
  const body = {
    id: screening.id,
    status: screening.status,
    version: versions.version,
    createdAt: screening.createdAt.toISOString(),
    rulesVersion: screening.rulesVersion,
    highestSeverity: screening.highestSeverity,
    patient: screening.patient,
    input: screening.input,
    flags: screening.flags.map(storedFlagOf),
    signOff: signature && { outcome: signature.outcome, signedBy: signature.name, role: signature.role, signedAt: signature.at.toISOString() },
    amends: versions.amends,
    amendedById: versions.amendedById,
  };
  return parseAsRecordedOn(todayIsoDate(screening.createdAt), () => screeningResourceSchema.parse(body));
}

export function screeningListResource(page: {
  readonly items: readonly (Omit<z.input<typeof screeningListItemSchema>, "createdAt"> & { readonly createdAt: Date })[];
  readonly nextCursor: ListCursor | null;
}): ScreeningList {
  return screeningListSchema.parse({
    items: page.items.map((item) => ({ ...item, createdAt: item.createdAt.toISOString() })),
    nextCursor: page.nextCursor && encodeListCursor(page.nextCursor),
  });
}

export function assessmentResource(assessment: Assessment): z.output<typeof assessmentSchema> {
  return assessmentSchema.parse({ rulesVersion: assessment.rulesVersion, flags: assessment.flags.map(flagFieldsOf) });
}
