/**
 * What the form holds while the clinician types, and its translation to and from the submission shape.
 * Native radios and checkboxes only ever hold strings (react-hook-form applies `setValueAs` to text inputs
 * only), so yes/no answers and questionnaire scores are strings here and become booleans and numbers in
 * `toSubmissionCandidate` (submission-candidate.ts), just before the shared schema checks them.
 */
import { GAD7_ITEM_COUNT } from "@/lib/scoring/gad7";
import { PHQ9_ITEM_COUNT } from "@/lib/scoring/phq9";
import type { ScreeningInput } from "@/lib/screening/schema";

/** A radio group's value: `null` is react-hook-form's "none checked". */
export type Choice = string | null | undefined;

export const YES = "yes";
export const NO = "no";

export interface ScreeningFormState {
  submissionId: string;
  patientId?: string;
  screening: {
    patient: { fullName?: string; dateOfBirth?: string; medicalRecordNumber?: string; sexAtBirth?: Choice };
    plannedTreatment: { course?: Choice; route?: Choice };
    vitals: {
      systolic?: number;
      diastolic?: number;
      heartRate?: number;
      oxygenSaturation?: number;
      weightKg?: number;
      heightCm?: number;
    };
    /** `other`: one allergy per line, as typed in the text area. */
    allergies: { ketamineHypersensitivity?: Choice; other?: string };
    /** `any`: the clinician's "None" or "Yes" before the boxes (form only; see `listFromForm`). */
    cardiovascular: { any?: Choice; conditions: string[]; hypertension?: Choice };
    respiratory: { any?: Choice; conditions: string[] };
    medicationsAny?: Choice;
    medications: string[];
    /** One medicine per line, as typed in the text area. */
    otherMedicines?: string;
    conditions: {
      raisedIntracranialPressure?: Choice;
      raisedIntraocularPressure?: Choice;
      hyperthyroidism?: Choice;
      liverDisease?: Choice;
    };
    mentalHealth: {
      depression?: Choice;
      anxiety?: Choice;
      psychosisHistory?: Choice;
      dissociativeDisorder?: Choice;
      phq9Items: Choice[];
      gad7Items: Choice[];
    };
    substanceUse: { disorder?: Choice; ketamineUse?: Choice; alcohol?: Choice; priorKetamineReaction?: string };
    urinary: { bladderHistory?: Choice; currentSymptoms?: Choice };
    cognition: { memoryConcerns?: Choice };
    other: { nauseaProne?: Choice; fallRisk?: Choice };
    pregnancy?: Choice;
    breastfeeding?: Choice;
    notes?: string;
  };
  /** Only when the form amends a signed screening (components/screening-form/amendment-form-state.ts). */
  amendment?: { screeningId: string; reason?: string };
}

/**
 * History carried over from the patient's last screening. Vitals (weight and height too), questionnaires,
 * pregnancy, breastfeeding and notes are never carried over: they describe the day of the screening and must
 * be entered fresh. Allergies, other medicines and other conditions are absent when the last screening was
 * recorded before they were asked.
 */
export interface ScreeningPrefill {
  readonly patient: ScreeningInput["patient"];
  readonly plannedTreatment?: ScreeningInput["plannedTreatment"];
  readonly cardiovascular?: ScreeningInput["cardiovascular"];
  readonly respiratory?: ScreeningInput["respiratory"];
  readonly medications?: ScreeningInput["medications"];
  readonly allergies?: ScreeningInput["allergies"];
  readonly otherMedicines?: ScreeningInput["otherMedicines"];
  readonly conditions?: ScreeningInput["conditions"];
  readonly mentalHealth?: Omit<ScreeningInput["mentalHealth"], "phq9Items" | "gad7Items">;
  readonly substanceUse?: ScreeningInput["substanceUse"];
  readonly urinary?: ScreeningInput["urinary"];
  readonly cognition?: ScreeningInput["cognition"];
  readonly other?: ScreeningInput["other"];
}

export { GAD7_ITEM_COUNT } from "@/lib/scoring/gad7";
export { PHQ9_ITEM_COUNT } from "@/lib/scoring/phq9";

/** The DOM id of a field (for a radio or checkbox group: its first option), used by labels and error links. */
export function fieldId(path: string): string {
  return `field-${path.replace(/\./g, "-")}`;
}

export function errorId(path: string): string {
  return `${fieldId(path)}-error`;
}

/**
 * Number inputs: blank is "not entered" (the schema says "… is required" where it is). Text that is not a
 * plain decimal number is passed on as text, so the schema answers "… must be a number" rather than
 * "required" for a value the clinician did type; `Number()` alone would also read "1e2" or "0x10".
 */
export function numberFromInput(value: unknown): number | string | undefined {
  if (typeof value === "number") return value;
  const text = String(value ?? "").trim();
  if (text === "") return undefined;
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}

