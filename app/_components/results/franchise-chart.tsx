"use client";
import { useDetailsOpen } from "../ui/use-details-open";
import { CHART_H as H, CHART_PAD as PAD, CHART_W as W, type ChartView } from "./chart-view";

const COLORS = ["#1d5fd6", "#d9480f", "#2b8a3e", "#862e9c", "#c92a2a", "#0b7285", "#5f3dc4"];
const DASHES = ["", "6 3", "2 3", "8 3 2 3", "", "4 4", "1 3"];
/**
 * The SVG scales with its box, so on a phone (about half its drawn width) the text is drawn
 * twice as large and every other x tick is left out: the labels stay about 11 px on the screen.
 */
const CHART_CSS = `.chart-text{font-size:12px}.chart-axis{font-size:13px}@media (max-width:639px){.chart-text{font-size:23px}.chart-axis{font-size:24px}.chart-minor{display:none}}`;

/**
 * Premium against franchise size for every insurer as SVG (prints as it is), with the same
 * figures in a table for screen readers, folded under the chart and drawn when it is opened.
 * Everything it shows was worked out and formatted on the server (chart-view.ts); this only
 * draws it. Attributes the ticks share are set once on their group (the SVG is streamed in
 * every calculation's HTML).
 */
export function FranchiseChart({ view }: { view: ChartView }) {
  const { ref: tableRef, open: tableOpen, onToggle: onTableToggle } = useDetailsOpen();
  const axis = H - PAD.bottom;
  const grid = view.yTicks.map(([y]) => `M${PAD.left} ${y}H${W - PAD.right}`).join("");
  const marks = (minor: 0 | 1) => view.xTicks.filter((_, i) => i % 2 === minor).map(([x]) => `M${x} ${axis}v4`).join("");
  return (
    <figure className="space-y-2 break-inside-avoid">
      <figcaption id="chart-title" className="text-base font-semibold text-brand-900">{view.title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="chart-title" className="h-auto w-full" data-testid="franchise-chart">
        <style>{CHART_CSS}</style>
        <path d={grid} stroke="#e2e8f0" />
        <path d={marks(0)} stroke="#94a3b8" />
        <path d={marks(1)} stroke="#94a3b8" className="chart-minor" />
        <g className="chart-text" fill="#475569">
          <g textAnchor="end" dominantBaseline="middle">
            {view.yTicks.map(([y, label]) => (
              <text key={label} x={PAD.left - 6} y={y}>{label}</text>
            ))}
          </g>
          <g textAnchor="middle" dominantBaseline="hanging">
            {view.xTicks.map(([x, label], i) => (
              <g key={label} className={i % 2 === 1 ? "chart-x chart-minor" : "chart-x"}>
                <text x={x} y={axis + 8}>{label}</text>
              </g>
            ))}
          </g>
        </g>
        <text x={(W + PAD.left) / 2} y={H - 4} textAnchor="middle" className="chart-axis" fill="#334155">{view.xAxis}</text>
        {/* One dot per priced point, drawn by the line's markers rather than an element per point. */}
        <defs>
          {view.series.map((s, k) => (
            <marker key={s.id} id={`chart-point-${k}`} viewBox="0 0 6 6" refX="3" refY="3" markerWidth="6" markerHeight="6" markerUnits="userSpaceOnUse">
              <circle cx="3" cy="3" r="3" fill={COLORS[k % COLORS.length]} />
            </marker>
          ))}
        </defs>
        <g fill="none" strokeWidth="2">
          {view.series.map((s, k) => {
            const dot = `url(#chart-point-${k})`;
            return <polyline key={s.id} points={s.points} stroke={COLORS[k % COLORS.length]} strokeDasharray={DASHES[k % DASHES.length] || undefined} markerStart={dot} markerMid={dot} markerEnd={dot} />;
          })}
        </g>
      </svg>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700" aria-hidden="true">
        {view.series.map((s, k) => (
          <li key={s.id} className="flex items-center gap-1">
            <svg width="24" height="8" aria-hidden="true"><path d="M0 4H24" stroke={COLORS[k % COLORS.length]} strokeWidth="2" strokeDasharray={DASHES[k % DASHES.length] || undefined} /></svg>
            {s.name}
          </li>
        ))}
      </ul>
      <details ref={tableRef} className="text-sm" onToggle={onTableToggle}>
        <summary className="cursor-pointer text-brand-700 print:hidden">{view.tableCaption}</summary>
        {tableOpen ? (
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={view.tableCaption}>
            <table className="mt-2 w-full text-left text-xs tabular-nums">
              <caption className="sr-only">{view.tableCaption}</caption>
              <thead>
                <tr>
                  <th scope="col" className="pr-2">{view.insurer}</th>
                  {view.amounts.map((a) => (
                    <th key={a} scope="col" className="pr-2 text-right">{a}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {view.series.map((s) => (
                  <tr key={s.id} className="border-t border-slate-100">
                    <th scope="row" className="pr-2 font-normal">{s.name}</th>
                    {s.cells.map((c, i) => (
                      <td key={i} className="pr-2 text-right">{c}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </details>
    </figure>
  );
}
