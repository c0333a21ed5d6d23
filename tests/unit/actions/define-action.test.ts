/**
 * `defineAction`, the one Server Action wrapper, run with the "new screening" form's own schema: valid input
 * reaches the handler parsed; invalid input never does and comes back as the schema's clinician-readable
 * messages keyed by dotted path; a throwing handler becomes a form-level message and is logged without the
 * patient's data.
 */
import { inspect } from "node:util";

import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";

import {
  DEFAULT_FAILURE_MESSAGE,
  defineAction,
  fieldErrorsFromIssues,
  FORM_LEVEL_KEY,
  type ActionResult,
  type DefineActionOptions,
} from "@/lib/actions/define-action";
import { screeningSubmissionSchema, type ScreeningSubmission } from "@/lib/screening/submission-schema";
import { makeScreeningInput } from "@/tests/support/screening-factory";

const SUBMISSION_ID = "0b6c9f6e-3c4a-4d8e-9f2a-1b2c3d4e5f60";
const PATIENT_NAME = "Florence Nightingale";
const MRN = "MRN-1820";

type Saved = { readonly screeningId: string };

function submission(overrides: Parameters<typeof makeScreeningInput>[0] = {}): Record<string, unknown> {
  return {
    submissionId: SUBMISSION_ID,
    screening: makeScreeningInput({
      patient: { fullName: PATIENT_NAME, medicalRecordNumber: MRN },
      ...overrides,
    }),
  };
}

function handlerReturning(result: ActionResult<Saved> = { ok: true, screeningId: "s-1" }) {
  return vi.fn(async (input: ScreeningSubmission): Promise<ActionResult<Saved>> => {
    void input;
    return result;
  });
}

const CLINICIAN = { id: "u-1", email: "clinician@test.invalid", name: "Test Clinician", role: "clinician" } as const;
const SIGNED_IN: DefineActionOptions<typeof CLINICIAN> = {
  authorize: async () => ({ ok: true, user: CLINICIAN }),
  refuse: async (status) => ({ ok: false, formError: `refused with ${status}` }),
};

let consoleSpies: MockInstance[] = [];

beforeEach(() => {
  // Silenced, and read afterwards: nothing the wrapper writes may carry patient data.
  consoleSpies = (["error", "warn", "log", "info", "debug"] as const).map((method) =>
    vi.spyOn(console, method).mockImplementation(() => undefined),
  );
});
afterEach(() => {
  vi.restoreAllMocks();
});

function everythingLogged(): string {
  return consoleSpies.flatMap((spy) => spy.mock.calls.map((args) => inspect(args, { depth: 10 }))).join("\n");
}

describe("valid input reaches the handler parsed", () => {
  it("calls the handler once with the parsed submission and returns its result", async () => {
    const handler = handlerReturning({ ok: true, screeningId: "s-42" });
    const action = defineAction(screeningSubmissionSchema, handler, SIGNED_IN);
    const raw = submission({ patient: { fullName: `  ${PATIENT_NAME}  ` } });

    await expect(action(raw)).resolves.toEqual({ ok: true, screeningId: "s-42" });
    expect(handler).toHaveBeenCalledTimes(1);
    const received = handler.mock.calls[0]![0];
    expect(received.screening.patient.fullName).toBe(PATIENT_NAME);
    // Apart from the trimmed name, the handler gets exactly what was sent.
    const sent = raw.screening as ScreeningSubmission["screening"];
    expect(received).toEqual({ ...raw, screening: { ...sent, patient: { ...sent.patient, fullName: PATIENT_NAME } } });
  });

  it("passes an expected failure from the handler back unchanged, and logs nothing", async () => {
    const failure: ActionResult<Saved> = {
      ok: false,
      fieldErrors: { "screening.patient.medicalRecordNumber": ["Already used by another patient"] },
    };
    const action = defineAction(screeningSubmissionSchema, handlerReturning(failure), SIGNED_IN);
    await expect(action(submission())).resolves.toEqual(failure);
    expect(everythingLogged()).toBe("");
  });
});

const base = makeScreeningInput();

