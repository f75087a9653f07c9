"use client";
import { lazy, Suspense } from "react";
import type { ChartView } from "./chart-view";

const load = () => import("./franchise-chart").then((m) => ({ default: m.FranchiseChart }));
const Chart = lazy(load);
// On the server, loaded with this module: every calculation's chart is then drawn in its HTML at once.
if (typeof window === "undefined") void load();

/**
 * The franchise chart, its drawing code a chunk of its own: only a calculation shows the chart, and
 * it is streamed behind the offers (see franchise-section.tsx), so the empty calculator's first
 * load does not carry it. The chart is in the page's HTML; the chunk arrives while it is read.
 */
export function FranchiseChartSlot({ view }: { view: ChartView }) {
  return (
    <Suspense fallback={null}>
      <Chart view={view} />
    </Suspense>
  );
}
