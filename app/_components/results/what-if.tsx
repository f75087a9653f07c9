"use client";
import { useEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { formatRub } from "@/lib/format/money";
import { ADD_ON_IDS, ANTI_THEFT, REPAIR_OPTIONS } from "@/lib/rating/options";
import type { FormState } from "@/lib/form/form-state";
import { encodeForm } from "@/lib/form/url-codec";
import { INSTALLMENT_CHOICES } from "@/lib/form/form-state";
import { useCalculator } from "../calculator/calculator-context";

const FIXED_AMOUNTS = ["10000", "15000", "20000", "30000", "50000", "100000"];
const selectClass = "whatif-input";

/**
 * Filters and "what if": change the franchise, repair, instalments, anti-theft or the first
 * driver and the whole comparison is priced again at once (the change is a new URL, so Back undoes it).
 * When the page's form changes, the driver fields start again from it.
 */
export function WhatIf({ form }: { form: FormState }) {
  const { whatIf: t, form: tf, programmes: tp, locale } = useCalculator();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const driver = form.drivers[0];
  const formKey = JSON.stringify(form);
  const [typed, setTyped] = useState({ formKey, age: driver?.age ?? "", experience: driver?.experience ?? "" });
  // The driver last sent, so Enter followed by leaving the field does not push the same URL twice.
  const committed = useRef({ age: typed.age, experience: typed.experience });
  if (typed.formKey !== formKey) setTyped({ formKey, age: driver?.age ?? "", experience: driver?.experience ?? "" });
  useEffect(() => {
    committed.current = { age: driver?.age ?? "", experience: driver?.experience ?? "" };
  }, [formKey, driver?.age, driver?.experience]);
  const { age, experience } = typed;
  const setAge = (value: string) => setTyped((s) => ({ ...s, age: value }));
  const setExperience = (value: string) => setTyped((s) => ({ ...s, experience: value }));

  const go = (patch: Partial<FormState>) =>
    startTransition(() => router.push(`/?${encodeForm({ ...form, ...patch })}`, { scroll: false }));
  const currentAmount = form.franchiseAmount.replace(/\D/g, "");
  const franchiseValue = form.franchise === "fixed" ? `fixed:${currentAmount}` : form.franchise === "none" ? "none" : "other";
  const amounts = form.franchise === "fixed" && currentAmount && !FIXED_AMOUNTS.includes(currentAmount) ? [...FIXED_AMOUNTS, currentAmount].sort((a, b) => Number(a) - Number(b)) : FIXED_AMOUNTS;
  const commitDriver = () => {
    if (!driver || (age === committed.current.age && experience === committed.current.experience)) return;
    committed.current = { age, experience };
    go({ drivers: [{ ...driver, age, experience }, ...form.drivers.slice(1)] });
  };

  return (
    <section aria-labelledby="whatif-title" aria-busy={pending} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm print:hidden">
      <h3 id="whatif-title" className="text-base font-semibold text-brand-900">{t.title}</h3>
      <p className="text-xs text-slate-600">{t.intro}</p>
      <div className="mt-3 grid gap-3 sm:grid-cols-2">
        <label className="space-y-1 text-sm">
          <span className="block font-medium">{tf.franchise}</span>
          <select
            className={selectClass}
            value={franchiseValue}
            onChange={(e) => {
              const v = e.target.value;
              if (v === "none") go({ franchise: "none" });
              else if (v.startsWith("fixed:")) go({ franchise: "fixed", franchiseAmount: v.slice(6) });
            }}
          >
            <option value="none">{tf.franchiseOptions.none}</option>
            {amounts.map((a) => (
              <option key={a} value={`fixed:${a}`}>{formatRub(a, locale, { whole: true })}</option>
            ))}
            {franchiseValue === "other" ? <option value="other">{tf.franchiseOptions[form.franchise]}</option> : null}
          </select>
        </label>
        <label className="space-y-1 text-sm">
          <span className="block font-medium">{tf.repair}</span>
          <select className={selectClass} value={form.repair} onChange={(e) => go({ repair: e.target.value as FormState["repair"] })}>
            {REPAIR_OPTIONS.map((v) => (
              <option key={v} value={v}>{tf.repairOptions[v]}</option>
            ))}
          </select>
        </label>
        <label className="space-y-1 text-sm">
          <span className="block font-medium">{tf.installments}</span>
          <select className={selectClass} value={form.installments} onChange={(e) => go({ installments: e.target.value })}>
            {INSTALLMENT_CHOICES.map((v) => (
              <option key={v} value={v}>{tf.installmentsOptions[v]}</option>
            ))}
          </select>
        </label>
        <label className="space-y-1 text-sm">
          <span className="block font-medium">{tf.antiTheft}</span>
          <select className={selectClass} value={form.antiTheft} onChange={(e) => go({ antiTheft: e.target.value as FormState["antiTheft"] })}>
            {ANTI_THEFT.map((v) => (
              <option key={v} value={v}>{tf.antiTheftOptions[v]}</option>
            ))}
          </select>
        </label>
        {driver && !form.unlimited ? (
          <fieldset className="space-y-1 text-sm sm:col-span-2">
            <legend className="font-medium">{t.driver}</legend>
            <div className="flex gap-2">
              <label className="flex-1">
                <span className="sr-only">{tf.age}</span>
                <input inputMode="numeric" className={selectClass} value={age} onChange={(e) => setAge(e.target.value)} onBlur={commitDriver} onKeyDown={(e) => e.key === "Enter" && commitDriver()} />
              </label>
              <label className="flex-1">
                <span className="sr-only">{tf.experience}</span>
                <input inputMode="numeric" className={selectClass} value={experience} onChange={(e) => setExperience(e.target.value)} onBlur={commitDriver} onKeyDown={(e) => e.key === "Enter" && commitDriver()} />
              </label>
            </div>
          </fieldset>
        ) : null}
        <fieldset className="space-y-1 text-sm sm:col-span-2" aria-describedby="whatif-addons-hint">
          <legend className="font-medium">{tp.filter.title}</legend>
          <p id="whatif-addons-hint" className="text-xs text-slate-600">{tp.filter.hint}</p>
          <div className="flex flex-wrap gap-x-4 gap-y-1">
            {ADD_ON_IDS.map((id) => (
              <label key={id} className="flex items-center gap-1.5">
                <input type="checkbox" className="tick" checked={form.addOns.includes(id)} onChange={(e) => go({ addOns: ADD_ON_IDS.filter((a) => (a === id ? e.target.checked : form.addOns.includes(a))) })} />
                {tp.addOnNames[id]}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
    </section>
  );
}
