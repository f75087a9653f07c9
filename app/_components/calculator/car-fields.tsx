"use client";
import { memo } from "react";
import { ANTI_THEFT, PARKING } from "@/lib/rating/options";
import type { FormState } from "@/lib/form/form-state";
import { resolveItem } from "@/lib/catalog/search";
import { useCalculator } from "./calculator-context";
import { AmountInput } from "./amount-input";
import { Combobox } from "./combobox";
import { Check, Field, Section, describedBy, inputClass } from "@/app/_components/ui/field";
import { MoreConditions } from "./more-conditions";
import type { ModelOption, SectionProps } from "./types";

const byLabel = (models: ModelOption[], text: string) => resolveItem(models, text) as ModelOption | undefined;

/** Whether the form's power is the model's own (empty, or the model's default): then it follows the model. */
export function powerFollowsModel(form: FormState, models: ModelOption[]): boolean {
  return form.power === "" || form.power === String(byLabel(models, form.model)?.defaultPowerHp ?? "");
}

interface Props extends SectionProps {
  powerTyped: boolean;
  setPowerTyped: (typed: boolean) => void;
}

/** The car: model with type-ahead, year, price formatted as typed, power prefilled from the model, the first registration date. */
export const CarFields = memo(function CarFields({ form, update, errors, powerTyped, setPowerTyped }: Props) {
  const { form: t, locale, models, regions } = useCalculator();
  const count = (n: number) => `${t.suggestions} ${n}`;

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
        <Combobox id="model" name="model" items={models} value={form.model} onChange={onModel} describedBy={describedBy("model", t.modelHint, errors.model)["aria-describedby"]} invalid={!!errors.model} countText={count} listLabel={t.suggestionsList} />
      </Field>
      <div className="grid grid-cols-[6.5rem_minmax(0,1fr)] gap-3">
        <Field id="year" label={t.year} error={errors.year}>
          <input {...describedBy("year", undefined, errors.year)} name="year" inputMode="numeric" autoComplete="off" className={inputClass} value={form.year} onChange={(e) => update({ year: e.target.value })} />
        </Field>
        <Field id="price" label={t.price} hint={t.priceHint} error={errors.price}>
          <AmountInput id="price" name="price" suffix="₽" locale={locale} value={form.price} onChange={(price) => update({ price })} describedBy={describedBy("price", t.priceHint, errors.price)["aria-describedby"]} invalid={!!errors.price} digitsOnly={t.digitsOnly} />
        </Field>
      </div>
      <Field id="region" label={t.region} hint={t.regionHint} error={errors.region}>
        <Combobox id="region" name="region" items={regions} value={form.region} onChange={(region) => update({ region })} describedBy={describedBy("region", t.regionHint, errors.region)["aria-describedby"]} invalid={!!errors.region} countText={count} listLabel={t.suggestionsList} />
      </Field>
      <MoreConditions rendered title={t.moreConditions} now={[form.power.trim() ? `${form.power.trim()} ${t.hp}` : t.powerByModel, ...(form.registeredOn.trim() ? [`${t.registeredOn}: ${form.registeredOn.trim()}`] : []), t.antiTheftOptions[form.antiTheft], t.parkingOptions[form.parking], form.credit ? t.credit : t.notCredit].join(" · ")} forceOpen={!!(errors.power || errors.registeredOn)}>
        <Field id="power" label={t.power} hint={t.powerHint} error={errors.power}>
          <input {...describedBy("power", t.powerHint, errors.power)} name="power" inputMode="numeric" autoComplete="off" className={inputClass} value={form.power} onChange={(e) => onPower(e.target.value)} />
        </Field>
        <Field id="registeredOn" label={t.registeredOn} hint={t.registeredOnHint} error={errors.registeredOn}>
          <input {...describedBy("registeredOn", t.registeredOnHint, errors.registeredOn)} name="registeredOn" type="date" className={inputClass} value={form.registeredOn} onChange={(e) => update({ registeredOn: e.target.value })} />
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
      </MoreConditions>
    </Section>
  );
});
