/**
 * What bench/lighthouse.ts keeps of a Lighthouse report: the three category scores, the four metrics a page's
 * performance score is mostly made of, and every audit that kept a category below 100 (with the elements it
 * named), so a maintainer sees why without opening the report. Medians over runs, since performance scores move
 * with the machine's load.
 */
import type { Result } from "lighthouse";

export const CATEGORIES = ["performance", "accessibility", "best-practices"] as const;
export type Category = (typeof CATEGORIES)[number];

export interface RunFigures {
  /** 0–100 per category, null when Lighthouse could not score it. */
  readonly scores: Readonly<Record<Category, number | null>>;
  readonly fcpMs: number;
  readonly lcpMs: number;
  readonly tbtMs: number;
  readonly cls: number;
  readonly failedAudits: readonly FailedAudit[];
  /**
   * Audits Lighthouse could not run, with its reason. Lighthouse 12.2.3 is older than this machine's Chromium:
   * its trace-elements gatherer fails on the newer trace format, which leaves informative audits (the LCP
   * element, layout-shift culprits) without a result; scores and metrics are computed without them.
   */
  readonly erroredAudits: readonly { readonly id: string; readonly reason: string }[];
}

export interface FailedAudit {
  readonly category: Category;
  readonly id: string;
  readonly title: string;
  /** 0–1; metrics score on a curve, other audits pass (1) or fail (0). */
  readonly score: number;
  readonly displayValue?: string;
  /** CSS selectors (or snippets) of the elements the audit names, at most five. */
  readonly nodes: readonly string[];
}

const metric = (lhr: Result, id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;

interface NodeItem {
  readonly node?: { readonly selector?: string; readonly snippet?: string };
}

function nodesOf(audit: Result["audits"][string]): string[] {
  const details = audit.details as { items?: readonly NodeItem[] } | undefined;
  return (details?.items ?? [])
    .map((item) => item.node?.selector ?? item.node?.snippet)
    .filter((text): text is string => typeof text === "string")
    .slice(0, 5);
}

/**
 * The audits that cost a category points: those with a weight in it (or, for performance, any scored audit
 * that failed, since its opportunities and diagnostics say where the time went) scoring under 1.
 */
function failedAudits(lhr: Result): FailedAudit[] {
  const failed: FailedAudit[] = [];
  for (const category of CATEGORIES) {
    const scored = lhr.categories[category];
    if (!scored || scored.score === 1) continue;
    for (const ref of scored.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1) continue;
      if (ref.weight === 0 && (category !== "performance" || audit.scoreDisplayMode !== "metricSavings")) continue;
      failed.push({
        category,
        id: ref.id,
        title: audit.title,
        score: audit.score,
        ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
        nodes: nodesOf(audit),
      });
    }
  }
  return failed;
}

export function figuresOf(lhr: Result): RunFigures {
  const score = (category: Category) => {
    const value = lhr.categories[category]?.score;
    return typeof value === "number" ? Math.round(value * 100) : null;
  };
  return {
    scores: { performance: score("performance"), accessibility: score("accessibility"), "best-practices": score("best-practices") },
    fcpMs: metric(lhr, "first-contentful-paint"),
    lcpMs: metric(lhr, "largest-contentful-paint"),
    tbtMs: metric(lhr, "total-blocking-time"),
    cls: metric(lhr, "cumulative-layout-shift"),
    failedAudits: failedAudits(lhr),
    erroredAudits: Object.values(lhr.audits)
      .filter((audit) => audit.scoreDisplayMode === "error")
      .map((audit) => ({ id: audit.id, reason: audit.errorMessage ?? "no reason given" })),
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const medianOrNull = (values: readonly (number | null)[]) => {
  const present = values.filter((value): value is number => value !== null);
  return present.length ? median(present) : null;
};

/** Each figure's own median over the runs, and every audit that failed in any run, with how often and its worst run. */
export function summarise(runs: readonly RunFigures[]) {
  const failures = new Map<string, FailedAudit & { runs: number }>();
  for (const run of runs) {
    for (const audit of run.failedAudits) {
      const key = `${audit.category}/${audit.id}`;
      const seen = failures.get(key);
      // The worst run's figures (score, value shown, elements named), and in how many runs it failed.
      const worst = seen && seen.score <= audit.score ? seen : audit;
      failures.set(key, { ...worst, runs: (seen?.runs ?? 0) + 1 });
    }
  }
  return {
    scores: Object.fromEntries(CATEGORIES.map((category) => [category, medianOrNull(runs.map((run) => run.scores[category]))])) as Record<Category, number | null>,
    fcpMs: median(runs.map((run) => run.fcpMs)),
    lcpMs: median(runs.map((run) => run.lcpMs)),
    tbtMs: median(runs.map((run) => run.tbtMs)),
    cls: median(runs.map((run) => run.cls)),
    failedAudits: [...failures.values()],
    erroredAudits: [...new Map(runs.flatMap((run) => run.erroredAudits).map((audit) => [audit.id, audit])).values()],
  };
}

export type Summary = ReturnType<typeof summarise>;

const seconds = (value: number) => `${(value / 1000).toFixed(2)} s`;
const score = (value: number | null) => (value === null ? "–" : String(value));

export function tableHeader(width: number): string {
  return [
    "page".padEnd(width),
    "device".padEnd(7),
    "perf".padStart(5),
    "a11y".padStart(5),
    "best".padStart(5),
    "FCP".padStart(8),
    "LCP".padStart(8),
    "TBT".padStart(7),
    "CLS".padStart(6),
  ].join("  ");
}

export function tableRow(width: number, page: string, device: string, summary: Summary): string {
  return [
    page.padEnd(width),
    device.padEnd(7),
    score(summary.scores.performance).padStart(5),
    score(summary.scores.accessibility).padStart(5),
    score(summary.scores["best-practices"]).padStart(5),
    seconds(summary.fcpMs).padStart(8),
    seconds(summary.lcpMs).padStart(8),
    `${summary.tbtMs.toFixed(0)} ms`.padStart(7),
    summary.cls.toFixed(3).padStart(6),
  ].join("  ");
}

/** The failed audits of one page, one line each, with the elements named under it. */
export function failureLines(summary: Summary, runs: number): string[] {
  return summary.failedAudits.flatMap((audit) => [
    `    [${audit.category}] ${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ""}, score ${audit.score.toFixed(2)} (worst run), failed in ${audit.runs} of ${runs} runs`,
    ...audit.nodes.map((node) => `        ${node}`),
  ]);
}
