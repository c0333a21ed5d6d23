import "server-only";

/**
 * What the data-access layer returns: plain, serialisable shapes with only the fields a page needs.
 * No Prisma type appears here, so callers never depend on the ORM or on a whole database row.
 */
import type { AuditQuery } from "@/lib/audit/audit-filter";
import type { AuditEventInput, AuditEventRecord } from "@/lib/audit/events";
import type { IdentityFieldChange } from "@/lib/patients/identity-change";
import type { Assessment, Flag, Severity } from "@/lib/rules/types";
import type { ListCursor } from "@/lib/screening/list-filter";
import type { DraftScreeningState } from "@/lib/screening/draft-schema";
import type { RecordedScreeningInput } from "@/lib/screening/recorded-input";
import type { ScreeningInput } from "@/lib/screening/schema";
import type { FlagDecision, Outcome } from "@/lib/review/decisions";

export type { ScreeningStatus } from "@/lib/review/status";
import type { ScreeningStatus } from "@/lib/review/status";

export interface SaveScreeningArgs {
  /** The clinician saving it: recorded as its author and in the audit trail. */
  readonly actor: Actor;
  /** Client-supplied UUID, one per form: a resubmission returns the screening it already created. */
  readonly submissionId: string;
  /** An existing patient chosen in the form; absent for a new patient or one found by record number. */
  readonly patientId?: string;
  /** The input after `screeningInputSchema` parsed it. */
  readonly input: ScreeningInput;
  /** What `assess(input)` returned; stored as is, flags in their order. */
  readonly assessment: Assessment;
  /**
   * The identity change of the chosen patient that the clinician confirmed, exactly as `saveScreening` proposed
   * it; without it (or when it no longer matches) a change is proposed instead of written.
   */
  readonly confirmedIdentityChange?: readonly IdentityFieldChange[];
  /** The draft the form was resumed from: deleted with the save, if it is the actor's own. */
  readonly draftId?: string;
  /**
   * Makes this screening a new version of a signed one: filed under that screening's patient (whatever
   * `patientId` says), which then becomes "amended". Only the latest version, once signed, can be amended.
   */
  readonly amendment?: { readonly screeningId: string; readonly reason: string };
  /**
   * Events to record with the screening, in its transaction and before its own `screening-created` (an API
   * token's use): written only when the screening is (`{ ok: true, duplicate: false }`), never otherwise.
   */
  readonly alsoAudit?: readonly AuditEventInput[];
}

/**
 * Why an amendment wrote nothing: the screening does not exist, still awaits review (review and sign it
 * instead), or was already amended (only its latest version can be; `amendedById` is the version replacing it).
 */
export type AmendmentRefusal =
  | { readonly reason: "not-found" | "awaiting-review" }
  | { readonly reason: "already-amended"; readonly amendedById: string };

export type SaveScreeningResult =
  | { readonly ok: true; readonly screeningId: string; readonly duplicate: boolean }
  | { readonly ok: false; readonly fieldErrors: Record<string, string[]>; readonly identityChange?: undefined; readonly amendmentRefused?: undefined }
  /** Nothing was written: the chosen patient's identity would change, and the clinician must confirm this change. */
  | { readonly ok: false; readonly identityChange: readonly IdentityFieldChange[]; readonly fieldErrors?: undefined; readonly amendmentRefused?: undefined }
  /** Nothing was written: the screening named by `amendment` cannot be amended. */
  | { readonly ok: false; readonly amendmentRefused: AmendmentRefusal; readonly fieldErrors?: undefined; readonly identityChange?: undefined };

/** Who did something to a record (their account's name) and when. */
export interface Attribution {
  readonly name: string;
  readonly at: Date;
}

/** The clinician's decision on a critical or warning flag. */
export interface RecordedDecision extends Attribution {
  readonly decision: FlagDecision;
  readonly note: string | null;
}

/** A stored flag: the rule engine's flag plus its id, and what the clinician recorded on it. */
export type StoredFlag = Flag & {
  readonly id: string;
  /** Null until decided; counselling (info) flags are never decided. */
  readonly decision: RecordedDecision | null;
  /** A counselling flag ticked as discussed with the patient; null otherwise. */
  readonly discussed: Attribution | null;
};

