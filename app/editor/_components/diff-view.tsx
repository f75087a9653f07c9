import type { RateBookArea, RateBookChange, RateBookChangeKind, RateBookDiffSummary } from "@/lib/editor/diff-rate-books";
import { h2Class, tableClass, tdClass, thClass } from "./styles";

export const AREA_LABEL: Record<RateBookArea, string> = {
  general: "Общее",
  base: "Базовые тарифы",
  factor: "Коэффициенты",
  eligibility: "Условия приёма",
  discounts: "Скидки",
};
const AREA_ORDER: RateBookArea[] = ["general", "base", "factor", "eligibility", "discounts"];

const KIND_LABEL: Record<RateBookChangeKind, string> = { added: "добавлено", removed: "удалено", changed: "изменено" };
const KIND_STYLE: Record<RateBookChangeKind, string> = {
  added: "border-emerald-400 bg-emerald-50 text-emerald-900",
  removed: "border-red-300 bg-red-50 text-red-900",
  changed: "border-amber-400 bg-amber-50 text-amber-900",
};

/** A long group is cut here (comparing two different insurers can give thousands of lines). */
const MAX_ROWS = 400;

function groupTitle(area: RateBookArea, c: RateBookChange, tableLabels: ReadonlyMap<string, string>): string {
  if (area === "factor" && c.tableId) return `Таблица «${tableLabels.get(c.tableId) ?? c.tableId}» (${c.tableId})`;
  if (area === "base" && c.component) return c.component === "damage" ? "Ущерб" : "Угон";
  return AREA_LABEL[area];
}

/** Counts: in all, and by kind and area. */
export function DiffSummary({ summary }: { summary: RateBookDiffSummary }) {
  if (summary.total === 0) return <p className="text-sm font-medium text-slate-700">Различий нет.</p>;
  return (
    <div className="text-sm">
      <p className="font-semibold">
        Изменений: {summary.total} — добавлено {summary.byKind.added}, удалено {summary.byKind.removed}, изменено {summary.byKind.changed}.
      </p>
      <ul className="mt-1 flex flex-wrap gap-x-4 text-slate-700">
        {AREA_ORDER.filter((a) => summary.byArea[a] > 0).map((a) => (
          <li key={a}>
            {AREA_LABEL[a]}: {summary.byArea[a]}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The changes, cell by cell, grouped by area and table: before → after. */
export function DiffView({ changes, tableLabels }: { changes: readonly RateBookChange[]; tableLabels: ReadonlyMap<string, string> }) {
  const groups = new Map<string, { title: string; area: RateBookArea; changes: RateBookChange[] }>();
  for (const area of AREA_ORDER) {
    for (const c of changes) {
      if (c.area !== area) continue;
      const key = `${area}:${c.tableId ?? c.component ?? ""}`;
      const group = groups.get(key) ?? { title: groupTitle(area, c, tableLabels), area, changes: [] };
      group.changes.push(c);
      groups.set(key, group);
    }
  }
  return (
    <div className="space-y-6">
      {[...groups.entries()].map(([key, group]) => (
        <section key={key} aria-label={group.title} className="space-y-2">
          <h2 className={h2Class}>
            {group.area === "factor" || group.area === "base" ? <span className="text-sm font-normal text-slate-500">{AREA_LABEL[group.area]} · </span> : null}
            {group.title} <span className="text-sm font-normal text-slate-500">— {group.changes.length}</span>
          </h2>
          <div className="overflow-x-auto">
            <table className={tableClass}>
              <thead>
                <tr>
                  <th scope="col" className={thClass}>Что</th>
                  <th scope="col" className={thClass}>Строка</th>
                  <th scope="col" className={thClass}>Поле</th>
                  <th scope="col" className={thClass}>Было</th>
                  <th scope="col" className={thClass}>Стало</th>
                </tr>
              </thead>
              <tbody>
                {group.changes.slice(0, MAX_ROWS).map((c, i) => (
                  <tr key={i}>
                    <td className={tdClass}>
                      <span className={`inline-block rounded border px-1.5 py-0.5 text-xs font-semibold ${KIND_STYLE[c.kind]}`}>{KIND_LABEL[c.kind]}</span>
                    </td>
                    <td className={`${tdClass} max-w-sm`}>{c.rowKey ?? "—"}</td>
                    <td className={tdClass}>
                      <code className="font-mono text-xs" title={c.path}>
                        {c.field}
                      </code>
                    </td>
                    <td className={`${tdClass} max-w-xs break-words font-mono text-xs text-red-900`}>{c.before ?? "—"}</td>
                    <td className={`${tdClass} max-w-xs break-words font-mono text-xs text-emerald-900`}>
                      <span className="sr-only">→ </span>
                      {c.after ?? "—"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {group.changes.length > MAX_ROWS ? <p className="text-sm text-slate-600">Показаны первые {MAX_ROWS} из {group.changes.length}.</p> : null}
        </section>
      ))}
    </div>
  );
}

/** Factor-table labels (ru) of one or more rate-book bodies, by table id. */
export function tableLabelsOf(...bodies: unknown[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const body of bodies) {
    const factors = (body as { factors?: unknown } | null)?.factors;
    if (!Array.isArray(factors)) continue;
    for (const t of factors as { id?: unknown; label?: { ru?: unknown } }[]) {
      if (typeof t.id === "string" && typeof t.label?.ru === "string" && !labels.has(t.id)) labels.set(t.id, t.label.ru);
    }
  }
  return labels;
}
