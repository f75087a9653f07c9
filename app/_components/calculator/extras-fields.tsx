"use client";
import { memo } from "react";
import { INSTALLMENT_CHOICES } from "@/lib/form/form-state";
import { useCalculator } from "./calculator-context";
import { Check, Field, Section, describedBy, inputClass } from "@/app/_components/ui/field";
import { MoreConditions } from "./more-conditions";
import type { SectionProps } from "./types";

/** Payment, policy start and the discounts. */
export const ExtrasFields = memo(function ExtrasFields({ form, update, errors }: SectionProps) {
  const { form: t } = useCalculator();
  return (
    <Section title={t.extras}>
      <MoreConditions title={t.moreConditions} now={[t.installmentsOptions[form.installments as keyof typeof t.installmentsOptions] ?? form.installments, form.start.trim() ? `${t.start}: ${form.start.trim()}` : t.startToday, ...(form.switching ? [t.switching] : []), ...(form.telematics ? [t.telematics] : [])].join(" · ")} forceOpen={!!(errors.start || errors.installments)}>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id="installments" label={t.installments} error={errors.installments}>
            <select {...describedBy("installments", undefined, errors.installments)} className={inputClass} value={form.installments} onChange={(e) => update({ installments: e.target.value })}>
              {INSTALLMENT_CHOICES.map((v) => (
                <option key={v} value={v}>{t.installmentsOptions[v]}</option>
              ))}
            </select>
          </Field>
          <Field id="start" label={t.start} hint={t.startHint} error={errors.start}>
            <input {...describedBy("start", t.startHint, errors.start)} type="date" className={inputClass} value={form.start} onChange={(e) => update({ start: e.target.value })} />
          </Field>
        </div>
        <Check id="switching" label={t.switching} checked={form.switching} onChange={(switching) => update({ switching })} />
        <Check id="telematics" label={t.telematics} checked={form.telematics} onChange={(telematics) => update({ telematics })} />
      </MoreConditions>
    </Section>
  );
});