describe("invalid input never reaches the handler", () => {
  it.each<[string, unknown, Record<string, string[]>]>([
    [
      "diastolic not below systolic",
      submission({ vitals: { systolic: 120, diastolic: 125 } }),
      { "screening.vitals.diastolic": ["Diastolic must be lower than systolic"] },
    ],
    [
      "text in a number field",
      submission({ vitals: { systolic: "abc" as unknown as number } }),
      { "screening.vitals.systolic": ["Systolic must be a number"] },
    ],
    [
      "a decimal heart rate",
      submission({ vitals: { heartRate: 72.5 } }),
      { "screening.vitals.heartRate": ["Heart rate must be a whole number"] },
    ],
    [
      "a PHQ-9 with too few items",
      submission({ mentalHealth: { phq9Items: [1, 1, 1] } }),
      { "screening.mentalHealth.phq9Items": ["PHQ-9 must have 9 items, each scored 0 to 3 or left unanswered"] },
    ],
    [
      "a GAD-7 item out of range",
      submission({ mentalHealth: { gad7Items: [0, 0, 0, 4, 0, 0, 0] } }),
      { "screening.mentalHealth.gad7Items.3": ["Each GAD-7 item must be scored 0 to 3"] },
    ],
    [
      "an unanswered yes/no",
      submission({ urinary: { currentSymptoms: undefined as unknown as boolean } }),
      { "screening.urinary.currentSymptoms": ["Answer current urinary symptoms (yes or no)"] },
    ],
    [
      "an unknown medicine (index in the path)",
      submission({ medications: ["opioid", "aspirin" as "opioid"] }),
      { "screening.medications.1": ["Unknown medicine"] },
    ],
    [
      "a medicine listed twice",
      submission({ medications: ["opioid", "opioid"] }),
      { "screening.medications": ["Each medicine can be listed only once"] },
    ],
    [
      "a blank full name",
      submission({ patient: { fullName: "   " } }),
      { "screening.patient.fullName": ["Full name is required"] },
    ],
    [
      "a missing section",
      { submissionId: SUBMISSION_ID, screening: { ...base, vitals: undefined } },
      { "screening.vitals": ["Vital signs section is missing"] },
    ],
    [
      "no submission id",
      { screening: base },
      { submissionId: ["The form is missing its submission id; reload the page and try again"] },
    ],
    [
      "an empty patient id",
      { ...submission(), patientId: "" },
      { patientId: ["Unknown patient"] },
    ],
    ["not an object at all", null, { [FORM_LEVEL_KEY]: ["Invalid input: expected object, received null"] }],
  ])("%s", async (_, raw, fieldErrors) => {
    const handler = handlerReturning();
    const action = defineAction(screeningSubmissionSchema, handler, SIGNED_IN);
    await expect(action(raw)).resolves.toEqual({ ok: false, fieldErrors });
    expect(handler).not.toHaveBeenCalled();
  });

  it("reports every wrong field at once, each at its own path", async () => {
    const handler = handlerReturning();
    const action = defineAction(screeningSubmissionSchema, handler, SIGNED_IN);
    const result = await action(submission({ vitals: { systolic: 301, heartRate: 10 }, pregnancy: "maybe" as "unknown" }));
    expect(result).toEqual({
      ok: false,
      fieldErrors: {
        "screening.vitals.systolic": ["Systolic must be between 50 and 300 mmHg"],
        "screening.vitals.heartRate": ["Heart rate must be between 20 and 250 beats/min"],
        "screening.pregnancy": ["Choose the pregnancy status"],
      },
    });
    expect(handler).not.toHaveBeenCalled();
  });
});

describe("unknown keys are rejected at every level", () => {
  it.each<[string, unknown, Record<string, string[]>]>([
    ["top level", { ...submission(), isAdmin: true }, { [FORM_LEVEL_KEY]: ["Unknown field: isAdmin"] }],
    [
      "screening",
      { submissionId: SUBMISSION_ID, screening: { ...base, riskOverride: "low" } },
      { screening: ["Unknown field: riskOverride"] },
    ],
    [
      "a section",
      submission({ vitals: { ...base.vitals, temperature: 37 } as typeof base.vitals }),
      { "screening.vitals": ["Unknown field: temperature"] },
    ],
    [
      "the patient",
      submission({ patient: { ...base.patient, ssn: "000-00-0000" } as typeof base.patient }),
      { "screening.patient": ["Unknown field: ssn"] },
    ],
  ])("%s", async (_, raw, fieldErrors) => {
    const handler = handlerReturning();
    await expect(defineAction(screeningSubmissionSchema, handler, SIGNED_IN)(raw)).resolves.toEqual({ ok: false, fieldErrors });
    expect(handler).not.toHaveBeenCalled();
  });
});

