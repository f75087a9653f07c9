"use client";
import { memo, useMemo } from "react";
import { ANTI_THEFT, PARKING } from "@/lib/rating/options";
import type { FormState } from "@/lib/form/form-state";
import { formatTypedAmount } from "@/lib/format/money";
import { useCalculator } from "./calculator-context";
import { Check, Field, Section, describedBy, inputClass } from "./field";
import type { ModelOption, SectionProps } from "./types";

const byLabel = (models: ModelOption[], text: string) => models.find((m) => m.label.toLowerCase() === text.trim().toLowerCase() || m.id === text.trim());

/** Whether the form's power is the model's own (empty, or the model's default): then it follows the model. */
export function powerFollowsModel(form: FormState, models: ModelOption[]): boolean {
  return form.power === "" || form.power === String(byLabel(models, form.model)?.defaultPowerHp ?? "");
}

interface Props extends SectionProps {
  powerTyped: boolean;
  setPowerTyped: (typed: boolean) => void;
}

/** The car: model with type-ahead, year, price formatted as typed, power prefilled from the model. */
export const CarFields = memo(function CarFields({ form, update, errors, powerTyped, setPowerTyped }: Props) {
  const { form: t, locale, models, regions } = useCalculator();
  // The lists never change: built once, not on every keystroke.
  const modelOptions = useMemo(() => models.map((m) => <option key={m.id} value={m.label} />), [models]);
  const regionOptions = useMemo(() => regions.map((r) => <option key={r.code} value={r.label} />), [regions]);

  // The power follows the model until the user types a power of their own.
  const onModel = (text: string) => {
    const next = byLabel(models, text);
    update({ model: text, ...(next && !powerTyped ? { power: String(next.defaultPowerHp) } : {}) });
  };
  const onPower = (power: string) => {
    setPowerTyped(power.trim() !== "");
    update({ power });
  };

  return (
    <Section title={t.car}>
      <Field id="model" label={t.model} hint={t.modelHint} error={errors.model}>
        <input {...describedBy("model", t.modelHint, errors.model)} name="model" list="model-options" autoComplete="off" className={inputClass} value={form.model} onChange={(e) => onModel(e.target.value)} />
        <datalist id="model-options">{modelOptions}</datalist>
      </Field>
      <div className="grid grid-cols-2 gap-3">
        <Field id="year" label={t.year} error={errors.year}>
          <input {...describedBy("year", undefined, errors.year)} name="year" inputMode="numeric" autoComplete="off" className={inputClass} value={form.year} onChange={(e) => update({ year: e.target.value })} />
        </Field>
        <Field id="power" label={t.power} hint={t.powerHint} error={errors.power}>
          <input {...describedBy("power", t.powerHint, errors.power)} name="power" inputMode="numeric" autoComplete="off" className={inputClass} value={form.power} onChange={(e) => onPower(e.target.value)} />
        </Field>
      </div>
      <Field id="price" label={t.price} hint={t.priceHint} error={errors.price}>
        <div className="relative">
          <input {...describedBy("price", t.priceHint, errors.price)} name="price" inputMode="decimal" autoComplete="off" className={`${inputClass} pr-8`} value={form.price} onChange={(e) => update({ price: formatTypedAmount(e.target.value, locale) })} />
          <span aria-hidden="true" className="pointer-events-none absolute inset-y-0 right-3 flex items-center text-slate-500">₽</span>
        </div>
      </Field>
      <div className="grid gap-3">
        <Field id="antiTheft" label={t.antiTheft}>
          <select id="antiTheft" className={inputClass} value={form.antiTheft} onChange={(e) => update({ antiTheft: e.target.value as typeof form.antiTheft })}>
            {ANTI_THEFT.map((v) => (
              <option key={v} value={v}>{t.antiTheftOptions[v]}</option>
            ))}
          </select>
        </Field>
        <Field id="parking" label={t.parking}>
          <select id="parking" className={inputClass} value={form.parking} onChange={(e) => update({ parking: e.target.value as typeof form.parking })}>
            {PARKING.map((v) => (
              <option key={v} value={v}>{t.parkingOptions[v]}</option>
            ))}
          </select>
        </Field>
      </div>
      <Check id="credit" label={t.credit} checked={form.credit} onChange={(credit) => update({ credit })} />
      <Field id="region" label={t.region} hint={t.regionHint} error={errors.region}>
        <input {...describedBy("region", t.regionHint, errors.region)} name="region" list="region-options" autoComplete="off" className={inputClass} value={form.region} onChange={(e) => update({ region: e.target.value })} />
        <datalist id="region-options">{regionOptions}</datalist>
      </Field>
    </Section>
  );
});
