"use client";
import { memo, useState } from "react";
import { Cell, CellMessages, CheckboxGroup, buttonClass } from "./cells";
import { useCellIssues, useEditor } from "./context";
import { type RowForm, type TableForm } from "./form-model";
import type { TablePaths } from "./form-model/paths";
import { domId } from "./issues";
import { ALL_VARIABLES, variableLabel } from "./labels";
import { RowsGrid } from "./rows-grid";

const APPLIES = [
  { value: "damage", label: "Ущерб" },
  { value: "theft", label: "Угон" },
] as const;

interface Props {
  table: TableForm;
  index: number;
  /** Where the table is: a shared table (factors.3) or a programme's own (programmes.1.factors.0). */
  at: TablePaths;
  /** Before "Таблица «…»" in the cells' labels, e.g. "Программа budget: ". */
  titlePrefix?: string;
  open: boolean;
  /** Errors and unacknowledged warnings in this table (shown on the collapsed header). */
  errors: number;
  warnings: number;
  onToggle: (uid: string) => void;
  update: (uid: string, fn: (t: TableForm) => TableForm) => void;
  remove: (uid: string) => void;
}

function plural(n: number, one: string, few: string, many: string) {
  const m10 = n % 10;
  const m100 = n % 100;
  if (m10 === 1 && m100 !== 11) return `${n} ${one}`;
  if (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) return `${n} ${few}`;
  return `${n} ${many}`;
}

export const countWords = {
  rows: (n: number) => plural(n, "ряд", "ряда", "рядов"),
  errors: (n: number) => plural(n, "ошибка", "ошибки", "ошибок"),
  warnings: (n: number) => plural(n, "предупреждение", "предупреждения", "предупреждений"),
};

