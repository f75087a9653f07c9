"use client";
import { useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/form/form-state";
import { encodeForm } from "@/lib/form/url-codec";
import { CarFields } from "./car-fields";
import { CoverFields } from "./cover-fields";
import { DriversFields } from "./drivers-fields";
import { ExtrasFields } from "./extras-fields";
import type { ModelOption, RegionOption } from "./types";
import { SCROLL_FLAG } from "../results/scroll-to-results";

interface Props {
  initial: FormState;
  /** Field-level messages from the server's validation of the URL, by field id. */
  errors: Record<string, string>;
  models: ModelOption[];
  regions: RegionOption[];
}

/** Replaces display names by catalog ids in the URL, so links stay short and stable. */
function canonical(form: FormState, models: ModelOption[], regions: RegionOption[]): FormState {
  const model = models.find((m) => m.label.toLowerCase() === form.model.trim().toLowerCase())?.id ?? form.model;
  const region = regions.find((r) => r.label === form.region.trim())?.code ?? form.region;
  return { ...form, model, region };
}

/**
 * The calculator form. Its state lives in the URL: submitting navigates to the same page with
 * the form in the query, the server validates it with the API's schema and prices it; errors
 * come back field by field and focus moves to the first one. Nothing typed is lost.
 */
export function CalculatorForm({ initial, errors, models, regions }: Props) {
  const t = useTranslations("Form");
  const router = useRouter();
  const [form, setForm] = useState(initial);
  const [pending, startTransition] = useTransition();
  const ref = useRef<HTMLFormElement>(null);
  const errorCount = Object.keys(errors).length;

  useEffect(() => {
    if (errorCount === 0) return;
    const first = ref.current?.querySelector<HTMLElement>("[aria-invalid=true], [data-error-anchor]");
    first?.focus();
  }, [errors, errorCount]);

  const update = (patch: Partial<FormState>) => setForm((f) => ({ ...f, ...patch }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    sessionStorage.setItem(SCROLL_FLAG, "1");
    startTransition(() => router.push(`/?${encodeForm(canonical(form, models, regions))}`, { scroll: false }));
  };

  return (
    <form ref={ref} onSubmit={submit} noValidate aria-labelledby="calc-title" className="space-y-4">
      <div>
        <h1 id="calc-title" className="text-2xl font-bold text-brand-900">
          {t("title")}
        </h1>
        <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      </div>
      {errorCount > 0 ? (
        <div role="alert" className="rounded-lg border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-800">
          <p className="font-semibold">{t("errorsTitle", { count: errorCount })}</p>
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
      <CarFields form={form} update={update} errors={errors} models={models} regions={regions} />
      <DriversFields form={form} update={update} errors={errors} />
      <CoverFields form={form} update={update} errors={errors} />
      <ExtrasFields form={form} update={update} errors={errors} />
      <button type="submit" disabled={pending} className="w-full rounded-lg bg-brand-600 px-4 py-3 text-base font-semibold text-white shadow hover:bg-brand-700 disabled:opacity-70">
        {pending ? t("calculating") : t("submit")}
      </button>
    </form>
  );
}
