"use client";
import { useCallback, useEffect, useMemo, useRef, useState, useTransition, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import type { FormState } from "@/lib/form/form-state";
import { encodeForm } from "@/lib/form/url-codec";
import { normalizeAmount } from "@/lib/form/amount";
import { resolveItem } from "@/lib/catalog/search";
import { formatTypedAmount, type UiLocale } from "@/lib/format/money";
import { useCalculator } from "./calculator-context";
import { CarFields, powerFollowsModel } from "./car-fields";
import { CoverFields } from "./cover-fields";
import { DriversFields } from "./drivers-fields";
import { ExtrasFields } from "./extras-fields";
import { ProgrammeFields } from "./programme-fields";
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

/** Replaces display names (or what stands for one model or region) by catalog ids in the URL, so links stay short and stable. */
export function canonical(form: FormState, models: ModelOption[], regions: RegionOption[]): FormState {
  const model = resolveItem(models, form.model)?.id ?? form.model;
  const region = resolveItem(regions, form.region)?.id ?? form.region;
  return { ...form, model, region };
}

/** The form in another interface language: the region's name and the amounts' grouping follow it. */
function relabel(form: FormState, regions: RegionOption[], locale: UiLocale): FormState {
  const code = /^(\d{1,2})\s—\s/.exec(form.region)?.[1];
  const region = (code !== undefined ? regions.find((r) => r.code === code)?.label : undefined) ?? form.region;
  const regroup = (amount: string) => {
    const plain = normalizeAmount(amount);
    return /^\d+(\.\d+)?$/.test(plain) ? formatTypedAmount(plain, locale) : amount;
  };
  return { ...form, region, price: regroup(form.price), franchiseAmount: regroup(form.franchiseAmount) };
}

/** The phone's steps through the form, and the step each field is on. */
const STEPS = ["car", "drivers", "cover"] as const;
function stepOf(field: string | undefined): number | undefined {
  if (field === undefined) return undefined;
  if (["model", "year", "price", "region", "power", "registeredOn"].includes(field)) return 0;
  if (field === "drivers" || field === "bonusMalus" || field.startsWith("driver-")) return 1;
  return field === "form" ? undefined : 2;
}

interface State {
  urlKey: string;
  /** The step shown on a phone (on wider screens every step is shown). */
  step: number;
  locale: UiLocale;
  form: FormState;
  /** The form as last submitted, until its answer arrives: what the user changes meanwhile is kept. */
  submitted: FormState | null;
  /** Whether the last answer arrived while the user was changing the form (then the focus stays where they type). */
  keptEdits: boolean;
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
  const { form: t, models, regions, locale } = useCalculator();
  const router = useRouter();
  const [state, setState] = useState<State>(() => ({ urlKey, step: stepOf(Object.keys(errors)[0]) ?? 0, locale, form: initial, submitted: null, keptEdits: false, powerTyped: !powerFollowsModel(initial, models) }));
  if (state.urlKey !== urlKey) {
    // A new URL (an answer, a what-if, Back) resets the form to it, unless the user has changed
    // the form since submitting it: what was typed while the answer travelled is never overwritten.
    const same = JSON.stringify(state.form) === JSON.stringify(initial);
    const editedSinceSubmit = state.submitted !== null && JSON.stringify(state.form) !== JSON.stringify(state.submitted);
    const keep = same || editedSinceSubmit;
    // On a phone, the answer's first error brings its step into view.
    const step = editedSinceSubmit ? state.step : (stepOf(Object.keys(errors)[0]) ?? state.step);
    setState({ urlKey, step, locale, form: keep ? state.form : initial, submitted: null, keptEdits: editedSinceSubmit, powerTyped: keep ? state.powerTyped : !powerFollowsModel(initial, models) });
  } else if (state.locale !== locale) {
    setState({ ...state, locale, form: relabel(state.form, regions, locale) });
  }
  const { form, powerTyped, step } = state;
  const setStep = (next: number) => setState((s) => ({ ...s, step: next }));
  /** On a phone, only the current step is shown; wider screens show the whole form. */
  const onStep = (n: number) => (n === step ? "" : "max-sm:hidden");
  const [pending, startTransition] = useTransition();
  const ref = useRef<HTMLFormElement>(null);
  // The same errors keep the same object, so the sections (memoised) skip re-rendering.
  const errorsKey = JSON.stringify(errors);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const stableErrors = useMemo(() => errors, [errorsKey]);
  const errorCount = Object.keys(errors).length;

  const { keptEdits } = state;
  useEffect(() => {
    if (errorCount === 0 || keptEdits) return;
    const first = ref.current?.querySelector<HTMLElement>("[aria-invalid=true], [data-error-anchor]");
    first?.focus();
  }, [errors, errorCount, keptEdits]);

  const update = useCallback((patch: Partial<FormState>) => setState((s) => ({ ...s, form: { ...s.form, ...patch } })), []);
  const setPowerTyped = useCallback((typed: boolean) => setState((s) => (s.powerTyped === typed ? s : { ...s, powerTyped: typed })), []);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    sessionStorage.setItem(SCROLL_FLAG, "1");
    setState((s) => ({ ...s, submitted: s.form }));
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
                <a
                  href={field === "drivers" ? "#drivers-error" : field === "form" ? "#calc-title" : `#${field}`}
                  className="underline"
                  onClick={(e) => {
                    // The field may be on another step of the phone's form: show that step, then go to it.
                    const target = stepOf(field);
                    if (target === undefined || target === step) return;
                    e.preventDefault();
                    setStep(target);
                    requestAnimationFrame(() => document.getElementById(field === "drivers" ? "drivers-error" : field)?.focus());
                  }}
                >
                  {message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <nav aria-label={t.stepsLabel} className="sm:hidden">
        <p className="text-sm font-medium text-slate-700" data-testid="step-progress">{t.stepOf[step]}</p>
        <ol className="mt-1 grid grid-cols-3 gap-1">
          {STEPS.map((name, i) => (
            <li key={name}>
              <button type="button" aria-current={i === step ? "step" : undefined} onClick={() => setStep(i)} className={`w-full border-t-4 pt-1 text-left text-xs ${i <= step ? "border-brand-600 font-semibold text-brand-900" : "border-slate-300 text-slate-600"}`}>
                {t.stepNames[i]}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <div className={onStep(0)}>
        <CarFields form={form} update={update} errors={stableErrors} powerTyped={powerTyped} setPowerTyped={setPowerTyped} />
      </div>
      <div className={onStep(1)}>
        <DriversFields form={form} update={update} errors={stableErrors} />
      </div>
      <div className={`space-y-4 ${onStep(2)}`}>
        <CoverFields form={form} update={update} errors={stableErrors} />
        <ProgrammeFields form={form} update={update} errors={stableErrors} />
        <ExtrasFields form={form} update={update} errors={stableErrors} />
      </div>
      <div className="flex gap-3 sm:hidden">
        {step > 0 ? (
          <button type="button" onClick={() => setStep(step - 1)} className="flex-1 rounded-lg border border-brand-600 px-4 py-3 text-base font-semibold text-brand-700">
            {t.back}
          </button>
        ) : null}
        {step < STEPS.length - 1 ? (
          <button type="button" onClick={() => setStep(step + 1)} className="flex-1 rounded-lg border border-brand-600 px-4 py-3 text-base font-semibold text-brand-700">
            {t.next}
          </button>
        ) : null}
      </div>
      {/* On a phone, the first step has no calculation yet: the drivers are still missing. */}
      <button type="submit" disabled={pending} className={`w-full rounded-lg bg-brand-600 px-4 py-3 text-base font-semibold text-white shadow hover:bg-brand-700 disabled:opacity-70 ${step === 0 ? "max-sm:hidden" : ""}`}>
        {pending ? t.calculating : t.submit}
      </button>
    </form>
  );
}
