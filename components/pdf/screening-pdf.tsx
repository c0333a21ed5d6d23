/**
 * The screening summary as a PDF document (@react-pdf/renderer), in the order of the summary model
 * (lib/exports/screening-summary.ts): it adds layout only, no clinical wording of its own beyond headings.
 * A4, Helvetica (a built-in PDF font: nothing is downloaded or embedded), body text at 10.5 pt and nothing but
 * the running line under 10 pt; every page
 * carries the patient line at the top and, in a fixed footer, the clinical-judgement statement and
 * "Page X of Y", since printed pages get separated.
 *
 * Every string reaching here has been through `winAnsiText` (render-screening-pdf.ts): Helvetica shows only
 * WinAnsi characters.
 */
import { Document, Page, StyleSheet, Text, View } from "@react-pdf/renderer";

import type { ScreeningSummary, SummaryFlag, SummaryRow, SummarySource } from "@/lib/exports/screening-summary";

const styles = StyleSheet.create({
  // No lineHeight on the page: with one (react-pdf 4.9) the fixed footer, statement and page numbers, was not drawn.
  page: { fontFamily: "Helvetica", fontSize: 10.5, paddingTop: 58, paddingBottom: 64, paddingHorizontal: 48, color: "#111" },
  running: { position: "absolute", top: 20, left: 48, right: 48, fontSize: 9, color: "#444", maxLines: 2, textOverflow: "ellipsis" },
  footer: { position: "absolute", bottom: 24, left: 48, right: 48, flexDirection: "row", justifyContent: "space-between", fontSize: 10, color: "#222", borderTopWidth: 0.5, borderTopColor: "#888", paddingTop: 4 },
  title: { fontFamily: "Helvetica-Bold", fontSize: 16, marginBottom: 8 },
  h2: { fontFamily: "Helvetica-Bold", fontSize: 13, marginTop: 14, marginBottom: 4 },
  h3: { fontFamily: "Helvetica-Bold", fontSize: 11, marginTop: 6, marginBottom: 2 },
  bold: { fontFamily: "Helvetica-Bold" },
  italic: { fontFamily: "Helvetica-Oblique" },
  row: { flexDirection: "row", paddingVertical: 1.5, borderBottomWidth: 0.5, borderBottomColor: "#ccc" },
  rowLabel: { width: "38%", paddingRight: 8, fontFamily: "Helvetica-Bold" },
  rowValue: { width: "62%" },
  box: { borderWidth: 1.5, borderColor: "#222", padding: 8, marginTop: 8 },
  warningBox: { borderWidth: 3, borderColor: "#8a4b00", padding: 8, marginTop: 8 },
  card: { borderWidth: 0.75, borderColor: "#999", padding: 8, marginTop: 6 },
  quote: { borderLeftWidth: 2, borderLeftColor: "#777", paddingLeft: 6, marginTop: 3 },
  standard: { marginTop: 3 },
  citation: { fontSize: 10, color: "#333", paddingLeft: 8 },
  bullet: { flexDirection: "row", marginTop: 1 },
  bulletMark: { width: 12 },
  bulletText: { flex: 1 },
  decision: { marginTop: 4, paddingTop: 4, borderTopWidth: 0.5, borderTopColor: "#999" },
  small: { fontSize: 10, color: "#333" },
});

function Rows({ rows }: { rows: readonly SummaryRow[] }) {
  return (
    <View>
      {rows.map((row, index) => (
        <View key={index} style={styles.row} wrap={false}>
          <Text style={styles.rowLabel}>{row.label}</Text>
          <Text style={styles.rowValue}>{row.value}</Text>
        </View>
      ))}
    </View>
  );
}

function Heading({ children }: { children: string }) {
  // Keeps a heading off the bottom of a page when nothing of its section would follow it there.
  return (
    <Text style={styles.h2} minPresenceAhead={60}>
      {children}
    </Text>
  );
}

function Bullets({ items }: { items: readonly string[] }) {
  return (
    <View>
      {items.map((item, index) => (
        <View key={index} style={styles.bullet}>
          <Text style={styles.bulletMark}>•</Text>
          <Text style={styles.bulletText}>{item}</Text>
        </View>
      ))}
    </View>
  );
}

function Sources({ sources }: { sources: readonly SummarySource[] }) {
  if (sources.length === 0) return null;
  return (
    <View>
      <Text style={styles.h3}>Source</Text>
      {sources.map((source, index) =>
        source.kind === "quote" ? (
          <View key={index} style={styles.quote}>
            <Text style={styles.italic}>{source.text}</Text>
            <Text style={styles.citation}>— {source.citation}</Text>
          </View>
        ) : (
          <Text key={index} style={styles.standard}>
            <Text style={styles.bold}>Standard: </Text>
            {source.text}
          </Text>
        ),
      )}
    </View>
  );
}

