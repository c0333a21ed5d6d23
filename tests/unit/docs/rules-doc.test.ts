import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { ruleCatalogue, RULES_VERSION } from "@/lib/rules";
import { renderRulesDoc, RULES_DOC_FILE } from "@/scripts/generate-rules-doc";

describe("docs/rules.md", () => {
  it("is what the generator renders now (run `npm run docs:rules` after changing a rule)", () => {
    expect(readFileSync(RULES_DOC_FILE, "utf8")).toBe(renderRulesDoc());
  });

  it("names the rules version and every rule", () => {
    const doc = renderRulesDoc();
    expect(doc).toContain(RULES_VERSION);
    for (const rule of ruleCatalogue) expect(doc).toContain(`\`${rule.id}\``);
  });
});
