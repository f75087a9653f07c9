"use client";
import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { ANTI_THEFT, PARKING } from "@/lib/rating/options";
import { formatTypedAmount, type UiLocale } from "@/lib/format/money";
import { Check, Field, Section, describedBy, inputClass } from "./field";
import type { ModelOption, RegionOption, SectionProps } from "./types";

/** The car: model with type-ahead, year, price formatted as typed, power prefilled from the model. */
export function CarFields({ form, update, errors, models, regions }: SectionProps & { models: ModelOption[]; regions: RegionOption[] }) {
  const t = useTranslations("Form");
  const locale = useLocale() as UiLocale;
  const byLabel = (text: string) => models.find((m) => m.label.toLowerCase() === text.trim().toLowerCase() || m.id === text.trim());
  // The power follows the model until the user types a power of their own.
  const [powerTyped, setPowerTyped] = useState(() => form.power !== "" && form.power !== String(byLabel(form.model)?.defaultPowerHp ?? ""));

  const onModel = (text: string) => {
    const next = byLabel(text);
    update({ model: text, ...(next && !powerTyped ? { power: String(next.defaultPowerHp) } : {}) });
  };
  const onPower = (power: string) => {
    setPowerTyped(power.trim() !== "");
    update({ power });
  };

  return (
    <Section title={t("car")}>
      <Field id="model" label={t("model")} hint={t("modelHint")} error={errors.model}>
        <input {...describedBy("model", t("modelHint"), errors.model)} name="model" list="model-options" autoComplete="off" className={inputClass} value={form.model} onChange={(e) => onModel(e.target.value)} />
        <datalist id="model-options">
          {models.map((m) => (
            <option key={m.id} value={m.label} />
          ))}
        </datalist>
      </Field>
      <div className="grid grid-cols-2 gap-3">
        <Field id="year" label={t("year")} error={errors.year}>
          <input {...describedBy("year", undefined, errors.year)} name="year" inputMode="numeric" autoComplete="off" className={inputClass} value={form.year} onChange={(e) => update({ year: e.target.value })} />
        </Field>
        <Field id="power" label={t("power")} hint={t("powerHint")} error={errors.power}>
          <input {...describedBy("power", t("powerHint"), errors.power)} name="power" inputMode="numeric" autoComplete="off" className={inputClass} value={form.power} onChange={(e) => onPower(e.target.value)} />
        </Field>
      </div>
      <Field id="price" label={t("price")} hint={t("priceHint")} error={errors.price}>
        <div className="relative">
          <input {...describedBy("price", t("priceHint"), errors.price)} name="price" inputMode="decimal" autoComplete="off" className={`${inputClass} pr-8`} value={form.price} onChange={(e) => update({ price: formatTypedAmount(e.target.value, locale) })} />
          <span aria-hidden="true" className="pointer-events-none absolute inset-y-0 right-3 flex items-center text-slate-500">₽</span>
        </div>
      </Field>
      <div className="grid gap-3">
        <Field id="antiTheft" label={t("antiTheft")}>
          <select id="antiTheft" className={inputClass} value={form.antiTheft} onChange={(e) => update({ antiTheft: e.target.value as typeof form.antiTheft })}>
            {ANTI_THEFT.map((v) => (
              <option key={v} value={v}>{t(`antiTheftOptions.${v}`)}</option>
            ))}
          </select>
        </Field>
        <Field id="parking" label={t("parking")}>
          <select id="parking" className={inputClass} value={form.parking} onChange={(e) => update({ parking: e.target.value as typeof form.parking })}>
            {PARKING.map((v) => (
              <option key={v} value={v}>{t(`parkingOptions.${v}`)}</option>
            ))}
          </select>
        </Field>
      </div>
      <Check id="credit" label={t("credit")} checked={form.credit} onChange={(credit) => update({ credit })} />
      <Field id="region" label={t("region")} hint={t("regionHint")} error={errors.region}>
        <input {...describedBy("region", t("regionHint"), errors.region)} name="region" list="region-options" autoComplete="off" className={inputClass} value={form.region} onChange={(e) => update({ region: e.target.value })} />
        <datalist id="region-options">
          {regions.map((r) => (
            <option key={r.code} value={r.label} />
          ))}
        </datalist>
      </Field>
    </Section>
  );
}
