"use client";
import { ADD_ON_IDS, MAX_ALLOWED_DRIVERS, PROGRAMME_LEVELS, type TAddOnId } from "@/lib/rating/options";
import { DSAGO_SUMS, TERM_CHOICES } from "@/lib/form/form-state";
import { formatRub } from "@/lib/format/money";
import { useCalculator } from "./calculator-context";
import { Check, Field, describedBy, inputClass } from "../ui/field";
import type { SectionProps } from "./types";

/**
 * The fields of the programme section once it is opened (programme-fields.tsx): a chunk of the
 * browser's code of its own, loaded when the section is first opened.
 */
export function ProgrammeFieldsOpen({ form, update, errors }: SectionProps) {
  const { programmes: t, locale } = useCalculator();
  const toggle = (id: TAddOnId, on: boolean) => update({ addOns: ADD_ON_IDS.filter((a) => (a === id ? on : form.addOns.includes(a))) });
  return (
    <>
    <Field id="programme" label={t.programme} hint={t.programmeHint}>
      <select {...describedBy("programme", t.programmeHint)} className={inputClass} value={form.programme} onChange={(e) => update({ programme: e.target.value as typeof form.programme })}>
        <option value="">{t.programmeOptions.any}</option>
        {PROGRAMME_LEVELS.map((level) => (
          <option key={level} value={level}>{t.programmeOptions[level]}</option>
        ))}
      </select>
    </Field>
    <fieldset className="space-y-2" aria-describedby="addOns-hint">
      <legend className="text-sm font-medium text-slate-800">{t.addOns}</legend>
      <p id="addOns-hint" className="small-note">{t.addOnsHint}</p>
      {ADD_ON_IDS.map((id) => (
        <div key={id} className="flex items-start gap-2">
          <input id={`addOn-${id}`} type="checkbox" checked={form.addOns.includes(id)} onChange={(e) => toggle(id, e.target.checked)} aria-describedby={`addOn-${id}-hint`} className="tick mt-1" />
          <div>
            <label htmlFor={`addOn-${id}`} className="text-sm text-slate-800">{t.addOnNames[id]}</label>
            <p id={`addOn-${id}-hint`} className="small-note">{t.addOnHints[id]}</p>
          </div>
        </div>
      ))}
    </fieldset>
    {form.addOns.includes("dsago") ? (
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="dsagoSum" label={t.dsagoSum} error={errors.dsagoSum}>
          <select {...describedBy("dsagoSum", undefined, errors.dsagoSum)} className={inputClass} value={form.dsagoSum} onChange={(e) => update({ dsagoSum: e.target.value })}>
            {(DSAGO_SUMS as readonly string[]).includes(form.dsagoSum) ? null : <option value={form.dsagoSum}>{form.dsagoSum}</option>}
            {DSAGO_SUMS.map((sum) => (
              <option key={sum} value={sum}>{formatRub(sum, locale, { whole: true })}</option>
            ))}
          </select>
        </Field>
        <div className="sm:pt-7">
          <Check id="dsagoTrailer" label={t.dsagoTrailer} checked={form.dsagoTrailer} onChange={(dsagoTrailer) => update({ dsagoTrailer })} />
        </div>
      </div>
    ) : null}
    <Field id="term" label={t.term} hint={t.termHint} error={errors.term}>
      <select {...describedBy("term", t.termHint, errors.term)} className={inputClass} value={form.term} onChange={(e) => update({ term: e.target.value })}>
        {TERM_CHOICES.map((months) => (
          <option key={months} value={months}>{t.termOptions[months]}</option>
        ))}
      </select>
    </Field>
    <Check id="isNew" label={t.isNew} checked={form.isNew} onChange={(isNew) => update({ isNew })} />
    {form.credit ? (
      <Field id="creditor" label={t.creditor} hint={t.creditorHint} error={errors.creditor}>
        <input {...describedBy("creditor", t.creditorHint, errors.creditor)} autoComplete="off" className={inputClass} value={form.creditor} onChange={(e) => update({ creditor: e.target.value })} />
      </Field>
    ) : null}
    {form.unlimited ? null : (
      <Field id="allowedDrivers" label={t.allowedDrivers} hint={t.allowedDriversHint} error={errors.allowedDrivers}>
        <select {...describedBy("allowedDrivers", t.allowedDriversHint, errors.allowedDrivers)} className={inputClass} value={form.allowedDrivers} onChange={(e) => update({ allowedDrivers: e.target.value })}>
          <option value="">{t.allowedDriversNamed}</option>
          {form.allowedDrivers !== "" && !/^([1-9]|10)$/.test(form.allowedDrivers) ? <option value={form.allowedDrivers}>{form.allowedDrivers}</option> : null}
          {Array.from({ length: MAX_ALLOWED_DRIVERS }, (_, i) => String(i + 1)).map((n) => (
            <option key={n} value={n}>{n}</option>
          ))}
        </select>
      </Field>
    )}
    </>
  );
}
