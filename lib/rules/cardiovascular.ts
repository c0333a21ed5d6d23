/**
 * Blood pressure, heart rate and heart or vessel disease. The document says ketamine raises blood pressure
 * and heart rate and that this "can be dangerous"; the numbers and contraindications come from the ACC/AHA
 * blood-pressure guideline, the conventional tachycardia definition and the esketamine (SPRAVATO) label.
 */
import { CARDIOVASCULAR_CONDITION_LABELS } from "../screening/options";
import type { ScreeningInput } from "../screening/schema";
import { defineRule, highestFinding } from "./define-rule";
import { bloodPressureText, factsOf, labelledFacts, MEDICINE_FACTS } from "./patient-facts";
import { documentSource } from "./source-quotes";
import { standardSource } from "./standard-citations";
import { STAGE_1_HYPERTENSION, STAGE_2_HYPERTENSION, TACHYCARDIA_ABOVE_BPM } from "./thresholds";

type CardiovascularCondition = ScreeningInput["cardiovascular"]["conditions"][number];

const VASCULAR_CONTRAINDICATIONS: readonly CardiovascularCondition[] = [
  "aneurysmal-vascular-disease",
  "arteriovenous-malformation",
  "intracerebral-hemorrhage",
];

const CONDITION_FACTS = labelledFacts("Heart or circulation condition", CARDIOVASCULAR_CONDITION_LABELS);

const BP_RAISING_MEDICINES: readonly ScreeningInput["medications"][number][] = ["psychostimulant", "maoi"];

// The thresholds in words, written once: the trigger texts and the reasons say them alike.
const STAGE_2_FLOOR = `${STAGE_2_HYPERTENSION.systolic}/${STAGE_2_HYPERTENSION.diastolic}`;
const STAGE_1_RANGE = `systolic ${STAGE_1_HYPERTENSION.systolic}–${STAGE_2_HYPERTENSION.systolic - 1} or diastolic ${STAGE_1_HYPERTENSION.diastolic}–${STAGE_2_HYPERTENSION.diastolic - 1}`;

function conditionFacts(input: ScreeningInput, only?: readonly CardiovascularCondition[]): string[] {
  return factsOf(input.cardiovascular.conditions, CONDITION_FACTS, only);
}

export const bpHrCardiacHistory = defineRule({
  id: "bp-hr-cardiac-history",
  title: "Heart condition or high blood pressure",
  summary: "Ketamine's rise in blood pressure and heart rate is dangerous with heart disease or hypertension.",
  levels: {
    critical: {
      when: "uncontrolled high blood pressure, or any heart or circulation condition",
      summary: "Heart or circulation disease, or uncontrolled hypertension: resolve or justify before treatment.",
      sources: [documentSource("dangerousForHeartConditions")],
    },
    warning: {
      when: "controlled high blood pressure",
      summary: "Controlled hypertension: check blood pressure before and during treatment.",
      sources: [documentSource("dangerousForHeartConditions")],
    },
  },
  evaluate: (input) => {
    const { hypertension } = input.cardiovascular;
    return highestFinding({
      critical: [hypertension === "uncontrolled" && "High blood pressure, uncontrolled", ...conditionFacts(input)],
      warning: [hypertension === "controlled" && "High blood pressure, controlled by treatment"],
    });
  },
});