function Reasons({ reasons }: { reasons: readonly string[] }) {
  if (reasons.length === 0) return null;
  return (
    <View>
      <Text style={styles.h3}>Why it was raised</Text>
      <Bullets items={reasons} />
    </View>
  );
}

function FlagCard({ flag }: { flag: SummaryFlag }) {
  return (
    <View style={styles.card}>
      <Text style={styles.bold} minPresenceAhead={40}>
        {flag.severity}: {flag.summary}
      </Text>
      <Reasons reasons={flag.reasons} />
      <Sources sources={flag.sources} />
      <View style={styles.decision} wrap={false}>
        <Text>
          <Text style={styles.bold}>Decision: </Text>
          {flag.decision.label}
        </Text>
        {flag.decision.note !== null && (
          <Text>
            <Text style={styles.bold}>Note: </Text>
            {flag.decision.note}
          </Text>
        )}
        {flag.decision.recorded !== null && <Text style={styles.small}>{flag.decision.recorded}</Text>}
      </View>
    </View>
  );
}

export interface ScreeningPdfProps {
  /** Already through `winAnsiText`. */
  readonly summary: ScreeningSummary;
  /** Set when some characters are written as code points, telling the reader why. */
  readonly codePointNotice: string | null;
}

export function ScreeningPdf({ summary, codePointNotice }: ScreeningPdfProps) {
  const { header, signOff } = summary;
  // Record number and date of birth first: a name too long for two lines loses its end, visibly, not them.
  const headerValue = (label: string) => header.rows.find((row) => row.label === label)?.value ?? "";
  const patientLine = `MRN ${headerValue("Medical record number")} — born ${headerValue("Date of birth")} — ${header.patientName}`;
  return (
    <Document title={summary.title} subject={summary.title} creator="Ketamine pre-treatment screening" producer="Ketamine pre-treatment screening" language="en">
      <Page size="A4" style={styles.page} wrap>
        {/* Two lines at most, so a very long name cannot run into the page's content; page 1 has it in full. */}
        <Text style={styles.running} fixed>
          {patientLine}
        </Text>
        <View style={styles.footer} fixed>
          <Text>{summary.statement}</Text>
          <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
        </View>

        <Text style={styles.title}>{summary.title}</Text>
        <Rows rows={header.rows} />
        {header.replacedNotice !== null && (
          <View style={styles.warningBox}>
            <Text style={styles.bold}>{header.replacedNotice}</Text>
          </View>
        )}
        {header.amendment !== null && (
          <View style={styles.box}>
            <Text>{header.amendment.text}</Text>
            <Text>
              <Text style={styles.bold}>Reason for amendment: </Text>
              {header.amendment.reason}
            </Text>
          </View>
        )}
        {codePointNotice !== null && (
          <View style={styles.box}>
            <Text>{codePointNotice}</Text>
          </View>
        )}

        <View style={styles.box} wrap={false}>
          {signOff.signed ? (
            <>
              <Text style={styles.h3}>{signOff.outcome}</Text>
              <Text>{signOff.signedBy}</Text>
            </>
          ) : (
            <Text style={styles.h3}>{signOff.text}</Text>
          )}
        </View>

        <Heading>{`Flags needing a decision — ${summary.decisionFlagsTitle}`}</Heading>
        {summary.decisionFlags.map((flag, index) => (
          <FlagCard key={index} flag={flag} />
        ))}

        {summary.counselling.length > 0 && (
          <>
            <Heading>{`Counselling points (${summary.counselling.length})`}</Heading>
            {summary.counselling.map((point, index) => (
              <View key={index} style={styles.card}>
                <Text style={styles.bold} minPresenceAhead={40}>
                  {index + 1}. {point.summary}
                </Text>
                <Reasons reasons={point.reasons} />
                <Sources sources={point.sources} />
                <Text style={styles.decision}>
                  <Text style={styles.bold}>{point.discussed ? "[x] " : "[ ] "}</Text>
                  {point.discussedText}
                </Text>
              </View>
            ))}
          </>
        )}

        <Heading>Vital signs</Heading>
        <Rows rows={summary.vitals} />

        <Heading>Questionnaires</Heading>
        <Rows rows={summary.questionnaires} />

        <Heading>Planned treatment</Heading>
        <Rows rows={summary.plannedTreatment} />

        <Heading>Recorded facts</Heading>
        {summary.recordedFacts.map((group) => (
          <View key={group.title}>
            <Text style={styles.h3} minPresenceAhead={40}>
              {group.title}
            </Text>
            <Rows rows={group.rows} />
          </View>
        ))}

        {summary.notes !== null && (
          <>
            <Heading>Notes</Heading>
            <Text>{summary.notes}</Text>
          </>
        )}

        <View style={{ marginTop: 14 }}>
          <Text>Rules version: {summary.rulesVersion}</Text>
          <Text>{summary.generatedAt}</Text>
        </View>

      </Page>
    </Document>
  );
}
