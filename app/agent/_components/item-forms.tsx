"use client";
import { useActionState } from "react";
import { describedBy, Field, inputClass } from "@/app/_components/ui/field";
import type { FormResult } from "@/app/editor/_components/form-result";
import { SubmitButton } from "@/app/editor/_components/submit-button";
import { addDriverAction, addVehicleAction, eraseClientAction } from "../_actions/clients";

const IDLE: FormResult = { status: "idle", message: "", issues: [] };

function useErrors(state: FormResult, errors: Record<string, string>) {
  return (path: string) => {
    const code = state.status === "error" ? state.issues.find((i) => i.path === path)?.message : undefined;
    return code ? (errors[code] ?? errors.invalid) : undefined;
  };
}

export interface VehicleLabels {
  title: string;
  model: string;
  year: string;
  price: string;
  power: string;
  region: string;
  regionAny: string;
  submit: string;
  pending: string;
}

/** A car to keep with the client: model and region from the catalog, year, price, optional power. */
export function VehicleForm({ clientId, labels, errors, models, regions }: { clientId: number; labels: VehicleLabels; errors: Record<string, string>; models: { id: string; label: string }[]; regions: { code: string; label: string }[] }) {
  const [state, action] = useActionState(addVehicleAction, IDLE);
  const err = useErrors(state, errors);
  const v = (name: string) => state.values?.[name] ?? "";
  const k = state.status === "error" ? "e" + JSON.stringify(state.values) : state.status;
  return (
    <form action={action} className="grid gap-3 sm:grid-cols-3" noValidate aria-label={labels.title}>
      <input type="hidden" name="clientId" value={clientId} />
      <Field id="vehicle-model" label={labels.model} error={err("modelId")}>
        <select {...describedBy("vehicle-model", undefined, err("modelId"))} name="modelId" defaultValue={v("modelId")} key={`m${k}`} className={inputClass}>
          <option value="">—</option>
          {models.map((m) => (
            <option key={m.id} value={m.id}>
              {m.label}
            </option>
          ))}
        </select>
      </Field>
      <Field id="vehicle-year" label={labels.year} error={err("year")}>
        <input {...describedBy("vehicle-year", undefined, err("year"))} name="year" inputMode="numeric" maxLength={4} defaultValue={v("year")} key={`y${k}`} className={inputClass} />
      </Field>
      <Field id="vehicle-price" label={labels.price} error={err("price")}>
        <input {...describedBy("vehicle-price", undefined, err("price"))} name="price" inputMode="decimal" maxLength={16} defaultValue={v("price")} key={`p${k}`} className={inputClass} />
      </Field>
      <Field id="vehicle-power" label={labels.power} error={err("powerHp")}>
        <input {...describedBy("vehicle-power", undefined, err("powerHp"))} name="powerHp" inputMode="numeric" maxLength={4} defaultValue={v("powerHp")} key={`w${k}`} className={inputClass} />
      </Field>
      <Field id="vehicle-region" label={labels.region} error={err("region")}>
        <select {...describedBy("vehicle-region", undefined, err("region"))} name="region" defaultValue={v("region")} key={`r${k}`} className={inputClass}>
          <option value="">{labels.regionAny}</option>
          {regions.map((r) => (
            <option key={r.code} value={r.code}>
              {r.label}
            </option>
          ))}
        </select>
      </Field>
      <div className="flex items-end">
        <SubmitButton pendingText={labels.pending}>{labels.submit}</SubmitButton>
      </div>
    </form>
  );
}

export interface DriverLabels {
  title: string;
  name: string;
  age: string;
  experience: string;
  sex: string;
  sexNone: string;
  male: string;
  female: string;
  submit: string;
  pending: string;
}

/** A driver to keep with the client: name (optional), age, experience, sex (optional). */
export function DriverForm({ clientId, labels, errors }: { clientId: number; labels: DriverLabels; errors: Record<string, string> }) {
  const [state, action] = useActionState(addDriverAction, IDLE);
  const err = useErrors(state, errors);
  const v = (name: string) => state.values?.[name] ?? "";
  const k = state.status === "error" ? "e" + JSON.stringify(state.values) : state.status;
  return (
    <form action={action} className="grid gap-3 sm:grid-cols-4" noValidate aria-label={labels.title}>
      <input type="hidden" name="clientId" value={clientId} />
      <Field id="driver-name" label={labels.name} error={err("name")}>
        <input {...describedBy("driver-name", undefined, err("name"))} name="name" maxLength={100} autoComplete="off" defaultValue={v("name")} key={`n${k}`} className={inputClass} />
      </Field>
      <Field id="driver-age" label={labels.age} error={err("age")}>
        <input {...describedBy("driver-age", undefined, err("age"))} name="age" inputMode="numeric" maxLength={2} defaultValue={v("age")} key={`a${k}`} className={inputClass} />
      </Field>
      <Field id="driver-experience" label={labels.experience} error={err("experienceYears")}>
        <input {...describedBy("driver-experience", undefined, err("experienceYears"))} name="experienceYears" inputMode="numeric" maxLength={2} defaultValue={v("experienceYears")} key={`x${k}`} className={inputClass} />
      </Field>
      <Field id="driver-sex" label={labels.sex} error={err("sex")}>
        <select {...describedBy("driver-sex", undefined, err("sex"))} name="sex" defaultValue={v("sex")} key={`s${k}`} className={inputClass}>
          <option value="">{labels.sexNone}</option>
          <option value="male">{labels.male}</option>
          <option value="female">{labels.female}</option>
        </select>
      </Field>
      <div className="sm:col-span-4">
        <SubmitButton pendingText={labels.pending}>{labels.submit}</SubmitButton>
      </div>
    </form>
  );
}

/** Erasure on the client's request: a confirmation box, then the irreversible button. */
export function EraseForm({ clientId, labels, errors }: { clientId: number; labels: { confirm: string; submit: string; pending: string }; errors: Record<string, string> }) {
  const [state, action] = useActionState(eraseClientAction, IDLE);
  const err = useErrors(state, errors)("confirm");
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="id" value={clientId} />
      <div className="flex items-start gap-2">
        <input id="erase-confirm" name="confirm" type="checkbox" value="erase" aria-invalid={err ? true : undefined} aria-describedby={err ? "erase-confirm-error" : undefined} className="mt-1 size-4 accent-red-700" />
        <label htmlFor="erase-confirm" className="text-sm font-medium text-slate-800">
          {labels.confirm}
        </label>
      </div>
      {err ? (
        <p id="erase-confirm-error" className="text-sm font-medium text-red-700">
          {err}
        </p>
      ) : null}
      <SubmitButton pendingText={labels.pending} className="inline-flex items-center justify-center gap-1 rounded-md bg-red-700 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-red-800 disabled:cursor-not-allowed disabled:bg-slate-400">
        {labels.submit}
      </SubmitButton>
    </form>
  );
}
