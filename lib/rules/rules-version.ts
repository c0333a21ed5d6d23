/**
 * The version stored with every assessment, so a saved flag can be traced to the rules that raised it.
 *
 * It must change whenever any rule changes (docs/decisions/0003-rule-versioning.md). To make that hard to forget,
 * each version is pinned to a fingerprint of the rules: a hash of the catalogue (ids, titles, severities, trigger
 * texts with their thresholds, summaries, sources) and of the assessments of a fixed set of boundary screenings
 * (tests/support/rules-fingerprint.ts). tests/unit/rules/rules-version.test.ts fails when the rules' fingerprint
 * is not the one recorded for RULES_VERSION.
 *
 * To change a rule: add a new entry at the end of RULES_VERSION_HISTORY ("YYYY-MM-DD.n", n counting from 1 within
 * the day) with the fingerprint the failing test prints, and set RULES_VERSION to it. Never edit or remove an
 * earlier entry: stored assessments refer to it.
 */

export const RULES_VERSION_HISTORY: Readonly<Record<string, string>> = {
  "2026-11-25.1": "9850207a4ebf7f82",
  "2026-11-25.2": "f68ae27e73a1f548",
};

export const RULES_VERSION = "2026-11-25.2";
