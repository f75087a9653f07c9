"use client";
import { useActionState } from "react";
import { describedBy, Field, inputClass } from "@/app/_components/ui/field";
import type { MakeFormField, MakeFormValues } from "@/lib/catalog/make-form";
import { removeMakeAction, saveMakeAction } from "../_actions/catalog-makes";
import { fieldError, IDLE } from "./form-result";
import { RemoveEntryForm, type RemoveEntryLabels } from "./remove-entry-form";
import { SubmitButton } from "./submit-button";

export interface MakeFormLabels {
  fields: Record<MakeFormField, string>;
  hints: Partial<Record<MakeFormField, string>>;
  submit: string;
  pending: string;
}

/** A catalog make: every field with its inline error; the name is fixed once the make exists. */
export function CatalogMakeForm({ mode, initial, revision, labels }: { mode: "new" | "edit"; initial: MakeFormValues; revision?: number; labels: MakeFormLabels }) {
  const [state, action] = useActionState(saveMakeAction, IDLE);
  const values = (state.values as MakeFormValues | undefined) ?? initial;
  const err = (path: MakeFormField) => (state.status === "error" ? fieldError(state, path) : undefined);
  const id = (field: MakeFormField) => `make-${field}`;
  const text = (field: MakeFormField, readOnly = false) => (
    <Field id={id(field)} label={labels.fields[field]} hint={labels.hints[field]} error={err(field)}>
      <input {...describedBy(id(field), labels.hints[field], err(field))} name={field} defaultValue={values[field]} maxLength={60} readOnly={readOnly} className={`${inputClass} read-only:bg-slate-100`} />
    </Field>
  );
  return (
    <form action={action} key={state.status === "error" ? JSON.stringify(state.values) : "form"} className="grid gap-4 sm:grid-cols-2" noValidate>
      {state.status === "error" ? (
        <p role="alert" className="rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-900 sm:col-span-2">
          {state.message}
        </p>
      ) : null}
      <input type="hidden" name="mode" value={mode} />
      {revision !== undefined ? <input type="hidden" name="baseRevision" value={revision} /> : null}
      {text("name", mode === "edit")}
      {text("namesRu")}
      {text("namesEn")}
      <Field id={id("spellings")} label={labels.fields.spellings} hint={labels.hints.spellings} error={err("spellings")}>
        <textarea {...describedBy(id("spellings"), labels.hints.spellings, err("spellings"))} name="spellings" defaultValue={values.spellings} rows={3} maxLength={1240} className={inputClass} />
      </Field>
      <div className="sm:col-span-2">
        <SubmitButton pendingText={labels.pending}>{labels.submit}</SubmitButton>
      </div>
    </form>
  );
}

/** Removing a make: a confirmation box, then the server's refusal (with the models or rate books using it) or the makes page. */
export function RemoveMakeForm({ name, revision, labels }: { name: string; revision: number; labels: RemoveEntryLabels }) {
  return <RemoveEntryForm action={removeMakeAction} entry={{ field: "name", value: name }} revision={revision} confirmId="make-remove-confirm" labels={labels} />;
}
