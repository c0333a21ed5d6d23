/**
 * A short hash of everything that makes up "the rules": the catalogue (ids, titles, severities, trigger texts
 * with their thresholds, summaries, sources) and the flags the rules raise for a fixed boundary corpus (so a
 * changed comparison or reason is caught even when no text in the catalogue moved). See
 * docs/decisions/0003-rule-versioning.md.
 */
import { createHash } from "node:crypto";

import { assess, ruleCatalogue } from "@/lib/rules";

import { boundaryCorpus, FINGERPRINT_DAY } from "./boundary-corpus";

export function rulesFingerprint(): string {
  const outcomes = boundaryCorpus().map((input) => assess(input, { on: FINGERPRINT_DAY }).flags);
  const payload = JSON.stringify({ catalogue: ruleCatalogue, outcomes });
  return createHash("sha256").update(payload).digest("hex").slice(0, 16);
}
