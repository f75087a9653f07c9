"use client";
import { useCallback, useEffect, useMemo, useRef, useState, useTransition, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import type { FormState } from "@/lib/form/form-state";
import { encodeForm } from "@/lib/form/url-codec";
import { useCalculator } from "./calculator-context";
import { CarFields, powerFollowsModel } from "./car-fields";
import { CoverFields } from "./cover-fields";
import { DriversFields } from "./drivers-fields";
import { ExtrasFields } from "./extras-fields";
import type { ModelOption, RegionOption } from "./types";
import { SCROLL_FLAG } from "../results/scroll-to-results";

interface Props {
  /** The form as the URL has it, with display names. */
  initial: FormState;
  /** The URL's query: when it changes (a calculation, a what-if, Back), the form starts again from `initial`. */
  urlKey: string;
  /** Field-level messages from the server's validation of the URL, by field id. */
  errors: Record<string, string>;
  /** The heading of the error summary ("Проверьте поля: 3 ошибки"), formatted by the server. */
  errorsTitle?: string;
}

/** Replaces display names by catalog ids in the URL, so links stay short and stable. */
export function canonical(form: FormState, models: ModelOption[], regions: RegionOption[]): FormState {
  const model = models.find((m) => m.label.toLowerCase() === form.model.trim().toLowerCase())?.id ?? form.model;
  const region = regions.find((r) => r.label === form.region.trim())?.code ?? form.region;
  return { ...form, model, region };
}

interface State {
  urlKey: string;
  form: FormState;
  /** Whether the user typed a power of their own (then it no longer follows the model). */
  powerTyped: boolean;
}

/**
 * The calculator form. Its state lives in the URL: submitting navigates to the same page with
 * the form in the query, the server validates it with the API's schema and prices it; errors
 * come back field by field and focus moves to the first one. Nothing typed is lost.
 *
 * The form is not rebuilt when the URL changes: its state is reset from the URL during render,
 * and when that equals what is already shown (the usual case after submitting) nothing below
 * the form re-renders, so a calculation only updates the results.
 */
export function CalculatorForm({ initial, urlKey, errors, errorsTitle }: Props) {
  const { form: t, models, regions } = useCalculator();
  const router = useRouter();
  const [state, setState] = useState<State>(() => ({ urlKey, form: initial, powerTyped: !powerFollowsModel(initial, models) }));
  if (state.urlKey !== urlKey) {
    const same = JSON.stringify(state.form) === JSON.stringify(initial);
    setState({ urlKey, form: same ? state.form : initial, powerTyped: !powerFollowsModel(initial, models) });
  }
  const { form, powerTyped } = state;
  const [pending, startTransition] = useTransition();
  const ref = useRef<HTMLFormElement>(null);
  // The same errors keep the same object, so the sections (memoised) skip re-rendering.
  const errorsKey = JSON.stringify(errors);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const stableErrors = useMemo(() => errors, [errorsKey]);
  const errorCount = Object.keys(errors).length;

  useEffect(() => {
    if (errorCount === 0) return;
    const first = ref.current?.querySelector<HTMLElement>("[aria-invalid=true], [data-error-anchor]");
    first?.focus();
  }, [errors, errorCount]);

  const update = useCallback((patch: Partial<FormState>) => setState((s) => ({ ...s, form: { ...s.form, ...patch } })), []);
  const setPowerTyped = useCallback((typed: boolean) => setState((s) => (s.powerTyped === typed ? s : { ...s, powerTyped: typed })), []);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    sessionStorage.setItem(SCROLL_FLAG, "1");
    startTransition(() => router.push(`/?${encodeForm(canonical(form, models, regions))}`, { scroll: false }));
  };

  return (
    <form ref={ref} onSubmit={submit} noValidate aria-labelledby="calc-title" className="space-y-4">
      <div>
        <h1 id="calc-title" className="text-2xl font-bold text-brand-900">
          {t.title}
        </h1>
        <p className="mt-1 text-sm text-slate-600">{t.intro}</p>
      </div>
      {errorCount > 0 ? (
        <div role="alert" className="rounded-lg border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-800">
          <p className="font-semibold">{errorsTitle}</p>
          <ul className="mt-1 list-disc pl-5">
            {Object.entries(errors).map(([field, message]) => (
              <li key={field}>
                <a href={field === "drivers" ? "#drivers-error" : field === "form" ? "#calc-title" : `#${field}`} className="underline">
                  {message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <CarFields form={form} update={update} errors={stableErrors} powerTyped={powerTyped} setPowerTyped={setPowerTyped} />
      <DriversFields form={form} update={update} errors={stableErrors} />
      <CoverFields form={form} update={update} errors={stableErrors} />
      <ExtrasFields form={form} update={update} errors={stableErrors} />
      <button type="submit" disabled={pending} className="w-full rounded-lg bg-brand-600 px-4 py-3 text-base font-semibold text-white shadow hover:bg-brand-700 disabled:opacity-70">
        {pending ? t.calculating : t.submit}
      </button>
    </form>
  );
}