/** Optional text inputs: blank (or only spaces) is "not entered", so optional fields stay absent. */
export function textFromInput(value: unknown): string | undefined {
  const text = typeof value === "string" ? value : String(value ?? "");
  return text.trim() === "" ? undefined : text;
}

function yesNoToForm(value: boolean | undefined): Choice {
  return value === undefined ? undefined : value ? YES : NO;
}

/** A list carried over from the last screening answers its "None" or "Yes" too; a new patient's is unanswered. */
function gateToForm(list: readonly string[] | undefined): Choice {
  return list === undefined ? undefined : yesNoToForm(list.length > 0);
}

/** The free-text lists (allergies, other medicines): one entry per line, blank lines ignored. */
export const TEXT_LIST_PATHS = ["screening.allergies.other", "screening.otherMedicines"] as const;

function linesToForm(items: readonly string[] | undefined): string | undefined {
  return items === undefined || items.length === 0 ? undefined : items.join("\n");
}

/**
 * A problem with one entry of a text list ("screening.otherMedicines.3") belongs to the text area that holds
 * the list, prefixed with its line among the entries; other paths are returned as they are.
 */
export function textListProblem(path: string, message: string): { path: string; message: string } {
  for (const list of TEXT_LIST_PATHS) {
    const entry = new RegExp(`^${list.replace(/\./g, "\\.")}\\.(\\d+)$`).exec(path);
    if (entry) return { path: list, message: `Entry ${Number(entry[1]) + 1}: ${message}` };
  }
  return { path, message };
}

/** Scores for the live running total (blank items stay undefined). */
export function itemScores(values: readonly Choice[] | undefined, count: number): (number | undefined)[] {
  return Array.from({ length: count }, (_, i) => {
    const v = values?.[i];
    return typeof v === "string" && v !== "" ? Number(v) : undefined;
  });
}

export function newSubmissionId(): string {
  // crypto.randomUUID exists only in secure contexts (https or localhost); a clinic may reach the app over
  // plain http on its network, where getRandomValues still works. Builds an RFC 9562 version 4 UUID.
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function initialFormState(
  submissionId: string,
  patientId: string | undefined,
  prefill: ScreeningPrefill | undefined,
): ScreeningFormState {
  const mh = prefill?.mentalHealth;
  return {
    submissionId,
    patientId,
    screening: {
      patient: { ...prefill?.patient },
      plannedTreatment: { ...prefill?.plannedTreatment },
      vitals: {},
      allergies: {
        ketamineHypersensitivity: yesNoToForm(prefill?.allergies?.ketamineHypersensitivity),
        other: linesToForm(prefill?.allergies?.other),
      },
      cardiovascular: {
        any: gateToForm(prefill?.cardiovascular?.conditions),
        conditions: [...(prefill?.cardiovascular?.conditions ?? [])],
        hypertension: prefill?.cardiovascular?.hypertension,
      },
      respiratory: {
        any: gateToForm(prefill?.respiratory?.conditions),
        conditions: [...(prefill?.respiratory?.conditions ?? [])],
      },
      medicationsAny: gateToForm(prefill?.medications),
      medications: [...(prefill?.medications ?? [])],
      otherMedicines: linesToForm(prefill?.otherMedicines),
      conditions: {
        raisedIntracranialPressure: yesNoToForm(prefill?.conditions?.raisedIntracranialPressure),
        raisedIntraocularPressure: yesNoToForm(prefill?.conditions?.raisedIntraocularPressure),
        hyperthyroidism: yesNoToForm(prefill?.conditions?.hyperthyroidism),
        liverDisease: yesNoToForm(prefill?.conditions?.liverDisease),
      },
      mentalHealth: {
        depression: mh?.depression,
        anxiety: mh?.anxiety,
        psychosisHistory: yesNoToForm(mh?.psychosisHistory),
        dissociativeDisorder: yesNoToForm(mh?.dissociativeDisorder),
        phq9Items: Array.from({ length: PHQ9_ITEM_COUNT }, () => null),
        gad7Items: Array.from({ length: GAD7_ITEM_COUNT }, () => null),
      },
      substanceUse: { ...prefill?.substanceUse },
      urinary: {
        bladderHistory: yesNoToForm(prefill?.urinary?.bladderHistory),
        currentSymptoms: yesNoToForm(prefill?.urinary?.currentSymptoms),
      },
      cognition: { memoryConcerns: yesNoToForm(prefill?.cognition?.memoryConcerns) },
      other: {
        nauseaProne: yesNoToForm(prefill?.other?.nauseaProne),
        fallRisk: yesNoToForm(prefill?.other?.fallRisk),
      },
    },
  };
}

/** Pregnancy is asked only when it can apply; for a patient male at birth it is recorded as not applicable. */
export function asksPregnancy(sexAtBirth: Choice): boolean {
  return sexAtBirth !== "male";
}
