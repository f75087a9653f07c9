"use client";
import { useActionState } from "react";
import { describedBy, Field, inputClass } from "@/app/_components/ui/field";
import type { ModelFormField, ModelFormValues } from "@/lib/catalog/model-form";
import { removeModelAction, saveModelAction } from "../_actions/catalog";
import { fieldError, IDLE } from "./form-result";
import { RemoveEntryForm, type RemoveEntryLabels } from "./remove-entry-form";
import { SubmitButton } from "./submit-button";

export interface ModelFormLabels {
  fields: Record<ModelFormField, string>;
  hints: Partial<Record<ModelFormField, string>>;
  choose: string;
  submit: string;
  pending: string;
}

type Choice = { id: string; label: string };

/** A catalog model: every field with its inline error; the id is fixed once the model exists. */
export function CatalogModelForm({
  mode,
  initial,
  revision,
  labels,
  choices,
}: {
  mode: "new" | "edit";
  initial: ModelFormValues;
  revision?: number;
  labels: ModelFormLabels;
  choices: { class: Choice[]; body: Choice[]; transmission: Choice[]; theftRiskGroup: Choice[]; make: Choice[] };
}) {
  const [state, action] = useActionState(saveModelAction, IDLE);
  const values = (state.values as ModelFormValues | undefined) ?? initial;
  const err = (path: ModelFormField) => (state.status === "error" ? fieldError(state, path) : undefined);
  const id = (field: ModelFormField) => `catalog-${field}`;

  const text = (field: ModelFormField, props: { inputMode?: "numeric"; maxLength?: number; readOnly?: boolean; list?: string } = {}) => (
    <Field id={id(field)} label={labels.fields[field]} hint={labels.hints[field]} error={err(field)}>
      <input {...describedBy(id(field), labels.hints[field], err(field))} name={field} defaultValue={values[field]} maxLength={props.maxLength ?? 80} inputMode={props.inputMode} readOnly={props.readOnly} list={props.list} autoComplete={props.list ? "off" : undefined} className={`${inputClass} read-only:bg-slate-100`} />
    </Field>
  );
  const select = (field: "class" | "body" | "transmission" | "theftRiskGroup") => (
    <Field id={id(field)} label={labels.fields[field]} hint={labels.hints[field]} error={err(field)}>
      <select {...describedBy(id(field), labels.hints[field], err(field))} name={field} defaultValue={values[field]} className={inputClass}>
        <option value="">{labels.choose}</option>
        {choices[field].map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </select>
    </Field>
  );

  return (
    <form action={action} key={state.status === "error" ? JSON.stringify(state.values) : "form"} className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" noValidate>
      {state.status === "error" ? (
        <p role="alert" className="rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-900 sm:col-span-2 lg:col-span-3">
          {state.message}
        </p>
      ) : null}
      <input type="hidden" name="mode" value={mode} />
      {revision !== undefined ? <input type="hidden" name="baseRevision" value={revision} /> : null}
      {text("id", { readOnly: mode === "edit" })}
      {text("make", { maxLength: 60, list: "catalog-make-list" })}
      <datalist id="catalog-make-list">
        {choices.make.map((m) => (
          <option key={m.id} value={m.id}>
            {m.label}
          </option>
        ))}
      </datalist>
      {text("model", { maxLength: 60 })}
      {text("namesRu", { maxLength: 60 })}
      {text("namesEn", { maxLength: 60 })}
      <Field id={id("spellings")} label={labels.fields.spellings} hint={labels.hints.spellings} error={err("spellings")} className="sm:col-span-2 lg:col-span-1">
        <textarea {...describedBy(id("spellings"), labels.hints.spellings, err("spellings"))} name="spellings" defaultValue={values.spellings} rows={3} maxLength={1240} className={inputClass} />
      </Field>
      {select("class")}
      {select("body")}
      {select("transmission")}
      {text("defaultPowerHp", { inputMode: "numeric", maxLength: 6 })}
      {select("theftRiskGroup")}
      {text("listPrice", { inputMode: "numeric", maxLength: 16 })}
      {text("yearFrom", { inputMode: "numeric", maxLength: 4 })}
      {text("yearTo", { inputMode: "numeric", maxLength: 4 })}
      <div className="sm:col-span-2 lg:col-span-3">
        <SubmitButton pendingText={labels.pending}>{labels.submit}</SubmitButton>
      </div>
    </form>
  );
}

/** Removing a model: a confirmation box, then the server's refusal (with the rate books that name it) or the catalog page. */
export function RemoveModelForm({ modelId, revision, labels }: { modelId: string; revision: number; labels: RemoveEntryLabels }) {
  return <RemoveEntryForm action={removeModelAction} entry={{ field: "id", value: modelId }} revision={revision} confirmId="catalog-remove-confirm" labels={labels} />;
}
