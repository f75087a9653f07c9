"use client";
import type { RateBookChange } from "@/lib/editor/diff-rate-books";
import { buttonClass, primaryButtonClass } from "./cells";

const AREA: Record<string, string> = { base: "Базовые тарифы", factor: "Коэффициенты", eligibility: "Условия приёма", discounts: "Скидки", general: "Общие сведения" };
const SHOWN = 50;
const FIELD: Record<string, string> = {
  value: "значение",
  note: "примечание",
  default: "значение по умолчанию",
  row: "ряд",
  table: "таблица",
  discount: "скидка",
  declineRule: "правило отказа",
  when: "условия",
  position: "позиция",
  "label.ru": "название (рус.)",
  "label.en": "название (англ.)",
  appliesTo: "применяется к",
  operation: "действие",
  keys: "ключи",
  percent: "скидка, %",
};

interface Props {
  updatedBy: string;
  theirRevision: number;
  /** Differences from the saved version (before) to the editor's (after). */
  changes: readonly RateBookChange[];
  tableLabel: (tableId: string) => string;
  onLoadTheirs: () => void;
  onOverwrite: () => void;
  overwriteDisabledReason: string | null;
}

function place(c: RateBookChange, tableLabel: (id: string) => string): string {
  const parts: string[] = [];
  if (c.area === "factor" && c.tableId) parts.push(`Таблица «${tableLabel(c.tableId)}»`);
  else if (c.area === "base") parts.push(`${AREA.base}${c.component ? (c.component === "damage" ? " (ущерб)" : " (угон)") : ""}`);
  else parts.push(AREA[c.area] ?? c.area);
  if (c.rowKey) parts.push(c.rowKey);
  parts.push(FIELD[c.field] ?? c.field);
  return parts.join(", ");
}

/** Another editor saved first: what differs, and the two ways on (never a silent overwrite). */
export function ConflictPanel({ updatedBy, theirRevision, changes, tableLabel, onLoadTheirs, onOverwrite, overwriteDisabledReason }: Props) {
  return (
    <section aria-labelledby="rb-conflict-heading" className="space-y-3 rounded-xl border-2 border-amber-500 bg-amber-50 p-4">
      <h2 id="rb-conflict-heading" tabIndex={-1} className="text-base font-semibold text-amber-950">
        Другой редактор сохранил изменения
      </h2>
      <p className="text-sm text-amber-950">
        Другой редактор ({updatedBy}) сохранил изменения, пока вы редактировали (ревизия {theirRevision}). Ваши правки не сохранены, но и не потеряны. Выберите, чья версия останется.
      </p>
      {changes.length === 0 ? (
        <p className="text-sm">Сохранённая версия совпадает с вашей.</p>
      ) : (
        <div role="region" aria-label="Отличия вашей версии от сохранённой" tabIndex={0} className="max-h-72 overflow-y-auto rounded-md border border-amber-200 bg-white">
          <table className="min-w-full text-sm">
            <caption className="sr-only">Отличия вашей версии от сохранённой</caption>
            <thead className="bg-amber-100 text-left text-xs">
              <tr>
                <th scope="col" className="px-2 py-1">
                  Где
                </th>
                <th scope="col" className="px-2 py-1">
                  Сохранено сейчас
                </th>
                <th scope="col" className="px-2 py-1">
                  У вас
                </th>
              </tr>
            </thead>
            <tbody>
              {changes.slice(0, SHOWN).map((c, i) => (
                <tr key={`${c.path}#${i}`} className="border-t border-amber-100 align-top">
                  <td className="px-2 py-1">{place(c, tableLabel)}</td>
                  <td className="px-2 py-1">{c.kind === "added" ? "нет" : (c.before ?? "—")}</td>
                  <td className="px-2 py-1">{c.kind === "removed" ? "нет" : (c.after ?? "—")}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {changes.length > SHOWN ? <p className="px-2 py-1 text-xs">…и ещё {changes.length - SHOWN}</p> : null}
        </div>
      )}
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className={buttonClass} onClick={onLoadTheirs}>
          Загрузить их версию
        </button>
        <button type="button" className={primaryButtonClass} onClick={onOverwrite} disabled={overwriteDisabledReason !== null} aria-describedby={overwriteDisabledReason ? "rb-overwrite-reason" : undefined}>
          Оставить мою и сохранить поверх
        </button>
        {overwriteDisabledReason ? (
          <span id="rb-overwrite-reason" className="text-sm text-amber-950">
            {overwriteDisabledReason}
          </span>
        ) : null}
      </div>
      <p className="text-xs text-amber-900">«Загрузить их версию» заменит ваши правки сохранённой версией. «Оставить мою» сохранит вашу версию поверх их изменений.</p>
    </section>
  );
}
