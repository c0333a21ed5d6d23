/**
 * The two charts of the patient page, one point per visit (the latest version of each amendment chain), each in a
 * figure with its text alternative: a table of the same values, rendered on the server so it is there before,
 * and whether or not, the chart's script loads.
 */
import { formatCalendarDate } from "@/components/format-calendar-date";
import { formatDateTime } from "@/components/format-date-time";
import type { PatientHistoryScreening } from "@/lib/db/types";
import { chartableTotal, GAD7_BAND_LINES, PHQ9_BAND_LINES, type QuestionnaireTotal, type Visit } from "@/lib/patients/history";
import { GAD7_MAX_TOTAL } from "@/lib/scoring/gad7";
import { PHQ9_MAX_TOTAL } from "@/lib/scoring/phq9";
import { todayIsoDate } from "@/lib/screening/calendar-date";

import { DateTime } from "../dates";

import type { HistoryChartPoint } from "./history-charts";
import { LazyScoresChart, LazyVitalsChart } from "./lazy-history-charts";

type HistoryVisit = Visit<PatientHistoryScreening>;

export const VITALS_CHART_TITLE = "Blood pressure and heart rate at each visit";
export const SCORES_CHART_TITLE = "PHQ-9 and GAD-7 totals at each visit, with their severity bands";

/**
 * Dates are written here, on the server, so the browser draws the same words the tables show. The axis names a
 * visit by its day, with the time when another visit shares that day.
 */
function chartPoints(visits: readonly HistoryVisit[]): HistoryChartPoint[] {
  const days = visits.map((visit) => todayIsoDate(visit.visitedAt));
  const shared = new Set(days.filter((day, index) => days.indexOf(day) !== index));
  return visits.map(({ screening, visitedAt }) => {
    const day = todayIsoDate(visitedAt);
    return {
      key: screening.id,
      label: shared.has(day) ? formatDateTime(visitedAt) : formatCalendarDate(day),
      when: formatDateTime(visitedAt),
      systolic: screening.systolic,
      diastolic: screening.diastolic,
      heartRate: screening.heartRate,
      phq9: chartableTotal(screening.phq9),
      gad7: chartableTotal(screening.gad7),
    };
  });
}

function totalText(total: QuestionnaireTotal): React.ReactNode {
  if (total.status === "complete") return total.total;
  if (total.status === "not-recorded") return <span className="text-slate-700">Not completed</span>;
  return (
    <span className="text-slate-700">
      Incomplete: {total.answered} of {total.itemCount} items, no total
    </span>
  );
}

function VisitHeader({ visit }: { visit: HistoryVisit }) {
  return (
    <th scope="row" className="px-3 py-2 font-normal">
      <DateTime at={visit.visitedAt} />
      {visit.amendments > 0 && <span className="block text-sm text-slate-700">as amended (version {visit.screening.version})</span>}
    </th>
  );
}

interface FigureProps {
  readonly id: string;
  readonly title: string;
  readonly chart: React.ReactNode;
  readonly visits: readonly HistoryVisit[];
  /** The table's caption after the title, e.g. what the bands are. */
  readonly captionNote?: string;
  /** Column headings after "Visit", and each visit's cells in that order. */
  readonly columns: readonly string[];
  readonly cells: (screening: PatientHistoryScreening) => readonly React.ReactNode[];
}

/** A chart in a figure named by its caption, and directly after it the same values as a table, one row per visit. */
function Figure({ id, title, chart, visits, captionNote, columns, cells }: FigureProps) {
  return (
    <figure aria-labelledby={`${id}-caption`} className="rounded-lg border border-slate-300 bg-white p-4">
      <figcaption id={`${id}-caption`} className="font-semibold">
        {title}
      </figcaption>
      <div className="mt-3">{chart}</div>
      <details className="mt-3">
        <summary className="cursor-pointer font-medium text-blue-800 underline">Show these values as a table</summary>
        <div className="mt-2 overflow-x-auto">
          <table className="w-full text-left">
            <caption className="text-left text-sm text-slate-700">
              {title}, oldest first.{captionNote ? ` ${captionNote}` : ""}
            </caption>
            <thead className="border-b border-slate-300 text-sm">
              <tr>
                {["Visit", ...columns].map((column) => (
                  <th key={column} scope="col" className="px-3 py-2 font-semibold">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {visits.map((visit) => (
                <tr key={visit.screening.id}>
                  <VisitHeader visit={visit} />
                  {cells(visit.screening).map((cell, index) => (
                    <td key={columns[index]} className="px-3 py-2">
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

export function VitalsFigure({ visits }: { visits: readonly HistoryVisit[] }) {
  return (
    <Figure
      id="vitals-chart"
      title={VITALS_CHART_TITLE}
      chart={<LazyVitalsChart points={chartPoints(visits)} title={VITALS_CHART_TITLE} />}
      visits={visits}
      columns={["Systolic (mmHg)", "Diastolic (mmHg)", "Heart rate (beats/min)"]}
      cells={(screening) => [screening.systolic, screening.diastolic, screening.heartRate]}
    />
  );
}

export function ScoresFigure({ visits }: { visits: readonly HistoryVisit[] }) {
  return (
    <Figure
      id="scores-chart"
      title={SCORES_CHART_TITLE}
      chart={
        // An empty chart would look like a drawing error; say instead that there is nothing to plot.
        visits.some((visit) => chartableTotal(visit.screening.phq9) !== null || chartableTotal(visit.screening.gad7) !== null) ? (
          <LazyScoresChart
            points={chartPoints(visits)}
            title={SCORES_CHART_TITLE}
            phq9Bands={PHQ9_BAND_LINES}
            gad7Bands={GAD7_BAND_LINES}
            maxTotal={PHQ9_MAX_TOTAL}
          />
        ) : (
          <p className="text-slate-800">No complete PHQ-9 or GAD-7 has been recorded for this patient yet: there is nothing to chart.</p>
        )
      }
      visits={visits}
      captionNote={`Bands begin at PHQ-9 ${bandList(PHQ9_BAND_LINES)}; GAD-7 ${bandList(GAD7_BAND_LINES)}.`}
      columns={[`PHQ-9 total (0–${PHQ9_MAX_TOTAL})`, `GAD-7 total (0–${GAD7_MAX_TOTAL})`]}
      cells={(screening) => [totalText(screening.phq9), totalText(screening.gad7)]}
    />
  );
}

function bandList(lines: typeof PHQ9_BAND_LINES): string {
  return lines.map((line) => `${line.value} (${line.label.toLowerCase()})`).join(", ");
}
