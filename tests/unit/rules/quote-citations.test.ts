import { describe, expect, it } from "vitest";

import { ruleCatalogue } from "@/lib/rules";
import { defineRule } from "@/lib/rules/define-rule";
import { mergeCitations, quoteCitations } from "@/lib/rules/quote-citations";
import { SOURCE_QUOTES } from "@/lib/rules/source-quotes";

const never = () => null;

describe("quoteCitations", () => {
  it("lists each rule once per quote, with the severities citing it, in catalogue order", () => {
    const catalogue = [
      defineRule({
        id: "dissociation",
        title: "First",
        summary: "s",
        levels: {
          warning: { when: "w", summary: "w", sources: [{ kind: "document", quote: "A." }, { kind: "standard", citation: "Std" }] },
          info: { when: "i", summary: "i", sources: [{ kind: "document", quote: "A." }, { kind: "document", quote: "B." }] },
        },
        evaluate: never,
      }),
      defineRule({
        id: "anxiety",
        title: "Second",
        summary: "s",
        levels: { critical: { when: "c", summary: "c", sources: [{ kind: "document", quote: "A." }] } },
        evaluate: never,
      }),
    ];
    const index = quoteCitations(catalogue);
    expect([...index.keys()]).toEqual(["A.", "B."]);
    expect(index.get("A.")).toEqual([
      { ruleId: "dissociation", title: "First", severities: ["warning", "info"] },
      { ruleId: "anxiety", title: "Second", severities: ["critical"] },
    ]);
    expect(index.get("B.")).toEqual([{ ruleId: "dissociation", title: "First", severities: ["info"] }]);
  });

  it("covers exactly the quotes the catalogue cites, and names who cites the blood-pressure sentence", () => {
    const index = quoteCitations(ruleCatalogue);
    const cited = new Set(
      ruleCatalogue.flatMap((rule) =>
        Object.values(rule.levels).flatMap((level) => level.sources.flatMap((source) => (source.kind === "document" ? [source.quote] : []))),
      ),
    );
    expect(new Set(index.keys())).toEqual(cited);
    expect(index.get(SOURCE_QUOTES.bloodPressureAndHeartRate)?.map((citation) => citation.ruleId)).toContain("baseline-bp-elevated");
  });

  it("merges several quotes' citations, each rule once with all its severities", () => {
    expect(
      mergeCitations([
        [{ ruleId: "anxiety", title: "A", severities: ["info"] }],
        [
          { ruleId: "dizziness", title: "D", severities: ["warning"] },
          { ruleId: "anxiety", title: "A", severities: ["critical", "warning"] },
        ],
      ]),
    ).toEqual([
      { ruleId: "anxiety", title: "A", severities: ["critical", "warning", "info"] },
      { ruleId: "dizziness", title: "D", severities: ["warning"] },
    ]);
    expect(mergeCitations([])).toEqual([]);
  });
});