/** The sign-off: the outcome the clinician chose, and their name and role as they were when signing. */
export interface Signature extends Attribution {
  readonly role: string;
  readonly outcome: Outcome;
}

/** Where a screening stands in its chain of versions (an amendment is a new version of a signed screening). */
export interface VersionLinks {
  /** 1 for a first screening. */
  readonly version: number;
  /** The version this one amends, with the reason given; null for a first version. */
  readonly amends: { readonly id: string; readonly reason: string } | null;
  /** The later version that replaced this one; null while it is the latest. */
  readonly amendedById: string | null;
}

export interface PatientSummary {
  readonly id: string;
  readonly fullName: string;
  readonly dateOfBirth: string;
  readonly medicalRecordNumber: string | null;
}

export interface ScreeningDetail {
  readonly id: string;
  readonly createdAt: Date;
  readonly status: ScreeningStatus;
  readonly highestSeverity: Severity | null;
  readonly rulesVersion: string;
  /**
   * As recorded: a screening stored before a question was asked lacks its answer. `input.patient` is the
   * patient's identity as it was at this screening, which is what the screening shows.
   */
  readonly input: RecordedScreeningInput;
  /** The patient's identity now, which may differ from the one recorded at this screening. */
  readonly patient: PatientSummary & { readonly sexAtBirth: string };
  /** In the order the assessment gave them (critical first). */
  readonly flags: readonly StoredFlag[];
  /** Null until signed. */
  readonly signature: Signature | null;
  readonly versions: VersionLinks;
}

export interface ScreeningListItem {
  readonly id: string;
  readonly createdAt: Date;
  readonly status: ScreeningStatus;
  readonly highestSeverity: Severity | null;
  /** Critical and warning flags: the ones that need the clinician's decision. */
  readonly decisionFlags: number;
  /** The signer's name as it was when signing (a later rename does not rewrite it); null until signed. */
  readonly signerName: string | null;
  /** The clinician's overall outcome, set at sign-off; null until signed. */
  readonly outcome: Outcome | null;
  /** The patient's id with the identity recorded at this screening (not the patient's current one). */
  readonly patient: PatientSummary;
}

/** A page of the screening list; `nextCursor` is null on the last page. */
export interface ScreeningListPage {
  readonly items: readonly ScreeningListItem[];
  readonly nextCursor: ListCursor | null;
}

export type PatientOption = PatientSummary;

/** An account that can sign, as the list's signer filter offers it: its id goes into the URL, never a name. */
export interface SignerOption {
  readonly id: string;
  readonly name: string;
  /** False once deactivated: listed still, because what the account signed stays signed by it. */
  readonly active: boolean;
}

/**
 * What the form pre-fills for a returning patient: their latest screening's history, with identity from the
 * patient record, and without what must be measured or asked afresh each time (vital signs with weight and
 * height, the PHQ-9 and GAD-7 items, pregnancy, breastfeeding) and without the free-text notes. Allergies,
 * other medicines and other conditions are absent when the latest screening predates those questions.
 */
export type PatientPrefill = Omit<RecordedScreeningInput, "vitals" | "notes" | "mentalHealth" | "pregnancy" | "breastfeeding"> & {
  readonly mentalHealth: Omit<ScreeningInput["mentalHealth"], "phq9Items" | "gad7Items">;
};


/**
 * Who acts, as the audit trail records it: passed explicitly to every function that changes or reads patient
 * or account data. The address comes from the app's HTTP server, never from a client-sent header.
 */
export interface Actor {
  /** null for the command line and the first-run demo accounts (no one is signed in there). */
  readonly userId: string | null;
  /** The signed-in user's email, or a label such as "command line". */
  readonly email: string;
  readonly ipAddress: string;
}

export interface AccountSummary {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly role: import("@/lib/auth/roles").Role;
  readonly mfaEnrolled: boolean;
  readonly mustChangePassword: boolean;
  readonly deactivatedAt: Date | null;
  readonly createdAt: Date;
}

/** Filters of the audit trail's list (lib/audit/audit-filter.ts); every filter given must match. */
export interface ListAuditEventsOptions extends AuditQuery {
  /** Page size, 1 to 500; 100 when absent. */
  readonly limit?: number;
}

