"use client";
import { memo } from "react";
import { BONUS_MALUS_CLASSES, REQUEST_LIMITS } from "@/lib/rating/options";
import { EMPTY_DRIVER, type DriverFields } from "@/lib/form/form-state";
import { useCalculator } from "./calculator-context";
import { Check, Field, Section, describedBy, inputClass } from "@/app/_components/ui/field";
import { MoreConditions } from "./more-conditions";
import type { SectionProps } from "./types";

const TRI = ["", "yes", "no"] as const;

/** The named drivers (add, remove), or unlimited drivers; and the bonus-malus class with its explanation. */
export const DriversFields = memo(function DriversFields({ form, update, errors }: SectionProps) {
  const { form: t } = useCalculator();
  const setDriver = (i: number, patch: Partial<DriverFields>) => update({ drivers: form.drivers.map((d, j) => (j === i ? { ...d, ...patch } : d)) });
  const canAdd = form.drivers.length < REQUEST_LIMITS.maxNamedDrivers;

  return (
    <Section title={t.drivers}>
      {errors.drivers ? (
        <p id="drivers-error" tabIndex={-1} data-error-anchor className="text-sm font-medium text-red-700">
          {errors.drivers}
        </p>
      ) : null}
      {!form.unlimited &&
        form.drivers.map((driver, i) => (
          <div key={i} className="space-y-3 rounded-lg border border-slate-200 p-3" role="group" aria-labelledby={`driver-${i}-title`}>
            <div className="flex items-center justify-between">
              <h3 id={`driver-${i}-title`} className="text-sm font-semibold text-slate-800">
                {t.driver[i]}
              </h3>
              {form.drivers.length > 1 ? (
                <button type="button" className="rounded px-2 py-1 text-sm text-red-700 hover:bg-red-50" onClick={() => update({ drivers: form.drivers.filter((_, j) => j !== i) })}>
                  {t.removeDriver[i]}
                </button>
              ) : null}
            </div>
            <div className="grid grid-cols-2 gap-3">
              <Field id={`driver-${i}-age`} label={t.age} error={errors[`driver-${i}-age`]}>
                <input {...describedBy(`driver-${i}-age`, undefined, errors[`driver-${i}-age`])} inputMode="numeric" autoComplete="off" className={inputClass} value={driver.age} onChange={(e) => setDriver(i, { age: e.target.value })} />
              </Field>
              <Field id={`driver-${i}-experience`} label={t.experience} error={errors[`driver-${i}-experience`]}>
                <input {...describedBy(`driver-${i}-experience`, undefined, errors[`driver-${i}-experience`])} inputMode="numeric" autoComplete="off" className={inputClass} value={driver.experience} onChange={(e) => setDriver(i, { experience: e.target.value })} />
              </Field>
            </div>
          </div>
        ))}
      <div className="flex flex-wrap items-center gap-4">
        {!form.unlimited && canAdd ? (
          <button type="button" className="rounded-md border border-brand-600 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50" onClick={() => update({ drivers: [...form.drivers, EMPTY_DRIVER] })}>
            + {t.addDriver}
          </button>
        ) : null}
        <Check id="unlimited" label={t.unlimited} checked={form.unlimited} onChange={(unlimited) => update({ unlimited, drivers: form.drivers.length > 0 ? form.drivers : [EMPTY_DRIVER] })} />
      </div>
      <MoreConditions title={t.moreConditions} now={[`${t.bonusMalus}: ${form.bonusMalus === "3" ? t.bonusMalusNew : form.bonusMalus}`, form.drivers.some((d) => d.sex || d.married || d.children) ? t.familySaid : t.familyNotSaid].join(" · ")} forceOpen={!!errors.bonusMalus}>
        {!form.unlimited &&
          form.drivers.map((driver, i) => (
            <div key={i} role="group" aria-labelledby={`driver-${i}-more`} className="space-y-3">
              <p id={`driver-${i}-more`} className="text-sm font-semibold text-slate-800">{`${t.driver[i]} · ${t.familyTitle}`}</p>
              {/* One column on a narrow phone, so the selects never clip their text. */}
              <div className="grid grid-cols-1 gap-3 min-[420px]:grid-cols-2">
                <Field id={`driver-${i}-sex`} label={t.sex} className="min-[420px]:col-span-2">
                  <select id={`driver-${i}-sex`} className={inputClass} value={driver.sex} onChange={(e) => setDriver(i, { sex: e.target.value as DriverFields["sex"] })}>
                    {(["", "male", "female"] as const).map((v) => (
                      <option key={v} value={v}>{t.sexOptions[v === "" ? "none" : v]}</option>
                    ))}
                  </select>
                </Field>
                <Field id={`driver-${i}-married`} label={t.married}>
                  <select id={`driver-${i}-married`} className={inputClass} value={driver.married} onChange={(e) => setDriver(i, { married: e.target.value as DriverFields["married"] })}>
                    {TRI.map((v) => (
                      <option key={v} value={v}>{t.triOptions[v === "" ? "none" : v]}</option>
                    ))}
                  </select>
                </Field>
                <Field id={`driver-${i}-children`} label={t.children}>
                  <select id={`driver-${i}-children`} className={inputClass} value={driver.children} onChange={(e) => setDriver(i, { children: e.target.value as DriverFields["children"] })}>
                    {TRI.map((v) => (
                      <option key={v} value={v}>{t.triOptions[v === "" ? "none" : v]}</option>
                    ))}
                  </select>
                </Field>
              </div>
            </div>
          ))}
        <Field id="bonusMalus" label={t.bonusMalus} error={errors.bonusMalus}>
          <select {...describedBy("bonusMalus", "x", errors.bonusMalus)} className={inputClass} value={form.bonusMalus} onChange={(e) => update({ bonusMalus: e.target.value })}>
            {BONUS_MALUS_CLASSES.map((c) => (
              <option key={c} value={c}>{c === "3" ? t.bonusMalusNew : c}</option>
            ))}
          </select>
          <details id="bonusMalus-hint" className="text-xs text-slate-600">
            <summary className="cursor-pointer text-brand-700">{t.bonusMalusHelp}</summary>
            <p className="mt-1">{t.bonusMalusText}</p>
          </details>
        </Field>
      </MoreConditions>
    </Section>
  );
});
