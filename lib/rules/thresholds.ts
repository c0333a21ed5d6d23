/**
 * Every numeric threshold the rules use, in one place so a maintainer sees them together and the catalogue's
 * trigger texts are built from the same numbers the code compares against.
 */
import { GAD7_BAND_FLOORS } from "../scoring/gad7";
import { PHQ9_BAND_FLOORS } from "../scoring/phq9";

export { STAGE_1_HYPERTENSION, STAGE_2_HYPERTENSION } from "../scoring/blood-pressure";

/** Resting tachycardia: heart rate strictly above this (beats/min), the conventional adult definition. */
export const TACHYCARDIA_ABOVE_BPM = 100;

/** PHQ-9 total from which depression is at least moderate (Kroenke et al. 2001). */
export const PHQ9_MODERATE_TOTAL = PHQ9_BAND_FLOORS.moderate;
/** PHQ-9 total from which depression is severe (Kroenke et al. 2001). */
export const PHQ9_SEVERE_TOTAL = PHQ9_BAND_FLOORS.severe;
/** Any positive answer to PHQ-9 item 9 (thoughts of death or self-harm) warrants a risk assessment. */
export const PHQ9_ITEM9_POSITIVE = 1;
/** GAD-7 total from which anxiety is at least moderate (Spitzer et al. 2006). */
export const GAD7_MODERATE_TOTAL = GAD7_BAND_FLOORS.moderate;

/** Respiratory-depression risk factors from which the flag is critical rather than a warning. */
export const RESPIRATORY_RISK_FACTORS_CRITICAL = 2;

/** Age in whole years from which a patient is an adult (the esketamine label's paediatric use: under 18). */
export const ADULT_AGE_YEARS = 18;
