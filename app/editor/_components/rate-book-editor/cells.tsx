"use client";
import type { ReactNode } from "react";
import { useCellIssues, useEditor } from "./context";
import type { EditorIssue } from "./form-model";
import { domId } from "./issues";

export const buttonClass =
  "inline-flex items-center justify-center rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm font-medium text-slate-800 shadow-sm hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-40";
export const primaryButtonClass =
  "inline-flex items-center justify-center rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700 disabled:cursor-not-allowed disabled:bg-slate-400";
export const iconButtonClass =
  "inline-flex size-7 items-center justify-center rounded border border-slate-300 bg-white text-sm text-slate-700 hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-30";

const inputBase =
  "rounded-md border border-slate-300 bg-white px-2 py-1 text-sm shadow-sm aria-[invalid=true]:border-red-600 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-600";
const warningRing = "border-amber-500 ring-1 ring-amber-500";

/** The messages under a cell, referenced by the cell's aria-describedby. */
export function CellMessages({ id, issues }: { id: string; issues: readonly EditorIssue[] }) {
  const { acked } = useEditor();
  if (issues.length === 0) return null;
  return (
    <ul id={id} className="mt-1 max-w-xs space-y-0.5 text-xs">
      {issues.map((i) => (
        <li key={i.key} className={i.severity === "error" ? "font-medium text-red-700" : acked.has(i.key) ? "text-slate-500" : "font-medium text-amber-800"}>
          {i.severity === "error" ? "Ошибка: " : acked.has(i.key) ? "Предупреждение (учтено): " : "Предупреждение: "}
          {i.message}
        </li>
      ))}
    </ul>
  );
}

interface CellProps {
  /** The cell's path: its DOM id and the issues it shows. */
  path: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Shown after the input, e.g. "%". */
  suffix?: string;
  /** A visible label above the input (forms); grids use a visually hidden one. */
  visibleLabel?: boolean;
  hint?: ReactNode;
  width?: string;
  inputMode?: "decimal" | "numeric" | "text";
  type?: "text" | "date";
  placeholder?: string;
  multiline?: boolean;
  /** The text as it should read once the editor leaves the cell ("18-22" → "18–22"); unchanged text is left alone. */
  normalize?: (text: string) => string;
}