/** A page of audit events, newest first. */
export interface AuditEventPage {
  readonly events: readonly AuditEventRecord[];
  /** Pass as `before` for the next (older) page; null on the last page. */
  readonly nextCursor: number | null;
}

export type { Assessment, AuditEventRecord };

/** Saving a draft of the screening form (lib/db/save-draft.server.ts). */
export interface SaveDraftArgs {
  readonly actor: Actor;
  /** Absent for the form's first save; a draft already filed under the submission id is then updated. */
  readonly draftId?: string;
  readonly submissionId: string;
  readonly patientId?: string;
  /** The form's entries after `draftFormStateSchema` parsed them. */
  readonly formState: DraftScreeningState;
}

/**
 * `gone`: there is no draft of this actor's to update (discarded, someone else's, or never there), or the
 * screening was already saved from it. The form stops saving drafts; nothing says which, so nothing leaks.
 */
export type SaveDraftResult =
  | { readonly ok: true; readonly draftId: string; readonly savedAt: Date }
  | { readonly ok: false; readonly reason: "gone" }
  | { readonly ok: false; readonly reason: "invalid"; readonly fieldErrors: Record<string, string[]> };

/** A draft as the form resumes it. */
export interface DraftDetail {
  readonly id: string;
  readonly submissionId: string;
  readonly patientId: string | null;
  readonly formState: DraftScreeningState;
  readonly updatedAt: Date;
  /** False when an admin opens a clinician's draft. */
  readonly ownDraft: boolean;
}

export interface DraftListItem {
  readonly id: string;
  /** The name typed into the form, else the chosen patient's; null while neither is known. */
  readonly patientName: string | null;
  readonly updatedAt: Date;
  readonly authorName: string;
}

/** A flag as the patient's history compares them: which rule, at which severity. */
export interface PatientHistoryFlag {
  readonly ruleId: import("@/lib/rules/types").RuleId;
  readonly severity: Severity;
}

/** One stored screening (any version) as the patient page lists and charts it. */
export interface PatientHistoryScreening {
  readonly id: string;
  readonly createdAt: Date;
  readonly status: ScreeningStatus;
  /** 1 for a first screening; an amendment is the version it amends plus one. */
  readonly version: number;
  /** The version this one amends; null for a first version. */
  readonly amendsId: string | null;
  /** The later version that replaced this one; null for the latest version of its visit. */
  readonly replacedById: string | null;
  /** The signer's overall outcome; null until signed. */
  readonly outcome: import("@/lib/review/decisions").Outcome | null;
  /** Name and role as they were at signing; null until signed. */
  readonly signature: { readonly name: string; readonly role: string; readonly signedAt: Date } | null;
  readonly highestSeverity: Severity | null;
  readonly systolic: number;
  readonly diastolic: number;
  readonly heartRate: number;
  readonly phq9: import("@/lib/patients/history").QuestionnaireTotal;
  readonly gad7: import("@/lib/patients/history").QuestionnaireTotal;
  /** In the order the assessment gave them (critical first). */
  readonly flags: readonly PatientHistoryFlag[];
}

/** A patient (their identity now) with every screening of theirs, oldest first (lib/db/get-patient-history.server.ts). */
export interface PatientHistory {
  readonly patient: PatientSummary & { readonly sexAtBirth: string };
  readonly screenings: readonly PatientHistoryScreening[];
}

/** A personal API token as the admin page lists it: never the token, only the prefix that tells it apart. */
export interface ApiTokenSummary {
  readonly id: string;
  /** The admin's label, e.g. "EHR bridge". */
  readonly name: string;
  /** The token's first characters; far too few to use it. */
  readonly prefix: string;
  /** The account the token acts as. */
  readonly owner: { readonly id: string; readonly name: string; readonly email: string };
  readonly createdAt: Date;
  /** Precise to a minute at best: it is written at most once a minute. */
  readonly lastUsedAt: Date | null;
  readonly revokedAt: Date | null;
}

/** Who a valid API token acts as: its owner's account, as a signed-in session would give it. */
export interface ApiTokenOwner {
  readonly tokenId: string;
  readonly user: import("@/lib/auth/roles").ActingUser;
}
