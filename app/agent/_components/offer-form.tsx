"use client";
import { useActionState } from "react";
import { Field, inputClass, describedBy } from "@/app/_components/ui/field";
import type { FormResult } from "@/app/editor/_components/form-result";
import { SubmitButton } from "@/app/editor/_components/submit-button";
import { createOfferAction } from "../_actions/offer";

export interface OfferFormLabels {
  choose: string;
  language: string;
  languageRu: string;
  languageEn: string;
  expiresOn: string;
  expiresHint: string;
  create: string;
  creating: string;
  fixErrors: string;
  printView: string;
  pdf: string;
}

const IDLE: FormResult = { status: "idle", message: "", issues: [] };

/** Picks 1–5 offers, the language and the link's last day; on success shows the client's link once. */
export function OfferForm({ calculationId, offers, locale, labels }: { calculationId: number; offers: { insurerId: string; label: string }[]; locale: "ru" | "en"; labels: OfferFormLabels }) {
  const [state, action] = useActionState(createOfferAction, IDLE);
  const err = (path: string) => (state.status === "error" ? state.issues.find((i) => i.path === path)?.message : undefined);
  const chosen = state.status === "error" ? (state.values?.insurerIds ?? "").split(",").filter(Boolean) : offers.slice(0, 3).map((o) => o.insurerId);
  const choiceError = err("insurerIds");
  return (
    <div className="space-y-4">
      <form action={action} key={state.status === "error" ? JSON.stringify(state.values) : "fresh"} className="space-y-4" noValidate>
        <input type="hidden" name="calculationId" value={calculationId} />
        {state.status === "error" ? (
          <p role="alert" className="rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-900">
            {labels.fixErrors}
          </p>
        ) : null}
        <fieldset className="space-y-2" aria-describedby={choiceError ? "offer-choose-error" : undefined}>
          <legend className="text-sm font-medium text-slate-800">{labels.choose}</legend>
          <div className="grid gap-1 sm:grid-cols-2">
            {offers.map((o) => (
              <label key={o.insurerId} className="flex items-center gap-2 text-sm text-slate-800">
                <input type="checkbox" name="insurerIds" value={o.insurerId} defaultChecked={chosen.includes(o.insurerId)} className="size-4 accent-brand-600" />
                {o.label}
              </label>
            ))}
          </div>
          {choiceError ? (
            <p id="offer-choose-error" className="text-sm font-medium text-red-700">
              {choiceError}
            </p>
          ) : null}
        </fieldset>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="offer-locale" label={labels.language} error={err("locale")}>
            <select {...describedBy("offer-locale", undefined, err("locale"))} name="locale" defaultValue={state.values?.locale ?? locale} className={inputClass}>
              <option value="ru">{labels.languageRu}</option>
              <option value="en">{labels.languageEn}</option>
            </select>
          </Field>
          <Field id="offer-expires" label={labels.expiresOn} hint={labels.expiresHint} error={err("expiresOn")}>
            <input {...describedBy("offer-expires", labels.expiresHint, err("expiresOn"))} type="date" name="expiresOn" defaultValue={state.values?.expiresOn ?? ""} className={inputClass} />
          </Field>
        </div>
        <SubmitButton pendingText={labels.creating}>{labels.create}</SubmitButton>
      </form>
      {state.status === "ok" && state.values?.link ? (
        <div role="status" className="space-y-2 rounded-lg border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
          <p>{state.message}</p>
          <p>
            <a href={state.values.link} className="break-all font-mono underline" data-testid="client-link">
              {state.values.link}
            </a>
          </p>
          <p className="flex flex-wrap gap-3">
            <a href={`/agent/offers/${state.values.offerId}`} className="underline">
              {labels.printView}
            </a>
            <a href={`/agent/offers/${state.values.offerId}/pdf`} className="underline">
              {labels.pdf}
            </a>
          </p>
        </div>
      ) : null}
    </div>
  );
}
