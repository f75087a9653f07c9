"use client";
import { formatCondition, parseCondition } from "@/lib/editor/condition-text";
import { Cell, buttonClass, iconButtonClass, ActionsHeader, RowNumber } from "./cells";
import { useEditor } from "./context";
import { emptyRow, move, type RowForm } from "./form-model";
import { domId } from "./issues";
import { variableLabel, variableLegend } from "./labels";

export type SetRows = (update: (rows: RowForm[]) => RowForm[]) => void;

/** A condition cell's text in the form the editor writes it ("18-22" → "18–22"), when it parses. */
export function tidyCondition(text: string, variable: string): string {
  const parsed = parseCondition(text, variable);
  return parsed.ok ? formatCondition(parsed.condition) : text;
}

interface RowsGridProps {
  /** "Таблица «Возраст автомобиля (Кв)»": the start of every cell's label. */
  title: string;
  /** The grid's own path (DOM ids of its buttons derive from it). */
  gridPath: string;
  keys: readonly string[];
  rows: readonly RowForm[];
  setRows: SetRows;
  cellPath: (row: number, key: string) => string;
  rowPath: (row: number, field: "value" | "note") => string;
  valueHeader: string;
  valueSuffix?: string;
  /** The value a new row starts with. */
  newValue?: string;
}

/**
 * Rows of conditions → value, in order (the first matching row wins): one column per key
 * (a condition as text), the value, a note; rows can be inserted, removed and moved.
 */
export function RowsGrid({ title, gridPath, keys, rows, setRows, cellPath, rowPath, valueHeader, valueSuffix, newValue = "" }: RowsGridProps) {
  const { readOnly, requestFocus } = useEditor();
  const gridId = domId(gridPath);
  const actionId = (r: number, action: string) => `${gridId}-row${r}-${action}`;
  const firstCell = (r: number) => domId(keys.length > 0 ? cellPath(r, keys[0]!) : rowPath(r, "value"));

  const insertAt = (index: number) => {
    setRows((list) => [...list.slice(0, index), emptyRow(keys, newValue), ...list.slice(index)]);
    requestFocus(firstCell(index));
  };
  const remove = (r: number) => {
    setRows((list) => list.filter((_, i) => i !== r));
    requestFocus(rows.length > 1 ? actionId(Math.min(r, rows.length - 2), "remove") : `${gridId}-add`);
  };
  const shift = (r: number, delta: number) => {
    setRows((list) => move(list, r, delta));
    const to = r + delta;
    const edge = to === 0 || to === rows.length - 1;
    requestFocus(actionId(to, edge ? (delta < 0 ? "down" : "up") : delta < 0 ? "up" : "down"));
  };
  const edit = (uid: string, patch: (row: RowForm) => RowForm) => setRows((list) => list.map((row) => (row.uid === uid ? patch(row) : row)));

  return (
    <div className="space-y-2">
      <div role="region" aria-label={`${title}: ряды`} tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-200">
        <table className="min-w-full border-collapse text-sm">
          <caption className="sr-only">{title}</caption>
          <thead className="bg-brand-50 text-left align-bottom text-xs text-slate-700">
            <tr>
              <th scope="col" className="px-2 py-1.5 font-semibold">
                №
              </th>
              {keys.map((k) => (
                <th key={k} scope="col" className="px-2 py-1.5 font-semibold">
                  {variableLabel(k)}
                  <code className="block font-normal text-slate-700">{k}</code>
                </th>
              ))}
              <th scope="col" className="px-2 py-1.5 font-semibold">
                {valueHeader}
              </th>
              <th scope="col" className="px-2 py-1.5 font-semibold">
                Примечание
              </th>
              <ActionsHeader readOnly={readOnly} />
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => (
              <tr key={row.uid} className="border-t border-slate-100 align-top">
                <RowNumber n={r + 1} />
                {keys.map((k) => (
                  <td key={k} className="px-1.5 py-1">
                    <Cell
                      path={cellPath(r, k)}
                      label={`${title}, ряд ${r + 1}, ${k}`}
                      value={row.cells[k] ?? ""}
                      normalize={(t) => tidyCondition(t, k)}
                      onChange={(v) => edit(row.uid, (x) => ({ ...x, cells: { ...x.cells, [k]: v }, touched: { ...x.touched, [k]: true } }))}
                    />
                  </td>
                ))}
                <td className="px-1.5 py-1">
                  <Cell
                    path={rowPath(r, "value")}
                    label={`${title}, ряд ${r + 1}, ${valueSuffix ? `${valueHeader.toLowerCase()}` : "значение"}`}
                    value={row.value}
                    suffix={valueSuffix}
                    inputMode="decimal"
                    width="w-24"
                    onChange={(v) => edit(row.uid, (x) => ({ ...x, value: v, touched: { ...x.touched, value: true } }))}
                  />
                </td>
                <td className="px-1.5 py-1">
                  <Cell path={rowPath(r, "note")} label={`${title}, ряд ${r + 1}, примечание`} value={row.note} width="w-full min-w-[8rem]" onChange={(v) => edit(row.uid, (x) => ({ ...x, note: v }))} />
                </td>
                {readOnly ? null : (
                  <td className="whitespace-nowrap px-1.5 py-1">
                    <div className="flex gap-1">
                      <button type="button" id={actionId(r, "insert")} className={iconButtonClass} aria-label={`Вставить ряд после ряда ${r + 1}`} title="Вставить ряд ниже" onClick={() => insertAt(r + 1)}>
                        +
                      </button>
                      <button type="button" id={actionId(r, "up")} className={iconButtonClass} aria-label={`Поднять ряд ${r + 1}`} title="Поднять" disabled={r === 0} onClick={() => shift(r, -1)}>
                        ↑
                      </button>
                      <button type="button" id={actionId(r, "down")} className={iconButtonClass} aria-label={`Опустить ряд ${r + 1}`} title="Опустить" disabled={r === rows.length - 1} onClick={() => shift(r, 1)}>
                        ↓
                      </button>
                      <button type="button" id={actionId(r, "remove")} className={iconButtonClass} aria-label={`Удалить ряд ${r + 1}`} title="Удалить ряд" onClick={() => remove(r)}>
                        ✕
                      </button>
                    </div>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {keys.length > 0 ? (
        <ul className="space-y-0.5 text-xs text-slate-500">
          {keys.map((k) => (
            <li key={k}>
              <code>{k}</code>: {variableLegend(k)}
            </li>
          ))}
          <li>Ряды проверяются сверху вниз, срабатывает первый подходящий; пустая ячейка — любое значение.</li>
        </ul>
      ) : null}
      {readOnly ? null : (
        <button type="button" id={`${gridId}-add`} className={buttonClass} onClick={() => insertAt(rows.length)}>
          Добавить ряд
        </button>
      )}
    </div>
  );
}
