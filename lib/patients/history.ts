/**
 * A patient's screenings over time, as the patient page shows them: questionnaire totals that are never guessed,
 * which screenings stand for a visit (the latest version of each amendment chain), how the flags changed from one
 * visit to the next, and the band lines drawn on the questionnaire chart. Pure: no framework, no database.
 *
 * An amendment corrects a signed screening; the amended version and its amendment record the same visit. Every
 * version is listed (a replaced one marked as such), but a visit is charted and compared once, with the values of
 * its latest version, at the time the visit was first recorded: charting both would show the patient twice on one
 * day, and comparing a version with its own correction is the amendment's diff, shown on the result page.
 */
import { ruleCatalogue } from "../rules/catalogue";
import { diffFlagSets, type FlagKey, type FlagSetDiff } from "../rules/flag-set-diff";
import { GAD7_BAND_FLOORS, GAD7_BAND_LABELS, GAD7_ITEM_COUNT, summariseGad7 } from "../scoring/gad7";
import { PHQ9_BAND_FLOORS, PHQ9_BAND_LABELS, PHQ9_ITEM_COUNT, summarisePhq9 } from "../scoring/phq9";
import type { ItemAnswer } from "../scoring/questionnaire-items";

/**
 * A questionnaire's total as recorded: none when it was not asked, none when only some items were answered (a
 * partial sum understates severity, so it is never shown as a total), else the total of every item.
 */
export type QuestionnaireTotal =
  | { readonly status: "not-recorded" }
  | { readonly status: "incomplete"; readonly answered: number; readonly itemCount: number }
  | { readonly status: "complete"; readonly total: number };

/** The PHQ-9 total of recorded items (absent when not asked), scored by lib/scoring/phq9. */
export function phq9Total(items: readonly ItemAnswer[] | undefined): QuestionnaireTotal {
  return items === undefined ? { status: "not-recorded" } : totalOf(summarisePhq9(items), PHQ9_ITEM_COUNT);
}

/** The GAD-7 total of recorded items (absent when not asked), scored by lib/scoring/gad7. */
export function gad7Total(items: readonly ItemAnswer[] | undefined): QuestionnaireTotal {
  return items === undefined ? { status: "not-recorded" } : totalOf(summariseGad7(items), GAD7_ITEM_COUNT);
}

type Summary = { readonly status: "complete"; readonly total: number } | { readonly status: "incomplete"; readonly answered: number };

function totalOf(summary: Summary, itemCount: number): QuestionnaireTotal {
  return summary.status === "complete"
    ? { status: "complete", total: summary.total }
    : { status: "incomplete", answered: summary.answered, itemCount };
}

/** The number to chart: a complete total, else null (a gap in the line, never a point at a partial sum). */
export function chartableTotal(total: QuestionnaireTotal): number | null {
  return total.status === "complete" ? total.total : null;
}

export interface BandLine {
  /** The lowest total of the band. */
  readonly value: number;
  readonly label: string;
}

/** Where each band above minimal begins, from the scoring module's own floors and labels, lowest first. */
function bandLines<B extends string>(floors: Readonly<Partial<Record<B, number>>>, labels: Readonly<Record<B, string>>): readonly BandLine[] {
  return (Object.keys(floors) as B[])
    .map((band) => ({ value: floors[band] as number, label: labels[band] }))
    .sort((a, b) => a.value - b.value);
}

/** PHQ-9 band floors (Kroenke et al. 2001): mild, moderate, moderately severe, severe. */
export const PHQ9_BAND_LINES: readonly BandLine[] = bandLines(PHQ9_BAND_FLOORS, PHQ9_BAND_LABELS);
/** GAD-7 band floors (Spitzer et al. 2006): mild, moderate, severe. */
export const GAD7_BAND_LINES: readonly BandLine[] = bandLines(GAD7_BAND_FLOORS, GAD7_BAND_LABELS);

/** What the visit logic needs of a stored screening. */
export interface VersionedScreening {
  readonly id: string;
  readonly createdAt: Date;
  /** The version this one amends; null for a first version. */
  readonly amendsId: string | null;
  /** The later version that replaces this one; null for the latest version. */
  readonly replacedById: string | null;
  readonly flags: readonly FlagKey[];
}

/** One visit: the latest version of an amendment chain, dated when the visit was first recorded. */
export interface Visit<S extends VersionedScreening> {
  readonly screening: S;
  /** When the chain's first version was stored: the time of the visit itself. */
  readonly visitedAt: Date;
  /** How many versions replaced earlier ones on the way to this one (0 for a screening never amended). */
  readonly amendments: number;
}

/**
 * The visits among a patient's screenings, oldest first: one per amendment chain, carrying its latest version.
 * A chain whose first version is not among `screenings` (it should always be) is dated by its earliest version
 * that is.
 */
export function visitsOf<S extends VersionedScreening>(screenings: readonly S[]): Visit<S>[] {
  const byId = new Map(screenings.map((screening) => [screening.id, screening]));
  const visits: Visit<S>[] = [];
  for (const screening of screenings) {
    if (screening.replacedById !== null) continue;
    let first: S = screening;
    let amendments = 0;
    // Bounded by the number of screenings, so a corrupt cycle cannot loop for ever.
    while (first.amendsId !== null && amendments < screenings.length) {
      const earlier = byId.get(first.amendsId);
      if (earlier === undefined) break;
      first = earlier;
      amendments += 1;
    }
    visits.push({ screening, visitedAt: first.createdAt, amendments });
  }
  return visits.sort((a, b) => a.visitedAt.getTime() - b.visitedAt.getTime() || compareIds(a.screening.id, b.screening.id));
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** How the flags changed from one visit to the next. */
export interface FlagChange<S extends VersionedScreening> {
  readonly from: Visit<S>;
  readonly to: Visit<S>;
  readonly diff: FlagSetDiff<S["flags"][number]>;
}

/** One entry per consecutive pair of visits (none for a single visit), oldest pair first. */
export function flagChanges<S extends VersionedScreening>(visits: readonly Visit<S>[]): FlagChange<S>[] {
  const changes: FlagChange<S>[] = [];
  for (let index = 1; index < visits.length; index += 1) {
    const from = visits[index - 1] as Visit<S>;
    const to = visits[index] as Visit<S>;
    changes.push({ from, to, diff: diffFlagSets(from.screening.flags, to.screening.flags) });
  }
  return changes;
}

const RULE_TITLES = new Map<string, string>(ruleCatalogue.map((rule) => [rule.id, rule.title]));

/** A flag's rule as people read it; a rule since retired from the catalogue is named by its id. */
export function ruleTitle(ruleId: string): string {
  return RULE_TITLES.get(ruleId) ?? ruleId;
}
