"use client";

/**
 * The patient page's two charts, drawn by recharts in the browser only (loaded through lazy-history-charts.tsx, so
 * no other page, and not this page's first load, carries recharts). Each is an image named by its title; the same
 * values are in the table that follows it on the page, which is what a screen reader or a keyboard user reads.
 * Lines differ by dash pattern as well as colour (WCAG 1.4.1). No animation: values appear where they are.
 */
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";

/** One visit as the charts plot it: plain values only (the page passes nothing else of the patient). */
export interface HistoryChartPoint {
  readonly key: string;
  /** Axis label, e.g. "25 Nov 2026". */
  readonly label: string;
  /** Tooltip heading, e.g. "25 Nov 2026, 09:41". */
  readonly when: string;
  readonly systolic: number;
  readonly diastolic: number;
  readonly heartRate: number;
  /** Complete totals only; null draws a gap. */
  readonly phq9: number | null;
  readonly gad7: number | null;
}

export interface ChartBandLine {
  readonly value: number;
  readonly label: string;
}

interface ChartProps {
  readonly points: readonly HistoryChartPoint[];
  /** The chart's accessible name. */
  readonly title: string;
}

const TEXT = "#334155";
const GRID = "#cbd5e1";
const CHART_STYLE = { width: "100%", height: 320 } as const;
const MARGIN = { top: 16, right: 8, bottom: 8, left: 8 } as const;
const TICK = { fill: TEXT, fontSize: 12 } as const;
const AXIS_LABEL = { fill: TEXT, fontSize: 12 } as const;
// Vital signs have no natural zero on a chart: the axis spans the readings, rounded out to whole tens.
const roundDown = (value: number) => Math.floor((value - 5) / 10) * 10;
const roundUp = (value: number) => Math.ceil((value + 5) / 10) * 10;
const VITALS_AXIS = { tick: TICK, stroke: TEXT, domain: [roundDown, roundUp], allowDecimals: false, width: 44 } as const;

interface Series {
  readonly dataKey: "systolic" | "diastolic" | "heartRate" | "phq9" | "gad7";
  readonly name: string;
  readonly colour: string;
  readonly dash?: string;
  readonly yAxisId?: string;
}

/**
 * One line, drawn without animation. The class on each dot names its series: recharts draws dots in a layer of
 * their own, away from their line, and the browser tests count them by it.
 */
function seriesLine({ dataKey, name, colour, dash, yAxisId }: Series) {
  return (
    <Line
      key={dataKey}
      yAxisId={yAxisId ?? 0}
      dataKey={dataKey}
      name={name}
      stroke={colour}
      strokeWidth={2}
      strokeDasharray={dash}
      dot={{ r: 4, className: `series-${dataKey}` }}
      isAnimationActive={false}
    />
  );
}

const VITAL_SERIES: readonly Series[] = [
  { dataKey: "systolic", name: "Systolic (mmHg)", colour: "#b91c1c", yAxisId: "mmHg" },
  { dataKey: "diastolic", name: "Diastolic (mmHg)", colour: "#1d4ed8", dash: "8 4", yAxisId: "mmHg" },
  { dataKey: "heartRate", name: "Heart rate (beats/min)", colour: "#15803d", dash: "2 3", yAxisId: "bpm" },
];

/**
 * What both charts share: sized by CSS, an image named by its title (its own keyboard layer off: the table after
 * it is the way to read the values without a mouse), and the points as the mutable array its types ask for.
 */
function chartProps(points: readonly HistoryChartPoint[], title: string, desc: string) {
  return { data: [...points], responsive: true, style: CHART_STYLE, margin: MARGIN, role: "img", title, desc, accessibilityLayer: false };
}

/** The legend lists series in the order they are described (recharts sorts by name unless told). */
function inOrderOf(series: readonly Series[]) {
  return (item: { dataKey?: unknown }) => series.findIndex((entry) => entry.dataKey === item.dataKey);
}

