"use client";
import { useState } from "react";
import { buttonClass, primaryButtonClass } from "./cells";
import { newTable, type TableForm } from "./form-model";
import { ALL_VARIABLES, variableLabel } from "./labels";

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** "Add a table": id, names, operation and key variables; the table starts with one empty row. */
export function NewTableForm({ existingIds, onCreate, onCancel, idPrefix = "new-table", title = "Новая таблица коэффициентов" }: { existingIds: readonly string[]; onCreate: (t: TableForm) => void; onCancel: () => void; idPrefix?: string; title?: string }) {
  const [id, setId] = useState("");
  const [labelRu, setLabelRu] = useState("");
  const [labelEn, setLabelEn] = useState("");
  const [operation, setOperation] = useState<"multiply" | "add">("multiply");
  const [keys, setKeys] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = () => {
    const e: Record<string, string> = {};
    if (!SLUG.test(id)) e.id = "Только строчные латинские буквы, цифры и дефисы, например driver-sex";
    else if (existingIds.includes(id)) e.id = `Таблица с id «${id}» уже есть`;
    if (labelRu.trim() === "") e.labelRu = "Укажите название";
    if (labelEn.trim() === "") e.labelEn = "Укажите название на английском (для английской версии сайта)";
    if (keys.length === 0) e.keys = "Выберите хотя бы одну переменную";
    if (keys.some((k) => k.startsWith("driver.")) && operation !== "multiply") e.keys = "Таблицы по данным водителя могут только умножать";
    setErrors(e);
    if (Object.keys(e).length > 0) return;
    onCreate(newTable({ id, labelRu: labelRu.trim(), labelEn: labelEn.trim(), operation, keys }));
  };

  const field = (name: string, label: string, value: string, set: (v: string) => void) => (
    <div className="space-y-1">
      <label htmlFor={`${idPrefix}-${name}`} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={`${idPrefix}-${name}`}
        value={value}
        onChange={(ev) => set(ev.target.value)}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `${idPrefix}-${name}-error` : undefined}
        className="block w-full rounded-md border border-slate-300 px-2 py-1 text-sm aria-[invalid=true]:border-red-600"
      />
      {errors[name] ? (
        <p id={`${idPrefix}-${name}-error`} className="text-xs font-medium text-red-700">
          {errors[name]}
        </p>
      ) : null}
    </div>
  );

  return (
    <fieldset className="space-y-3 rounded-xl border border-brand-100 bg-brand-50 p-4">
      <legend className="px-1 font-semibold text-brand-900">{title}</legend>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {field("id", "Идентификатор (id)", id, setId)}
        {field("labelRu", "Название (рус.)", labelRu, setLabelRu)}
        {field("labelEn", "Название (англ.)", labelEn, setLabelEn)}
        <div className="space-y-1">
          <label htmlFor={`${idPrefix}-operation`} className="block text-sm font-medium text-slate-800">
            Действие
          </label>
          <select id={`${idPrefix}-operation`} value={operation} onChange={(ev) => setOperation(ev.target.value as "multiply" | "add")} className="block w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm">
            <option value="multiply">Умножает (коэффициент)</option>
            <option value="add">Прибавляет (надбавка, доля страховой суммы)</option>
          </select>
        </div>
      </div>
      <fieldset aria-describedby={errors.keys ? `${idPrefix}-keys-error` : undefined}>
        <legend className="text-sm font-medium text-slate-800">Ключи (переменные, по которым выбирается ряд)</legend>
        <div className="mt-1 grid gap-x-4 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
          {ALL_VARIABLES.map((v) => (
            <label key={v} className="flex items-start gap-1.5 text-sm text-slate-800">
              <input type="checkbox" className="mt-0.5 size-4 accent-brand-600" checked={keys.includes(v)} onChange={(ev) => setKeys((k) => (ev.target.checked ? [...k, v] : k.filter((x) => x !== v)))} />
              <span>
                {variableLabel(v)} <code className="text-xs text-slate-700">{v}</code>
              </span>
            </label>
          ))}
        </div>
        {errors.keys ? (
          <p id={`${idPrefix}-keys-error`} className="text-xs font-medium text-red-700">
            {errors.keys}
          </p>
        ) : null}
      </fieldset>
      <div className="flex gap-2">
        <button type="button" className={primaryButtonClass} onClick={submit}>
          Создать таблицу
        </button>
        <button type="button" className={buttonClass} onClick={onCancel}>
          Отмена
        </button>
      </div>
    </fieldset>
  );
}
