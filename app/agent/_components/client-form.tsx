"use client";
import { useActionState } from "react";
import { describedBy, Field, inputClass } from "@/app/_components/ui/field";
import type { FormResult } from "@/app/editor/_components/form-result";
import { SubmitButton } from "@/app/editor/_components/submit-button";
import { createClientAction, updateClientAction } from "../_actions/clients";

export interface ClientFormLabels {
  name: string;
  phone: string;
  phoneHint: string;
  email: string;
  birthDate: string;
  birthDateHint: string;
  notes: string;
  notesHint: string;
  consents: string;
  consentProcessing: string;
  consentTransfer: string;
  submit: string;
  pending: string;
  saved: string;
  fixErrors: string;
}

export interface ConsentShown {
  text: string;
  version: string;
}

interface Props {
  labels: ClientFormLabels;
  /** AgentErrors messages by code. */
  errors: Record<string, string>;
  /** Editing: the client's id and current values. Creating: absent. */
  client?: { id: number; name: string; phone: string; email: string; birthDate: string; notes: string };
  /** Creating: the consent texts shown, with their versions. */
  consentTexts?: { processing: ConsentShown; transfer: ConsentShown };
  /** Creating from the calculator: the calculation to go back to. */
  returnTo?: string;
}

const IDLE: FormResult = { status: "idle", message: "", issues: [] };

/** A client's details; a new client also gets the two consents, each with the text shown. Nothing typed is lost on an error. */
export function ClientForm({ labels, errors, client, consentTexts, returnTo }: Props) {
  const [state, action] = useActionState(client ? updateClientAction : createClientAction, IDLE);
  const err = (path: string) => {
    const code = state.status === "error" ? state.issues.find((i) => i.path === path)?.message : undefined;
    return code ? (errors[code] ?? errors.invalid) : undefined;
  };
  const value = (name: string, fallback = "") => state.values?.[name] ?? fallback;
  const formError = state.status === "error" ? (state.issues.length > 0 ? labels.fixErrors : (errors[state.message] ?? errors.invalid)) : undefined;
  return (
    <form action={action} className="grid gap-4 sm:grid-cols-2" noValidate>
      {client ? <input type="hidden" name="id" value={client.id} /> : null}
      {returnTo ? <input type="hidden" name="return" value={returnTo} /> : null}
      {formError ? (
        <p role="alert" className="rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-900 sm:col-span-2">
          {formError}
        </p>
      ) : null}
      {state.status === "ok" ? (
        <p role="status" className="rounded-lg border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm font-medium text-emerald-900 sm:col-span-2">
          {labels.saved}
        </p>
      ) : null}
      <Field id="client-name" label={labels.name} error={err("name")}>
        <input {...describedBy("client-name", undefined, err("name"))} name="name" maxLength={200} required autoComplete="off" defaultValue={value("name", client?.name)} key={`name-${value("name", client?.name)}`} className={inputClass} />
      </Field>
      <Field id="client-phone" label={labels.phone} hint={labels.phoneHint} error={err("phone")}>
        <input {...describedBy("client-phone", "hint", err("phone"))} name="phone" type="tel" maxLength={30} autoComplete="off" defaultValue={value("phone", client?.phone)} key={`phone-${value("phone", client?.phone)}`} className={inputClass} />
      </Field>
      <Field id="client-email" label={labels.email} error={err("email")}>
        <input {...describedBy("client-email", undefined, err("email"))} name="email" type="email" maxLength={254} autoComplete="off" defaultValue={value("email", client?.email)} key={`email-${value("email", client?.email)}`} className={inputClass} />
      </Field>
      <Field id="client-birth" label={labels.birthDate} hint={labels.birthDateHint} error={err("birthDate")}>
        <input {...describedBy("client-birth", "hint", err("birthDate"))} name="birthDate" type="date" defaultValue={value("birthDate", client?.birthDate)} key={`birth-${value("birthDate", client?.birthDate)}`} className={inputClass} />
      </Field>
      <Field id="client-notes" label={labels.notes} hint={labels.notesHint} error={err("notes")} className="sm:col-span-2">
        <textarea {...describedBy("client-notes", "hint", err("notes"))} name="notes" rows={3} maxLength={2000} defaultValue={value("notes", client?.notes)} key={`notes-${value("notes", client?.notes)}`} className={inputClass} />
      </Field>
      {consentTexts ? (
        <fieldset className="space-y-3 rounded-lg border border-slate-200 p-3 sm:col-span-2">
          <legend className="px-1 text-sm font-semibold text-brand-900">{labels.consents}</legend>
          {(["processing", "transfer"] as const).map((kind) => {
            const id = kind === "processing" ? "consent-processing" : "consent-transfer";
            const name = kind === "processing" ? "consentProcessing" : "consentTransfer";
            const error = err(name);
            return (
              <div key={kind} className="space-y-1">
                <p id={`${id}-text`} className="text-sm text-slate-700">
                  {consentTexts[kind].text} <span className="text-xs text-slate-500">({consentTexts[kind].version})</span>
                </p>
                <div className="flex items-start gap-2">
                  <input
                    id={id}
                    name={name}
                    type="checkbox"
                    defaultChecked={state.values?.[name] === "on"}
                    key={`${name}-${state.values?.[name] ?? ""}`}
                    aria-describedby={error ? `${id}-error ${id}-text` : `${id}-text`}
                    aria-invalid={error ? true : undefined}
                    className="mt-1 size-4 accent-brand-600"
                  />
                  <label htmlFor={id} className="text-sm font-medium text-slate-800">
                    {kind === "processing" ? labels.consentProcessing : labels.consentTransfer}
                  </label>
                </div>
                {error ? (
                  <p id={`${id}-error`} className="text-sm font-medium text-red-700">
                    {error}
                  </p>
                ) : null}
              </div>
            );
          })}
        </fieldset>
      ) : null}
      <div className="sm:col-span-2">
        <SubmitButton pendingText={labels.pending}>{labels.submit}</SubmitButton>
      </div>
    </form>
  );
}