/** One factor table: a collapsible section with its settings and its grid. */
export const FactorTableSection = memo(function FactorTableSection({ table, index, at, titlePrefix = "", open, errors, warnings, onToggle, update, remove }: Props) {
  const { readOnly } = useEditor();
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [newKey, setNewKey] = useState("");
  const keysIssues = useCellIssues(at.table("keys"));
  const headingId = `${domId(at.table())}-heading`;
  const bodyId = `${domId(at.table())}-body`;
  const title = `${titlePrefix}Таблица «${table.labelRu.trim() || table.id || `№ ${index + 1}`}»`;
  const set = (patch: Partial<TableForm>) => update(table.uid, (t) => ({ ...t, ...patch }));
  const setRows = (fn: (rows: RowForm[]) => RowForm[]) => update(table.uid, (t) => ({ ...t, rows: fn(t.rows) }));
  const addKey = () => {
    if (newKey === "" || table.keys.includes(newKey)) return;
    update(table.uid, (t) => ({ ...t, keys: [...t.keys, newKey], rows: t.rows.map((r) => ({ ...r, cells: { ...r.cells, [newKey]: "" } })) }));
    setNewKey("");
  };
  const removeKey = (key: string) =>
    update(table.uid, (t) => ({
      ...t,
      keys: t.keys.filter((k) => k !== key),
      rows: t.rows.map((r) => {
        const cells = { ...r.cells };
        const origWhen = { ...r.origWhen };
        delete cells[key];
        delete origWhen[key];
        return { ...r, cells, origWhen };
      }),
    }));

  return (
    <section aria-labelledby={headingId} className="rounded-xl border border-slate-200 bg-white shadow-sm">
      <h3 id={headingId} className="text-base">
        <button
          type="button"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => onToggle(table.uid)}
          className="flex w-full flex-wrap items-center gap-x-3 gap-y-1 rounded-xl px-4 py-3 text-left hover:bg-brand-50"
        >
          <span aria-hidden="true" className="text-brand-700">
            {open ? "▾" : "▸"}
          </span>
          <span className="font-semibold text-brand-900">{table.labelRu.trim() || "(без названия)"}</span>
          <code className="text-xs text-slate-700">{table.id}</code>
          <span className="text-xs text-slate-600">
            {countWords.rows(table.rows.length)} · {table.operation === "add" ? "надбавка" : "коэффициент"} · {table.keys.join(" × ")}
          </span>
          {errors > 0 ? <span className="rounded bg-red-100 px-1.5 text-xs font-medium text-red-800">{countWords.errors(errors)}</span> : null}
          {warnings > 0 ? <span className="rounded bg-amber-100 px-1.5 text-xs font-medium text-amber-900">{countWords.warnings(warnings)}</span> : null}
        </button>
      </h3>
      {open ? (
        <div id={bodyId} className="space-y-4 border-t border-slate-100 px-4 py-4">
          <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            <Cell visibleLabel path={at.table("id")} label="Идентификатор (id)" value={table.id} onChange={(id) => set({ id })} />
            <Cell visibleLabel path={at.table("label", "ru")} label="Название (рус.)" value={table.labelRu} onChange={(labelRu) => set({ labelRu })} />
            <Cell visibleLabel path={at.table("label", "en")} label="Название (англ.)" value={table.labelEn} onChange={(labelEn) => set({ labelEn })} />
            <CheckboxGroup path={at.table("appliesTo")} legend="Применяется к" options={APPLIES} selected={table.appliesTo as ("damage" | "theft")[]} onChange={(appliesTo) => set({ appliesTo })} />
            <OperationField path={at.table("operation")} value={table.operation} onChange={(operation) => set({ operation })} />
            <Cell
              visibleLabel
              path={at.table("default")}
              label="Значение по умолчанию"
              hint="Если ни один ряд не подошёл; пусто — страховщик откажет"
              value={table.default}
              inputMode="decimal"
              onChange={(d) => set({ default: d })}
            />
          </div>
          {typeof table.orig.description === "object" && table.orig.description !== null && "ru" in table.orig.description ? (
            <p className="text-sm text-slate-600">{String((table.orig.description as { ru: unknown }).ru)}</p>
          ) : null}
          {readOnly ? null : (
            <div className="flex flex-wrap items-end gap-2">
              <span className="text-sm font-medium text-slate-800">Ключи:</span>
              {table.keys.map((k) => (
                <span key={k} className="inline-flex items-center gap-1 rounded bg-slate-100 px-2 py-0.5 text-xs">
                  <code>{k}</code>
                  <button type="button" className="rounded px-1 text-slate-600 hover:bg-slate-200" aria-label={`Убрать ключ ${k} (его условия во всех рядах удалятся)`} onClick={() => removeKey(k)}>
                    ✕
                  </button>
                </span>
              ))}
              <label htmlFor={domId(at.table("keys"))} className="sr-only">
                {`${title}: добавить ключ`}
              </label>
              <select
                id={domId(at.table("keys"))}
                value={newKey}
                onChange={(e) => setNewKey(e.target.value)}
                aria-invalid={keysIssues.hasError || undefined}
                aria-describedby={keysIssues.issues.length > 0 ? `${domId(at.table("keys"))}-msg` : undefined}
                className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
              >
                <option value="">Добавить ключ…</option>
                {ALL_VARIABLES.filter((v) => !table.keys.includes(v)).map((v) => (
                  <option key={v} value={v}>
                    {variableLabel(v)} ({v})
                  </option>
                ))}
              </select>
              <button type="button" className={buttonClass} onClick={addKey} disabled={newKey === ""}>
                Добавить столбец
              </button>
            </div>
          )}
          <RowsGrid
            title={title}
            gridPath={at.table()}
            keys={table.keys}
            rows={table.rows}
            setRows={setRows}
            cellPath={at.cell}
            rowPath={at.row}
            valueHeader={table.operation === "add" ? "Надбавка (доля суммы)" : "Коэффициент"}
            newValue={table.operation === "add" ? "0" : "1"}
          />
          {readOnly ? null : (
            <div className="flex flex-wrap items-center gap-2 border-t border-slate-100 pt-3">
              {confirmRemove ? (
                <>
                  <span className="text-sm text-red-800">Удалить таблицу «{table.labelRu || table.id}» со всеми рядами?</span>
                  <button type="button" className={`${buttonClass} border-red-300 text-red-800`} onClick={() => remove(table.uid)}>
                    Да, удалить таблицу
                  </button>
                  <button type="button" className={buttonClass} onClick={() => setConfirmRemove(false)}>
                    Отмена
                  </button>
                </>
              ) : (
                <button type="button" className={`${buttonClass} text-red-800`} onClick={() => setConfirmRemove(true)}>
                  Удалить таблицу
                </button>
              )}
            </div>
          )}
        </div>
      ) : null}
    </section>
  );
});

function OperationField({ path, value, onChange }: { path: string; value: string; onChange: (v: string) => void }) {
  const { readOnly } = useEditor();
  const { issues, hasError } = useCellIssues(path);
  const id = domId(path);
  const labels: Record<string, string> = { multiply: "Умножает (коэффициент)", add: "Прибавляет (надбавка, доля страховой суммы)" };
  if (readOnly) {
    return (
      <div className="space-y-0.5">
        <div className="text-sm font-medium text-slate-800">Действие</div>
        <div className="text-sm">{labels[value] ?? value}</div>
      </div>
    );
  }
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        Действие
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={hasError || undefined}
        aria-describedby={issues.length > 0 ? `${id}-msg` : undefined}
        className="block w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm aria-[invalid=true]:border-red-600"
      >
        {value in labels ? null : <option value={value}>{value || "—"}</option>}
        <option value="multiply">{labels.multiply}</option>
        <option value="add">{labels.add}</option>
      </select>
      <CellMessages id={`${id}-msg`} issues={issues} />
    </div>
  );
}
