/**
 * Pregnancy: the source document is silent; the esketamine (SPRAVATO) label says it may cause fetal harm and is
 * not recommended in pregnancy. An unknown status is a warning because it must be established before dosing.
 */
import { defineRule, highestFinding } from "./define-rule";
import { standardSource } from "./standard-citations";

export const pregnancy = defineRule({
  id: "pregnancy",
  title: "Pregnancy",
  summary: "Ketamine and esketamine may cause fetal harm and are not recommended in pregnancy.",
  levels: {
    critical: {
      when: "pregnant",
      summary: "Patient is pregnant: not recommended; treat only with documented specialist justification.",
      sources: [standardSource("spravatoPregnancy")],
    },
    warning: {
      when: "pregnancy status unknown",
      summary: "Pregnancy status unknown: establish it (e.g. a pregnancy test) before treatment.",
      sources: [standardSource("spravatoPregnancy")],
    },
  },
  evaluate: (input) =>
    highestFinding({
      critical: [input.pregnancy === "pregnant" && "Patient is pregnant"],
      warning: [input.pregnancy === "unknown" && "Pregnancy status unknown"],
    }),
});
