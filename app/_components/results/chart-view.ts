import type { FranchiseScan } from "@/lib/results/franchise-scan";
import type { UiLocale } from "@/lib/format/money";
import type { Translate } from "../translate";
import { groupedText, rubText } from "./format-cached";

export const CHART_W = 640;
export const CHART_H = 300;
export const CHART_PAD = { left: 96, right: 24, top: 16, bottom: 56 };

/**
 * The franchise chart worked out on the server: its geometry and every text, formatted. The
 * browser draws the SVG, the legend and the table from it (franchise-chart.tsx), so a calculation
 * carries the figures once instead of the chart's element tree beside its HTML.
 */
export interface ChartView {
  title: string;
  xAxis: string;
  tableCaption: string;
  insurer: string;
  /** Horizontal grid lines: [y, label]. */
  yTicks: [number, string][];
  /** Ticks on the franchise axis: [x, label]. */
  xTicks: [number, string][];
  /** The table's column headers (franchise sizes). */
  amounts: string[];
  series: { id: string; name: string; points: string; cells: string[] }[];
}

/** Premium against franchise size, to scale; null when there is nothing to draw. */
export function chartView(scan: FranchiseScan, t: Translate, locale: UiLocale): ChartView | null {
  const values = scan.series.flatMap((s) => s.premiums.filter((p): p is string => p !== null).map(Number));
  if (values.length === 0 || scan.amounts.length < 2) return null;
  const { left, right, top, bottom } = CHART_PAD;
  // Axis scaling is display-only; the figures themselves are shown exactly in the table.
  const max = Math.max(...values) * 1.05;
  // The x axis to scale: each franchise size placed by its value, ticks every 10 000 ₽ (5 000 up to 50 000).
  const maxAmount = Number(scan.amounts.at(-1));
  // Tenths of a unit are finer than the screen shows, and keep the SVG short.
  const xOf = (amount: number) => Math.round((left + (amount / maxAmount) * (CHART_W - left - right)) * 10) / 10;
  const y = (v: number) => Math.round((top + (1 - v / max) * (CHART_H - top - bottom)) * 10) / 10;
  const step = maxAmount > 50000 ? 10000 : 5000;
  const amountLabel = (a: string) => (a === "0" ? "0" : groupedText(a, locale));
  return {
    title: t("title"),
    xAxis: t("xAxis"),
    tableCaption: t("tableCaption"),
    insurer: t("insurer"),
    yTicks: [0, 0.25, 0.5, 0.75, 1].map((f) => Math.round((max * f) / 1000) * 1000).map((v) => [y(v), groupedText(String(v), locale)]),
    xTicks: Array.from({ length: Math.floor(maxAmount / step) + 1 }, (_, i) => i * step).map((a) => [xOf(a), amountLabel(String(a))]),
    amounts: scan.amounts.map(amountLabel),
    series: scan.series.map((s) => ({
      id: s.insurerId,
      name: s.insurerName[locale],
      points: s.premiums.map((p, i) => (p === null ? null : `${xOf(Number(scan.amounts[i]))},${y(Number(p))}`)).filter(Boolean).join(" "),
      cells: s.premiums.map((p) => (p === null ? "—" : rubText(p, locale, true))),
    })),
  };
}

const views = new WeakMap<FranchiseScan, Map<UiLocale, ChartView | null>>();

/**
 * `chartView`, kept per scan and language: a remembered scan (franchise-scan-cached.ts) is drawn
 * the same way every time (its texts are the Chart messages of that language). Shared: read only.
 */
export function chartViewOf(scan: FranchiseScan, t: Translate, locale: UiLocale): ChartView | null {
  let byLocale = views.get(scan);
  if (!byLocale) views.set(scan, (byLocale = new Map()));
  let view = byLocale.get(locale);
  if (view === undefined) {
    view = chartView(scan, t, locale);
    byLocale.set(locale, view);
  }
  return view;
}
