/**
 * Tells the reader of a stored screening that the rules have changed since it was assessed, and what today's
 * rules would flag differently (issue 8). The stored flags stay the record: the notice says so, and that only a
 * new screening or an amendment is assessed with today's rules. Renders nothing for a screening assessed with
 * today's rules. Severity is shown by word and icon (SeverityBadge), never by colour alone.
 */
import { ruleCatalogue, type RuleId, type Severity } from "@/lib/rules";
import { compareWithTodaysRules, type ComparedFlag, type RuleNotCompared } from "@/lib/rules/compare-with-todays-rules";
import type { SeverityChange } from "@/lib/rules/flag-set-diff";
import type { RecordedScreeningInput } from "@/lib/screening/recorded-input";

import { SeverityBadge } from "../severity-badge";

const TITLE_ID = "rules-change-title";

/** A stored flag may belong to a rule that today's rules no longer have. */
const ruleOf = (ruleId: RuleId) => ruleCatalogue.find((rule) => rule.id === ruleId);
const titleOf = (ruleId: RuleId) => ruleOf(ruleId)?.title ?? "A rule today’s rules no longer have";

function FlagLine({ severity, title, children }: { severity: Severity; title: string; children: React.ReactNode }) {
  return (
    <li className="flex flex-wrap items-start gap-x-3 gap-y-1">
      {/* A fixed-width column keeps the titles aligned whichever badge stands before them. */}
      <span className="w-24 shrink-0">
        <SeverityBadge severity={severity} />
      </span>
      <span className="min-w-0 flex-1 basis-64">
        <span className="font-semibold">{title}</span>: {children}
      </span>
    </li>
  );
}

function ChangeGroup({ id, heading, children }: { id: string; heading: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-4">
      <h3 id={id} className="font-semibold">
        {heading}
      </h3>
      <ul className="mt-2 space-y-2">{children}</ul>
    </section>
  );
}

function FlagGroup({ id, heading, flags }: { id: string; heading: string; flags: readonly ComparedFlag[] }) {
  if (flags.length === 0) return null;
  return (
    <ChangeGroup id={id} heading={`${heading} (${flags.length})`}>
      {flags.map((flag) => (
        <FlagLine key={flag.ruleId} severity={flag.severity} title={titleOf(flag.ruleId)}>
          {flag.summary}
        </FlagLine>
      ))}
    </ChangeGroup>
  );
}

function SeverityChanges({ changes }: { changes: readonly SeverityChange[] }) {
  if (changes.length === 0) return null;
  return (
    <ChangeGroup id="rules-change-severity" heading={`Flags today’s rules would raise at another severity (${changes.length})`}>
      {changes.map((change) => (
        <FlagLine key={change.ruleId} severity={change.to} title={titleOf(change.ruleId)}>
          stored as <SeverityBadge severity={change.from} />, today’s rules raise it as <SeverityBadge severity={change.to} />.{" "}
          {ruleOf(change.ruleId)?.levels[change.to]?.summary}
        </FlagLine>
      ))}
    </ChangeGroup>
  );
}

const quoted = (questions: readonly string[]) => questions.map((question) => `“${question}”`).join(", ");

function NotCompared({ rules }: { rules: readonly RuleNotCompared[] }) {
  if (rules.length === 0) return null;
  return (
    <section aria-labelledby="rules-change-not-compared" className="mt-4">
      <h3 id="rules-change-not-compared" className="font-semibold">
        Not compared: rules that read questions this screening did not ask ({rules.length})
      </h3>
      <p className="mt-1">
        This screening was recorded before these questions were on the form, so what today’s rules would flag for
        them cannot be told from this record.
      </p>
      <ul className="mt-2 list-disc space-y-2 pl-6">
        {rules.map((rule) => (
          <li key={rule.ruleId}>
            <span className="font-semibold">{rule.title}</span>: needs {quoted(rule.unaskedQuestions)}, not asked then.{" "}
            {rule.storedFlag ? (
              <>
                Stored flag kept: <SeverityBadge severity={rule.storedFlag.severity} /> {rule.storedFlag.summary}
              </>
            ) : (
              "No flag was stored for it."
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

export interface RulesChangeNoticeProps {
  readonly rulesVersion: string;
  readonly flags: readonly ComparedFlag[];
  readonly input: RecordedScreeningInput;
  /** The screening's day (`YYYY-MM-DD`), on which today's rules count age as the stored assessment did. */
  readonly screeningDay: string;
}

export function RulesChangeNotice({ rulesVersion, flags, input, screeningDay }: RulesChangeNoticeProps) {
  const comparison = compareWithTodaysRules({ rulesVersion, flags, input, on: screeningDay });
  if (comparison === null) return null;
  const { added, removed, severityChanged } = comparison.differences;
  const same = added.length === 0 && removed.length === 0 && severityChanged.length === 0;
  const scope = comparison.notCompared.length > 0 ? "On the rules that could be compared, today’s rules" : "Today’s rules";
  return (
    <section aria-labelledby={TITLE_ID} className="rounded-lg border-2 border-slate-700 bg-white p-4 sm:p-6">
      <h2 id={TITLE_ID} className="text-xl font-semibold">
        The rules have changed since this screening
      </h2>
      <p className="mt-2">
        Assessed with rules version <span className="font-mono">{comparison.assessedWith}</span>; today’s rules are
        version <span className="font-mono">{comparison.todaysVersion}</span>.
      </p>
      <p className="mt-2">
        The flags on this page are the ones stored with the screening, and the record is unchanged. A new screening or
        an amendment uses today’s rules.
      </p>
      {same ? (
        <p className="mt-3 font-medium">{scope} would raise the same flags.</p>
      ) : (
        <>
          <p className="mt-3 font-medium">{scope} would flag this screening differently:</p>
          <FlagGroup id="rules-change-added" heading="Flags today’s rules would add" flags={added} />
          <FlagGroup id="rules-change-removed" heading="Stored flags today’s rules would not raise" flags={removed} />
          <SeverityChanges changes={severityChanged} />
        </>
      )}
      <NotCompared rules={comparison.notCompared} />
    </section>
  );
}
