"use client";
import { useCallback, useEffect, useMemo, useRef, useState, useTransition, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import type { FormState } from "@/lib/form/form-state";
import { encodeForm } from "@/lib/form/url-codec";
import { encodeCheck, type CheckFields } from "@/lib/check/check-params";
import { useCalculator } from "../calculator/calculator-context";
import { canonical } from "../calculator/calculator-form";
import { CarFields, powerFollowsModel } from "../calculator/car-fields";
import { CoverFields } from "../calculator/cover-fields";
import { DriversFields } from "../calculator/drivers-fields";
import { ExtrasFields } from "../calculator/extras-fields";
import { Field, Section, describedBy, inputClass } from "@/app/_components/ui/field";
import { SCROLL_FLAG } from "../results/scroll-to-results";

export interface CheckFormLabels {
  title: string;
  intro: string;
  policy: string;
  insurer: string;
  insurerChoose: string;
  paid: string;
  paidHint: string;
  submit: string;
  checking: string;
}

interface Props {
  initial: FormState;
  initialCheck: CheckFields;
  urlKey: string;
  errors: Record<string, string>;
  errorsTitle?: string;
  labels: CheckFormLabels;
  insurers: { id: string; label: string }[];
  /** Parameters kept beside the check on submit (an agent's client and calculation ids), or "". */
  keep?: string;
}

interface State {
  urlKey: string;
  form: FormState;
  check: CheckFields;
  powerTyped: boolean;
}

/**
 * The policy check's form: the insurer and the premium paid, then the calculator's own sections
 * for the policy's conditions. Like the calculator, its state lives in the URL (`/check?…`): the
 * server validates it with the API's schema and checks the policy; nothing typed is lost.
 */
export function CheckForm({ initial, initialCheck, urlKey, errors, errorsTitle, labels, insurers, keep = "" }: Props) {
  const { models, regions } = useCalculator();
  const router = useRouter();
  const [state, setState] = useState<State>(() => ({ urlKey, form: initial, check: initialCheck, powerTyped: !powerFollowsModel(initial, models) }));
  if (state.urlKey !== urlKey) {
    setState({ urlKey, form: initial, check: initialCheck, powerTyped: !powerFollowsModel(initial, models) });
  }
  const { form, check, powerTyped } = state;
  const [pending, startTransition] = useTransition();
  const ref = useRef<HTMLFormElement>(null);
  const errorsKey = JSON.stringify(errors);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const stableErrors = useMemo(() => errors, [errorsKey]);
  const errorCount = Object.keys(errors).length;

  useEffect(() => {
    if (errorCount === 0) return;
    ref.current?.querySelector<HTMLElement>("[aria-invalid=true], [data-error-anchor]")?.focus();
  }, [errors, errorCount]);

  const update = useCallback((patch: Partial<FormState>) => setState((s) => ({ ...s, form: { ...s.form, ...patch } })), []);
  const setCheck = (patch: Partial<CheckFields>) => setState((s) => ({ ...s, check: { ...s.check, ...patch } }));
  const setPowerTyped = useCallback((typed: boolean) => setState((s) => (s.powerTyped === typed ? s : { ...s, powerTyped: typed })), []);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    sessionStorage.setItem(SCROLL_FLAG, "1");
    const query = [encodeForm(canonical(form, models, regions)), encodeCheck(check), keep].filter(Boolean).join("&");
    startTransition(() => router.push(`/check?${query}`, { scroll: false }));
  };

  return (
    <form ref={ref} onSubmit={submit} noValidate aria-labelledby="check-title" className="space-y-4">
      <div>
        <h1 id="check-title" className="text-2xl font-bold text-brand-900">{labels.title}</h1>
        <p className="mt-1 text-sm text-slate-600">{labels.intro}</p>
      </div>
      {errorCount > 0 ? (
        <div role="alert" className="rounded-lg border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-800">
          <p className="font-semibold">{errorsTitle}</p>
          <ul className="mt-1 list-disc pl-5">
            {Object.entries(errors).map(([field, message]) => (
              <li key={field}>
                <a href={field === "drivers" ? "#drivers-error" : field === "form" ? "#check-title" : `#${field}`} className="underline">{message}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <Section title={labels.policy}>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id="insurer" label={labels.insurer} error={errors.insurer}>
            <select {...describedBy("insurer", undefined, errors.insurer)} className={inputClass} value={check.insurer} onChange={(e) => setCheck({ insurer: e.target.value })}>
              <option value="">{labels.insurerChoose}</option>
              {insurers.map((i) => (
                <option key={i.id} value={i.id}>{i.label}</option>
              ))}
            </select>
          </Field>
          <Field id="paid" label={labels.paid} hint={labels.paidHint} error={errors.paid}>
            <input {...describedBy("paid", labels.paidHint, errors.paid)} inputMode="decimal" autoComplete="off" className={inputClass} value={check.paid} onChange={(e) => setCheck({ paid: e.target.value })} />
          </Field>
        </div>
      </Section>
      <CarFields form={form} update={update} errors={stableErrors} powerTyped={powerTyped} setPowerTyped={setPowerTyped} />
      <DriversFields form={form} update={update} errors={stableErrors} />
      <CoverFields form={form} update={update} errors={stableErrors} />
      <ExtrasFields form={form} update={update} errors={stableErrors} />
      <button type="submit" disabled={pending} className="w-full rounded-lg bg-brand-600 px-4 py-3 text-base font-semibold text-white shadow hover:bg-brand-700 disabled:opacity-70">
        {pending ? labels.checking : labels.submit}
      </button>
    </form>
  );
}
