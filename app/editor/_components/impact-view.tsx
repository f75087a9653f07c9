import type { ImpactBin, ImpactReport } from "@/lib/editor/impact";
import { formatPercent } from "./format";
import { tableClass, tdClass, thClass } from "./styles";

function signed(edge: string): string {
  const n = Number(edge);
  return n > 0 ? `+${edge}` : n < 0 ? `−${edge.slice(1)}` : edge;
}

/** "от −10 до −5 %", "меньше −20 %", "+20 % и больше". */
export function binLabel(bin: ImpactBin): string {
  if (bin.fromPercent === null) return `меньше ${signed(bin.toPercent!)} %`;
  if (bin.toPercent === null) return `${signed(bin.fromPercent)} % и больше`;
  return `от ${signed(bin.fromPercent)} до ${signed(bin.toPercent)} %`;
}

/** The figures an admin reads before publishing. */
export function ImpactSummary({ report }: { report: ImpactReport }) {
  const items: [string, string][] = [
    ["Запросов в портфеле", String(report.requests)],
    ["Посчитаны обеими редакциями", String(report.count)],
    ["Среднее изменение премии", formatPercent(report.meanChangePercent)],
    ["Медианное изменение", formatPercent(report.medianChangePercent)],
    ["Изменение суммы премий", formatPercent(report.totalChangePercent)],
    ["Новые отказы", String(report.newlyDeclined)],
    ["Новые предложения (был отказ)", String(report.newlyQuoted)],
  ];
  return (
    <dl className="grid grid-cols-2 gap-x-6 gap-y-2 text-sm sm:grid-cols-4">
      {items.map(([term, value]) => (
        <div key={term}>
          <dt className="text-slate-600">{term}</dt>
          <dd className={`text-lg font-semibold ${term === "Новые отказы" && report.newlyDeclined > 0 ? "text-red-800" : "text-slate-900"}`}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

const W = 640;
const H = 240;
const PAD = { left: 40, right: 8, top: 16, bottom: 56 };

/** The distribution of premium changes: an SVG bar chart (described for screen readers) and the same figures as a table. */
export function ImpactHistogram({ bins }: { bins: readonly ImpactBin[] }) {
  const max = Math.max(1, ...bins.map((b) => b.count));
  const total = bins.reduce((s, b) => s + b.count, 0);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / bins.length;
  const describe = bins.map((b) => `${binLabel(b)}: ${b.count}`).join("; ");
  return (
    <figure className="space-y-3">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="impact-chart-title impact-chart-desc" className="h-auto w-full max-w-3xl">
        <title id="impact-chart-title">Распределение изменения премии по запросам портфеля</title>
        <desc id="impact-chart-desc">{`Всего ${total} запросов. ${describe}.`}</desc>
        <line x1={PAD.left} x2={W - PAD.right} y1={PAD.top + plotH} y2={PAD.top + plotH} className="stroke-slate-400" />
        <text x={PAD.left - 6} y={PAD.top + 4} textAnchor="end" className="fill-slate-500 text-[10px]">
          {max}
        </text>
        <text x={PAD.left - 6} y={PAD.top + plotH} textAnchor="end" className="fill-slate-500 text-[10px]">
          0
        </text>
        {bins.map((b, i) => {
          const h = (b.count / max) * plotH;
          const x = PAD.left + i * slot + slot * 0.12;
          const neutral = b.fromPercent !== null && b.toPercent !== null && Number(b.fromPercent) < 0 && Number(b.toPercent) > 0;
          const up = b.fromPercent !== null && Number(b.fromPercent) >= 0 && !neutral;
          return (
            <g key={i}>
              <rect x={x} y={PAD.top + plotH - h} width={slot * 0.76} height={h} className={neutral ? "fill-slate-400" : up ? "fill-red-600" : "fill-emerald-600"}>
                <title>{`${binLabel(b)}: ${b.count}`}</title>
              </rect>
              <text x={x + slot * 0.38} y={PAD.top + plotH - h - 3} textAnchor="middle" className="fill-slate-800 text-[10px]">
                {b.count}
              </text>
              <text x={x + slot * 0.38} y={PAD.top + plotH + 14} textAnchor="middle" className="fill-slate-600 text-[9px]">
                {b.fromPercent === null ? `< ${signed(b.toPercent!)}` : b.toPercent === null ? `≥ ${signed(b.fromPercent)}` : `${signed(b.fromPercent)}…${signed(b.toPercent)}`}
              </text>
            </g>
          );
        })}
        <text x={PAD.left + plotW / 2} y={H - 8} textAnchor="middle" className="fill-slate-600 text-[11px]">
          изменение премии, % (зелёный — дешевле, красный — дороже)
        </text>
      </svg>
      <figcaption className="sr-only">Те же данные — в таблице ниже.</figcaption>
      <table className={`${tableClass} max-w-md`}>
        <caption className="text-left text-sm font-semibold">Распределение изменения премии</caption>
        <thead>
          <tr>
            <th scope="col" className={thClass}>Изменение премии</th>
            <th scope="col" className={`${thClass} text-right`}>Запросов</th>
          </tr>
        </thead>
        <tbody>
          {bins.map((b, i) => (
            <tr key={i}>
              <th scope="row" className={`${tdClass} font-normal`}>{binLabel(b)}</th>
              <td className={`${tdClass} text-right tabular-nums`}>{b.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
