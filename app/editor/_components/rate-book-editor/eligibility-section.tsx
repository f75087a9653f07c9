"use client";
import { memo } from "react";
import { formatCondition } from "@/lib/editor/condition-text";
import type { TCondition } from "@/lib/rating/rate-book-schema";
import { COVERAGES, FRANCHISE_TYPES, INSTALLMENTS, REPAIR_OPTIONS } from "@/lib/rating/options";
import { Cell, CheckboxGroup, SectionHeading } from "./cells";
import { useCellIssues, useEditor } from "./context";
import type { EligibilityForm, OptionList } from "./form-model";
import { SECTION_ANCHORS, domId } from "./issues";
import { FRANCHISE_TYPE_LABELS, VALUE_LABELS } from "./labels";

const INT_FIELDS = [
  ["maxVehicleAgeYears", "Наибольший возраст автомобиля, лет", undefined],
  ["minDriverAge", "Наименьший возраст водителя", undefined],
  ["maxDriverAge", "Наибольший возраст водителя", "Пусто — без ограничения"],
  ["minDriverExperienceYears", "Наименьший стаж, лет", undefined],
] as const;

const DECIMAL_FIELDS = [
  ["minPrice", "Наименьшая стоимость автомобиля, ₽"],
  ["maxPrice", "Наибольшая стоимость автомобиля, ₽"],
] as const;

const LISTS: { key: OptionList; legend: string; options: { value: string | number; label: string }[] }[] = [
  { key: "coverages", legend: "Риски", options: COVERAGES.map((v) => ({ value: v, label: VALUE_LABELS[v] ?? v })) },
  { key: "repairOptions", legend: "Варианты ремонта", options: REPAIR_OPTIONS.map((v) => ({ value: v, label: VALUE_LABELS[v] ?? v })) },
  { key: "franchiseTypes", legend: "Франшизы", options: FRANCHISE_TYPES.map((v) => ({ value: v, label: FRANCHISE_TYPE_LABELS[v] ?? v })) },
  { key: "installments", legend: "Оплата (число платежей)", options: INSTALLMENTS.map((v) => ({ value: v, label: v === 1 ? "единовременно" : `${v} платежа` })) },
];

/** Who the insurer accepts: limits, offered options, decline rules (shown, not edited here). */
export const EligibilitySection = memo(function EligibilitySection({ value, set, installmentCounts }: { value: EligibilityForm; set: (fn: (e: EligibilityForm) => EligibilityForm) => void; installmentCounts?: readonly number[] }) {
  const { readOnly } = useEditor();
  const unlimited = useCellIssues("eligibility.unlimitedDrivers");
  const declineWhen = Array.isArray(value.orig.declineWhen) ? value.orig.declineWhen : [];
  return (
    <section aria-labelledby="rb-section-eligibility" className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <SectionHeading path={SECTION_ANCHORS.eligibility} id="rb-section-eligibility">
        Условия приёма
      </SectionHeading>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {INT_FIELDS.map(([key, label, hint]) => (
          <Cell key={key} visibleLabel path={`eligibility.${key}`} label={label} hint={hint} inputMode="numeric" value={value.ints[key]} onChange={(v) => set((e) => ({ ...e, ints: { ...e.ints, [key]: v } }))} />
        ))}
        {DECIMAL_FIELDS.map(([key, label]) => (
          <Cell key={key} visibleLabel path={`eligibility.${key}`} label={label} hint="Пусто — без ограничения" inputMode="decimal" value={value.decimals[key]} onChange={(v) => set((e) => ({ ...e, decimals: { ...e.decimals, [key]: v } }))} />
        ))}
      </div>
      <Cell
        visibleLabel
        multiline
        path="eligibility.regionsServed"
        label="Регионы обслуживания"
        hint="Коды регионов через запятую; пусто — все регионы"
        value={value.regionsServed}
        onChange={(v) => set((e) => ({ ...e, regionsServed: v }))}
      />
      <div className="grid gap-4 md:grid-cols-2">
        {LISTS.map(({ key, legend, options }) => ({ key, legend, options: key === "installments" && installmentCounts ? installmentCounts.map((v) => ({ value: v, label: v === 1 ? "единовременно" : `${v}` })) : options })).map(({ key, legend, options }) => (
          <CheckboxGroup key={key} path={`eligibility.${key}`} legend={legend} options={options} selected={value.lists[key]} onChange={(next) => set((e) => ({ ...e, lists: { ...e.lists, [key]: next } }))} />
        ))}
      </div>
      {readOnly ? (
        <p className="text-sm">Без ограничения списка водителей: {value.unlimitedDrivers ? "допускается" : "не допускается"}</p>
      ) : (
        <div>
          <label className="flex items-center gap-2 text-sm text-slate-800">
            <input
              id={domId("eligibility.unlimitedDrivers")}
              type="checkbox"
              className="size-4 accent-brand-600"
              checked={value.unlimitedDrivers ?? false}
              aria-invalid={unlimited.hasError || undefined}
              onChange={(ev) => set((e) => ({ ...e, unlimitedDrivers: ev.target.checked }))}
            />
            Допускается полис без ограничения списка водителей
          </label>
        </div>
      )}
      {declineWhen.length > 0 ? (
        <div className="space-y-1">
          <h3 className="text-sm font-semibold text-slate-800">Правила отказа</h3>
          <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
            {declineWhen.map((rule, i) => {
              const r = (rule ?? {}) as { code?: unknown; when?: Record<string, unknown>; reason?: { ru?: unknown } };
              const when = Object.entries(r.when ?? {})
                .map(([k, c]) => `${k}: ${formatCondition(c as TCondition)}`)
                .join("; ");
              return (
                <li key={i}>
                  <code>{String(r.code)}</code> — {when}. {String(r.reason?.ru ?? "")}
                </li>
              );
            })}
          </ul>
          <p className="text-xs text-slate-500">Правила отказа в этом редакторе не меняются.</p>
        </div>
      ) : null}
    </section>
  );
});
