/**
 * Sentences of the source document (lib/source/ketamine-side-effects.txt), each copied character for character:
 * the document uses typographic apostrophes (’), so a retyped quote would not match. A unit test checks every
 * quote is a substring of the project's copy and lies outside the helpline advertisement, which is never quoted.
 */
import type { FlagSource } from "./types";

export const SOURCE_QUOTES = {
  limitedLongTermData: "there is still a lack of long-term data on the safety of the drug",
  dissociation: "Ketamine can cause users to feel disconnected from their bodies and surroundings.",
  confusionDisorientation: "Users may experience confusion and disorientation after taking ketamine.",
  nauseaVomiting: "Nausea and vomiting are common side effects of ketamine use.",
  dizziness: "Common short-term side effects of ketamine use include dizziness, vomiting, and nausea.",
  anxiety: "Some people may experience anxiety after taking ketamine.",
  hallucinations: "ketamine has also been known to cause hallucinations.",
  closeMonitoring: "necessitate close monitoring by medical professionals",
  preTreatmentDiscussion:
    "it’s important to be aware of both the short- and long-term risks before starting treatment",
  dangerousForHeartConditions: "This can be dangerous for people with heart conditions or high blood pressure.",
  bloodPressureAndHeartRate: "Ketamine can cause an increase in blood pressure and heart rate.",
  arrhythmias: "high blood pressure, and heart arrhythmias",
  respiratoryDepression: "respiratory depression and impairment",
  depressionWorsening: "This effect is more likely to occur in people who are already struggling with depression.",
  addiction: "Ketamine addiction is a serious risk associated with the use of the drug.",
  tolerance: "People who take ketamine regularly may develop tolerance to the drug, which can lead to addiction.",
  urinaryBladder: "repeated ketamine use can lead to urinary tract infections, bladder inflammation, and ulcers",
  memoryLearning: "long-term ketamine use has been linked with impairments in memory and learning",
  psychiatricDisorders:
    "Ketamine users may also be at increased risk for developing psychiatric disorders such as anxiety and depression.",
} as const satisfies Record<string, string>;

export type SourceQuoteKey = keyof typeof SOURCE_QUOTES;

/** A rule source pointing at one sentence of the document. */
export function documentSource(key: SourceQuoteKey): FlagSource {
  return { kind: "document", quote: SOURCE_QUOTES[key] };
}