export const baselineBpElevated = defineRule({
  id: "baseline-bp-elevated",
  title: "Raised blood pressure before treatment",
  summary: "Ketamine raises blood pressure; a raised baseline leaves less margin.",
  levels: {
    critical: {
      when: `systolic ≥ ${STAGE_2_HYPERTENSION.systolic} or diastolic ≥ ${STAGE_2_HYPERTENSION.diastolic} mmHg (stage 2 hypertension)`,
      summary: "Blood pressure at or above 140/90: consider delaying treatment until it is controlled.",
      sources: [
        documentSource("bloodPressureAndHeartRate"),
        standardSource("accAhaBloodPressure"),
        standardSource("spravatoBloodPressure"),
      ],
    },
    warning: {
      when: `${STAGE_1_RANGE} mmHg (stage 1 hypertension)`,
      summary: "Blood pressure in the stage 1 hypertension range: recheck and monitor during treatment.",
      // The esketamine label's caution starts above 140/90: it is behind the critical level only.
      sources: [documentSource("bloodPressureAndHeartRate"), standardSource("accAhaBloodPressure")],
    },
  },
  evaluate: (input) => {
    const { systolic, diastolic } = input.vitals;
    const stage2 = systolic >= STAGE_2_HYPERTENSION.systolic || diastolic >= STAGE_2_HYPERTENSION.diastolic;
    const stage1 = systolic >= STAGE_1_HYPERTENSION.systolic || diastolic >= STAGE_1_HYPERTENSION.diastolic;
    return highestFinding({
      critical: [stage2 && `Blood pressure ${bloodPressureText(input)} is at or above ${STAGE_2_FLOOR}`],
      warning: [stage1 && `Blood pressure ${bloodPressureText(input)} is in the stage 1 hypertension range (${STAGE_1_RANGE})`],
    });
  },
});

export const baselineTachycardia = defineRule({
  id: "baseline-tachycardia",
  title: "Fast heart rate before treatment",
  summary: "Ketamine raises heart rate; a resting tachycardia leaves less margin.",
  levels: {
    warning: {
      when: `heart rate > ${TACHYCARDIA_ABOVE_BPM} beats/min`,
      summary: "Resting tachycardia: look for a cause and monitor heart rate during treatment.",
      sources: [documentSource("bloodPressureAndHeartRate"), standardSource("tachycardiaDefinition")],
    },
  },
  evaluate: (input) =>
    highestFinding({
      warning: [
        input.vitals.heartRate > TACHYCARDIA_ABOVE_BPM &&
          `Resting heart rate ${input.vitals.heartRate}/min is above ${TACHYCARDIA_ABOVE_BPM}/min`,
      ],
    }),
});

export const arrhythmia = defineRule({
  id: "arrhythmia",
  title: "Heart arrhythmia",
  summary: "The document lists heart arrhythmias among ketamine's serious side effects.",
  levels: {
    critical: {
      when: "history of arrhythmia",
      summary: "Known arrhythmia: cardiac review and ECG monitoring needed before treatment.",
      sources: [documentSource("arrhythmias")],
    },
  },
  evaluate: (input) => highestFinding({ critical: conditionFacts(input, ["arrhythmia"]) }),
});

export const vascularContraindication = defineRule({
  id: "vascular-contraindication",
  title: "Vascular contraindication",
  summary: "Aneurysmal vascular disease, arteriovenous malformation and intracerebral haemorrhage contraindicate esketamine.",
  levels: {
    critical: {
      when: "aneurysmal vascular disease, arteriovenous malformation or a history of intracerebral haemorrhage",
      summary: "Contraindicated for esketamine (blood-pressure rise): do not treat without specialist justification.",
      sources: [standardSource("spravatoContraindications")],
    },
  },
  evaluate: (input) => highestFinding({ critical: conditionFacts(input, VASCULAR_CONTRAINDICATIONS) }),
});

export const bpRaisingMedications = defineRule({
  id: "bp-raising-medications",
  title: "Medicines that raise blood pressure",
  summary: "Psychostimulants and MAO inhibitors add to ketamine's rise in blood pressure.",
  levels: {
    warning: {
      when: "takes a psychostimulant or an MAO inhibitor",
      summary: "Takes a medicine that raises blood pressure: monitor blood pressure closely.",
      sources: [standardSource("spravatoDrugInteractions"), documentSource("bloodPressureAndHeartRate")],
    },
  },
  evaluate: (input) =>
    highestFinding({
      warning: factsOf(input.medications, MEDICINE_FACTS, BP_RAISING_MEDICINES),
    }),
});
