"use client";
import { memo } from "react";
import { COVERAGES, REPAIR_OPTIONS } from "@/lib/rating/options";
import { FRANCHISE_KINDS } from "@/lib/form/form-state";
import { AmountInput } from "./amount-input";
import { useCalculator } from "./calculator-context";
import { Check, Field, Section, describedBy, inputClass } from "@/app/_components/ui/field";
import { MoreConditions } from "./more-conditions";
import type { SectionProps } from "./types";

/** What is covered and how: risks, franchise, repair, wear deduction, aggregate sum. */
export const CoverFields = memo(function CoverFields({ form, update, errors }: SectionProps) {
  const { form: t, locale } = useCalculator();
  return (
    <Section title={t.cover}>
      <MoreConditions title={t.moreConditions} now={[t.coverageOptions[form.coverage], form.franchise === "fixed" || form.franchise === "fromSecondClaim" ? `${t.franchiseOptions[form.franchise]}: ${form.franchiseAmount} ₽` : form.franchise === "percent" ? `${t.franchiseOptions.percent}: ${form.franchisePercent} %` : t.franchiseOptions.none, t.repairOptions[form.repair], form.wear ? t.wear : t.wearNo].join(" · ")} forceOpen={!!(errors.franchiseAmount || errors.franchisePercent)}>
        <Field id="coverage" label={t.coverage}>
          <select id="coverage" className={inputClass} value={form.coverage} onChange={(e) => update({ coverage: e.target.value as typeof form.coverage })}>
            {COVERAGES.map((v) => (
              <option key={v} value={v}>{t.coverageOptions[v]}</option>
            ))}
          </select>
        </Field>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id="franchise" label={t.franchise}>
            <select id="franchise" className={inputClass} value={form.franchise} onChange={(e) => update({ franchise: e.target.value as typeof form.franchise })}>
              {FRANCHISE_KINDS.map((v) => (
                <option key={v} value={v}>{t.franchiseOptions[v]}</option>
              ))}
            </select>
          </Field>
          {form.franchise === "fixed" || form.franchise === "fromSecondClaim" ? (
            <Field id="franchiseAmount" label={t.franchiseAmount} error={errors.franchiseAmount}>
              <AmountInput id="franchiseAmount" locale={locale} value={form.franchiseAmount} onChange={(franchiseAmount) => update({ franchiseAmount })} describedBy={describedBy("franchiseAmount", undefined, errors.franchiseAmount)["aria-describedby"]} invalid={!!errors.franchiseAmount} digitsOnly={t.digitsOnly} />
            </Field>
          ) : null}
          {form.franchise === "percent" ? (
            <Field id="franchisePercent" label={t.franchisePercent} error={errors.franchisePercent}>
              <input {...describedBy("franchisePercent", undefined, errors.franchisePercent)} inputMode="decimal" autoComplete="off" className={inputClass} value={form.franchisePercent} onChange={(e) => update({ franchisePercent: e.target.value })} />
            </Field>
          ) : null}
        </div>
        <Field id="repair" label={t.repair}>
          <select id="repair" className={inputClass} value={form.repair} onChange={(e) => update({ repair: e.target.value as typeof form.repair })}>
            {REPAIR_OPTIONS.map((v) => (
              <option key={v} value={v}>{t.repairOptions[v]}</option>
            ))}
          </select>
        </Field>
        <Check id="wear" label={t.wear} checked={form.wear} onChange={(wear) => update({ wear })} />
        <Check id="aggregate" label={t.aggregate} checked={form.aggregate} onChange={(aggregate) => update({ aggregate })} />
      </MoreConditions>
    </Section>
  );
});