function tooltipHeading(_label: unknown, payload: readonly { payload?: unknown }[]): string {
  const point = payload[0]?.payload as HistoryChartPoint | undefined;
  return point?.when ?? "";
}

export function VitalsChart({ points, title }: ChartProps) {
  return (
    <LineChart {...chartProps(points, title, "The values are listed in the table after the chart.")}>
      <CartesianGrid stroke={GRID} strokeDasharray="3 3" />
      <XAxis dataKey="label" tick={TICK} stroke={TEXT} />
      <YAxis yAxisId="mmHg" {...VITALS_AXIS} label={{ value: "mmHg", angle: -90, position: "insideLeft", ...AXIS_LABEL }} />
      <YAxis yAxisId="bpm" orientation="right" {...VITALS_AXIS} label={{ value: "beats/min", angle: 90, position: "insideRight", ...AXIS_LABEL }} />
      <Tooltip labelFormatter={tooltipHeading} />
      <Legend iconType="plainline" itemSorter={inOrderOf(VITAL_SERIES)} />
      {VITAL_SERIES.map((series) => seriesLine(series))}
    </LineChart>
  );
}

interface ScoresChartProps extends ChartProps {
  readonly phq9Bands: readonly ChartBandLine[];
  readonly gad7Bands: readonly ChartBandLine[];
  /** The highest total either questionnaire can reach (PHQ-9's 27). */
  readonly maxTotal: number;
}

const PHQ9_COLOUR = "#6d28d9";
const GAD7_COLOUR = "#9a3412";

const SCORE_SERIES: readonly Series[] = [
  { dataKey: "phq9", name: "PHQ-9 total", colour: PHQ9_COLOUR },
  { dataKey: "gad7", name: "GAD-7 total", colour: GAD7_COLOUR, dash: "8 4" },
];

/** Ticks where bands begin, with 0 and the maximum: the axis reads in the questionnaires' own steps. */
function bandTicks(phq9Bands: readonly ChartBandLine[], gad7Bands: readonly ChartBandLine[], maxTotal: number): number[] {
  const values = new Set([0, ...phq9Bands.map((band) => band.value), ...gad7Bands.map((band) => band.value), maxTotal]);
  return [...values].sort((a, b) => a - b);
}

function bandLine(questionnaire: string, band: ChartBandLine, colour: string, position: "insideTopLeft" | "insideTopRight") {
  return (
    <ReferenceLine
      key={`${questionnaire}-${band.value}`}
      y={band.value}
      stroke={colour}
      strokeOpacity={0.5}
      strokeDasharray="4 4"
      label={{ value: `${questionnaire} ${band.label.toLowerCase()}`, position, fill: colour, fontSize: 11 }}
    />
  );
}

/**
 * Both questionnaires on one 0–27 scale. Their band floors share values (5, 10, 15), so each band line is labelled
 * on its own side: PHQ-9's on the left, GAD-7's on the right.
 */
export function ScoresChart({ points, title, phq9Bands, gad7Bands, maxTotal }: ScoresChartProps) {
  return (
    <LineChart
      {...chartProps(points, title, "Incomplete questionnaires have no total and leave a gap. The values are listed in the table after the chart.")}
    >
      <CartesianGrid stroke={GRID} strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="label" tick={TICK} stroke={TEXT} />
      <YAxis tick={TICK} stroke={TEXT} domain={[0, maxTotal]} ticks={bandTicks(phq9Bands, gad7Bands, maxTotal)} width={36} />
      {phq9Bands.map((band) => bandLine("PHQ-9", band, PHQ9_COLOUR, "insideTopLeft"))}
      {gad7Bands.map((band) => bandLine("GAD-7", band, GAD7_COLOUR, "insideTopRight"))}
      <Tooltip labelFormatter={tooltipHeading} />
      <Legend iconType="plainline" itemSorter={inOrderOf(SCORE_SERIES)} />
      {SCORE_SERIES.map((series) => seriesLine(series))}
    </LineChart>
  );
}
