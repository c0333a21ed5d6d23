"use client";

/**
 * The charts, loaded after the page: recharts is the largest library in the app, and the page's tables already
 * carry every value, so the charts never hold up the first load and weigh on no other page. Drawn in the browser
 * only (recharts measures its container); until then a placeholder of the same height keeps the layout still.
 */
import dynamic from "next/dynamic";

function ChartPlaceholder() {
  return <div className="flex h-80 items-center justify-center text-slate-700">Loading chart…</div>;
}

export const LazyVitalsChart = dynamic(() => import("./history-charts").then((module) => module.VitalsChart), {
  ssr: false,
  loading: ChartPlaceholder,
});

export const LazyScoresChart = dynamic(() => import("./history-charts").then((module) => module.ScoresChart), {
  ssr: false,
  loading: ChartPlaceholder,
});