describe("a handler that throws", () => {
  /** Like a database client's error: a code, and a message that quotes the call's arguments. */
  const outage = () =>
    Object.assign(new Error(`database is locked while writing { fullName: "${PATIENT_NAME}", mrn: "${MRN}" }`), {
      code: "SQLITE_BUSY",
    });

  it.each([
    ["rejects", async (): Promise<ActionResult<Saved>> => Promise.reject(outage())],
    [
      "throws synchronously",
      (): Promise<ActionResult<Saved>> => {
        throw outage();
      },
    ],
  ])("%s: the form gets the default message, the console gets the error without patient data", async (_, handler) => {
    const action = defineAction(screeningSubmissionSchema, handler, SIGNED_IN);
    const raw = submission();
    expect(JSON.stringify(raw)).toContain(PATIENT_NAME);

    await expect(action(raw)).resolves.toEqual({ ok: false, formError: DEFAULT_FAILURE_MESSAGE });

    const logged = everythingLogged();
    expect(logged).toContain("Error SQLITE_BUSY");
    expect(logged).toContain("at outage");
    for (const patientData of [PATIENT_NAME, MRN, base.patient.dateOfBirth]) {
      expect(logged).not.toContain(patientData);
    }
  });

  it("uses the action's own failure message and logger, and logs only the error", async () => {
    const logError = vi.fn();
    const error = Object.assign(new Error("disk I/O error"), { code: "SQLITE_IOERR" });
    const action = defineAction(screeningSubmissionSchema, async () => Promise.reject(error), {
      ...SIGNED_IN,
      failureMessage: "Nothing was stored. Try again.",
      logError,
    });

    await expect(action(submission())).resolves.toEqual({ ok: false, formError: "Nothing was stored. Try again." });
    expect(logError).toHaveBeenCalledExactlyOnceWith(error);
    expect(inspect(logError.mock.calls, { depth: 10 })).not.toContain(PATIENT_NAME);
    expect(everythingLogged()).toBe("");
  });

  it("invalid input is not logged either", async () => {
    const logError = vi.fn();
    const action = defineAction(screeningSubmissionSchema, handlerReturning(), { ...SIGNED_IN, logError });
    await action(submission({ vitals: { diastolic: 500 } }));
    expect(logError).not.toHaveBeenCalled();
    expect(everythingLogged()).toBe("");
  });
});

describe("fieldErrorsFromIssues", () => {
  it("groups messages by dotted path in the order reported; a pathless issue belongs to the form", () => {
    expect(
      fieldErrorsFromIssues([
        { code: "custom", path: ["screening", "vitals", "diastolic"], message: "first", input: 1 },
        { code: "custom", path: [], message: "whole form", input: 1 },
        { code: "custom", path: ["screening", "medications", 2], message: "third item", input: 1 },
        { code: "custom", path: ["screening", "vitals", "diastolic"], message: "second", input: 1 },
      ]),
    ).toEqual({
      "screening.vitals.diastolic": ["first", "second"],
      [FORM_LEVEL_KEY]: ["whole form"],
      "screening.medications.2": ["third item"],
    });
  });
});

describe("access is checked before anything else", () => {
  it.each([401, 403] as const)("a refusal (%s) is answered by `refuse`; the input is never parsed and the handler never runs", async (status) => {
    const handler = handlerReturning();
    const parse = vi.spyOn(screeningSubmissionSchema, "safeParseAsync");
    const refuse = vi.fn(async (code: 401 | 403) => ({ ok: false as const, formError: `refused with ${code}` }));
    const action = defineAction(screeningSubmissionSchema, handler, { authorize: async () => ({ ok: false, status }), refuse });

    await expect(action(submission())).resolves.toEqual({ ok: false, formError: `refused with ${status}` });
    expect(refuse).toHaveBeenCalledExactlyOnceWith(status);
    expect(parse).not.toHaveBeenCalled();
    expect(handler).not.toHaveBeenCalled();
  });

  it("a refusal that throws (as Next's unauthorized() does) propagates, and nothing runs after it", async () => {
    const handler = handlerReturning();
    const action = defineAction(screeningSubmissionSchema, handler, {
      authorize: async () => ({ ok: false, status: 401 }),
      refuse: () => {
        throw new Error("HTTP 401");
      },
    });
    await expect(action(submission())).rejects.toThrow("HTTP 401");
    expect(handler).not.toHaveBeenCalled();
  });

  it("passes the authorised user to the handler", async () => {
    const handler = vi.fn(async (_input: ScreeningSubmission, user: typeof CLINICIAN) => ({ ok: true as const, who: user.id }));
    await expect(defineAction(screeningSubmissionSchema, handler, SIGNED_IN)(submission())).resolves.toEqual({ ok: true, who: "u-1" });
    expect(handler.mock.calls[0]![1]).toBe(CLINICIAN);
  });
});