/** One editable value with its label, inline issues and ARIA wiring; plain text when the editor is read-only. */
export function Cell({ path, label, value, onChange, suffix, visibleLabel = false, hint, width = "w-full min-w-[7rem]", inputMode, type = "text", placeholder, multiline = false, normalize }: CellProps) {
  const { readOnly } = useEditor();
  const { issues, hasError, hasWarning } = useCellIssues(path);
  const id = domId(path);
  const msgId = `${id}-msg`;
  const hintId = `${id}-hint`;
  if (readOnly) {
    const shown = value === "" ? "—" : suffix ? `${value} ${suffix}` : value;
    return visibleLabel ? (
      <div className="space-y-0.5">
        <div className="text-sm font-medium text-slate-800">{label}</div>
        <div className="whitespace-pre-wrap text-sm text-slate-900">{shown}</div>
      </div>
    ) : (
      <span className="whitespace-nowrap">{shown}</span>
    );
  }
  const describedBy = [issues.length > 0 ? msgId : "", hint ? hintId : ""].filter(Boolean).join(" ") || undefined;
  const className = `${inputBase} ${width} ${hasWarning && !hasError ? warningRing : ""}`;
  // In grids the label is not shown: the column header and row number say it to the eye, the
  // aria-label ("Таблица «…», ряд 3, vehicle.ageYears") to a screen reader.
  const hiddenLabel = visibleLabel ? undefined : label;
  const onBlur = normalize
    ? () => {
        const tidy = normalize(value);
        if (tidy !== value) onChange(tidy);
      }
    : undefined;
  const control = multiline ? (
    <textarea
      id={id}
      value={value}
      rows={2}
      onChange={(e) => onChange(e.target.value)}
      aria-label={hiddenLabel}
      aria-invalid={hasError || undefined}
      aria-describedby={describedBy}
      className={className}
      placeholder={placeholder}
    />
  ) : (
    <input
      id={id}
      type={type}
      value={value}
      inputMode={inputMode}
      autoComplete="off"
      spellCheck={false}
      onChange={(e) => onChange(e.target.value)}
      onBlur={onBlur}
      aria-label={hiddenLabel}
      aria-invalid={hasError || undefined}
      aria-describedby={describedBy}
      className={className}
      placeholder={placeholder}
    />
  );
  return (
    <div className={visibleLabel ? "space-y-1" : undefined}>
      {visibleLabel ? (
        <label htmlFor={id} className="block text-sm font-medium text-slate-800">
          {label}
        </label>
      ) : null}
      <div className="flex items-center gap-1">
        {control}
        {suffix ? (
          <span aria-hidden="true" className="text-sm text-slate-500">
            {suffix}
          </span>
        ) : null}
      </div>
      {hint ? (
        <p id={hintId} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      <CellMessages id={msgId} issues={issues} />
    </div>
  );
}

/** A group of checkboxes for an option list (e.g. the repair options offered); a list of names when read-only. */
export function CheckboxGroup<T extends string | number>({
  path,
  legend,
  options,
  selected,
  onChange,
}: {
  path: string;
  legend: string;
  options: readonly { value: T; label: string }[];
  selected: readonly T[] | undefined;
  onChange: (next: T[]) => void;
}) {
  const { readOnly } = useEditor();
  const { issues, hasError } = useCellIssues(path);
  const id = domId(path);
  const chosen = selected ?? [];
  if (readOnly) {
    return (
      <div className="space-y-0.5">
        <div className="text-sm font-medium text-slate-800">{legend}</div>
        <div className="text-sm text-slate-900">{options.filter((o) => chosen.includes(o.value)).map((o) => o.label).join(", ") || "—"}</div>
      </div>
    );
  }
  const toggle = (value: T, on: boolean) => {
    const next = on ? [...chosen, value] : chosen.filter((v) => v !== value);
    onChange(options.map((o) => o.value).filter((v) => next.includes(v)));
  };
  return (
    <fieldset id={id} tabIndex={-1} aria-invalid={hasError || undefined} aria-describedby={issues.length > 0 ? `${id}-msg` : undefined} className="space-y-1 rounded-md">
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {options.map((o) => (
          <label key={String(o.value)} className="flex items-center gap-1.5 text-sm text-slate-800">
            <input type="checkbox" checked={chosen.includes(o.value)} onChange={(e) => toggle(o.value, e.target.checked)} className="size-4 accent-brand-600" />
            {o.label}
          </label>
        ))}
      </div>
      <CellMessages id={`${id}-msg`} issues={issues} />
    </fieldset>
  );
}

/** A section heading that can take focus (the summary links to it) and shows the issues no single cell shows. */
export function SectionHeading({ path, id, children, level = 2 }: { path: string; id: string; children: ReactNode; level?: 2 | 3 }) {
  const { issues } = useCellIssues(path);
  const Tag = level === 2 ? "h2" : "h3";
  return (
    <>
      <Tag id={id} className={level === 2 ? "text-lg font-semibold text-brand-900" : "text-base font-semibold text-brand-900"}>
        <span id={domId(path)} tabIndex={-1} className="rounded">
          {children}
        </span>
      </Tag>
      <CellMessages id={`${domId(path)}-msg`} issues={issues} />
    </>
  );
}

/** The header of a grid's last column (row actions), absent in read-only grids. */
export function ActionsHeader({ readOnly }: { readOnly: boolean }) {
  if (readOnly) return null;
  return (
    <th scope="col" className="px-2 py-1.5">
      <span className="sr-only">Действия с рядом</span>
    </th>
  );
}

/** A grid row's number, as the editor sees it (1-based). */
export function RowNumber({ n }: { n: number }) {
  return (
    <th scope="row" className="px-2 py-1.5 text-right font-normal text-slate-500">
      {n}
    </th>
  );
}
