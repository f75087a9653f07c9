import type { FranchiseScan } from "@/lib/results/franchise-scan";
import { formatRub, type UiLocale } from "@/lib/format/money";
import { groupedText } from "./format-cached";
import type { Translate } from "../translate";

const COLORS = ["#1d5fd6", "#d9480f", "#2b8a3e", "#862e9c", "#c92a2a", "#0b7285", "#5f3dc4"];
const DASHES = ["", "6 3", "2 3", "8 3 2 3", "", "4 4", "1 3"];
const W = 640;
const H = 300;
const PAD = { left: 96, right: 24, top: 16, bottom: 56 };
/**
 * The SVG scales with its box, so on a phone (about half its drawn width) the text is drawn
 * twice as large and every other x tick is left out: the labels stay about 11 px on the screen.
 */
const CHART_CSS = `.chart-text{font-size:12px}.chart-axis{font-size:13px}@media (max-width:639px){.chart-text{font-size:23px}.chart-axis{font-size:24px}.chart-minor{display:none}}`;

/**
 * Premium against franchise size for every insurer, drawn on the server as SVG (no client
 * code, prints as it is), with the same figures in a table for screen readers and print.
 */
export function FranchiseChart({ scan, t, locale }: { scan: FranchiseScan; t: Translate; locale: UiLocale }) {
  const values = scan.series.flatMap((s) => s.premiums.filter((p): p is string => p !== null).map(Number));
  if (values.length === 0 || scan.amounts.length < 2) return null;
  // Axis scaling is display-only; the figures themselves are shown exactly in the table.
  const max = Math.max(...values) * 1.05;
  // The x axis to scale: each franchise size placed by its value, ticks every 10 000 ₽.
  const maxAmount = Number(scan.amounts.at(-1));
  const xOf = (amount: number) => Math.round((PAD.left + (amount / maxAmount) * (W - PAD.left - PAD.right)) * 10) / 10;
  const x = (i: number) => xOf(Number(scan.amounts[i]));
  const step = maxAmount > 50000 ? 10000 : 5000;
  const xTicks = Array.from({ length: Math.floor(maxAmount / step) + 1 }, (_, i) => i * step);
  // Tenths of a unit are finer than the screen shows, and keep the SVG short.
  const y = (v: number) => Math.round((PAD.top + (1 - v / max) * (H - PAD.top - PAD.bottom)) * 10) / 10;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => Math.round((max * f) / 1000) * 1000);
  const name = (s: FranchiseScan["series"][number]) => s.insurerName[locale];
  const amountLabel = (a: string) => (a === "0" ? "0" : groupedText(a, locale));

  return (
    <figure className="space-y-2 break-inside-avoid">
      <figcaption id="chart-title" className="text-base font-semibold text-brand-900">{t("title")}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="chart-title" className="h-auto w-full" data-testid="franchise-chart">
        <style>{CHART_CSS}</style>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke="#e2e8f0" />
            <text x={PAD.left - 6} y={y(v)} dominantBaseline="middle" textAnchor="end" className="chart-text" fill="#475569">{groupedText(String(v), locale)}</text>
          </g>
        ))}
        {xTicks.map((a, i) => (
          <g key={a} className={i % 2 === 1 ? "chart-x chart-minor" : "chart-x"}>
            <line x1={xOf(a)} x2={xOf(a)} y1={H - PAD.bottom} y2={H - PAD.bottom + 4} stroke="#94a3b8" />
            <text x={xOf(a)} y={H - PAD.bottom + 8} dominantBaseline="hanging" textAnchor="middle" className="chart-text" fill="#475569">{amountLabel(String(a))}</text>
          </g>
        ))}
        <text x={(W + PAD.left) / 2} y={H - 4} textAnchor="middle" className="chart-axis" fill="#334155">{t("xAxis")}</text>
        {/* One dot per priced point, drawn by the line's markers rather than an element per point. */}
        <defs>
          {scan.series.map((s, k) => (
            <marker key={s.insurerId} id={`chart-point-${k}`} viewBox="0 0 6 6" refX="3" refY="3" markerWidth="6" markerHeight="6" markerUnits="userSpaceOnUse">
              <circle cx="3" cy="3" r="3" fill={COLORS[k % COLORS.length]} />
            </marker>
          ))}
        </defs>
        {scan.series.map((s, k) => {
          const points = s.premiums.map((p, i) => (p === null ? null : `${x(i)},${y(Number(p))}`)).filter(Boolean).join(" ");
          const dot = `url(#chart-point-${k})`;
          return <polyline key={s.insurerId} points={points} fill="none" stroke={COLORS[k % COLORS.length]} strokeWidth="2" strokeDasharray={DASHES[k % DASHES.length]} markerStart={dot} markerMid={dot} markerEnd={dot} />;
        })}
      </svg>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700" aria-hidden="true">
        {scan.series.map((s, k) => (
          <li key={s.insurerId} className="flex items-center gap-1">
            <svg width="24" height="8" aria-hidden="true"><line x1="0" x2="24" y1="4" y2="4" stroke={COLORS[k % COLORS.length]} strokeWidth="2" strokeDasharray={DASHES[k % DASHES.length]} /></svg>
            {name(s)}
          </li>
        ))}
      </ul>
      <details className="text-sm">
        <summary className="cursor-pointer text-brand-700 print:hidden">{t("tableCaption")}</summary>
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("tableCaption")}>
          <table className="mt-2 w-full text-left text-xs tabular-nums">
            <caption className="sr-only">{t("tableCaption")}</caption>
            <thead>
              <tr>
                <th scope="col" className="pr-2">{t("insurer")}</th>
                {scan.amounts.map((a) => (
                  <th key={a} scope="col" className="pr-2 text-right">{amountLabel(a)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {scan.series.map((s) => (
                <tr key={s.insurerId} className="border-t border-slate-100">
                  <th scope="row" className="pr-2 font-normal">{name(s)}</th>
                  {s.premiums.map((p, i) => (
                    <td key={i} className="pr-2 text-right">{p === null ? "—" : formatRub(p, locale, { whole: true })}</td>
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
