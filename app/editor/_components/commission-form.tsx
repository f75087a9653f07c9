"use client";
import { useActionState } from "react";
import { describedBy, Field, inputClass } from "@/app/_components/ui/field";
import { setCommissionAction } from "../_actions/commissions";
import { fieldError, IDLE } from "./form-result";
import { SubmitButton } from "./submit-button";

/** A new commission rate for an agency and insurer from a date (earlier rates stay in the history). */
export function CommissionForm({ agencies, insurers, today }: { agencies: { id: number; name: string }[]; insurers: { id: string; name: string }[]; today: string }) {
  const [state, action] = useActionState(setCommissionAction, IDLE);
  const err = (path: string) => (state.status === "error" ? fieldError(state, path) : undefined);
  return (
    <form action={action} key={state.status === "error" ? JSON.stringify(state.values) : state.message} className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4" noValidate>
      {state.status === "ok" ? (
        <p role="status" className="rounded-lg border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm font-medium text-emerald-900 sm:col-span-2 lg:col-span-4">
          {state.message}
        </p>
      ) : state.status === "error" ? (
        <p role="alert" className="rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-900 sm:col-span-2 lg:col-span-4">
          {state.message}
        </p>
      ) : null}
      <Field id="commission-agency" label="Агентство" error={err("agencyId")}>
        <select {...describedBy("commission-agency", undefined, err("agencyId"))} name="agencyId" defaultValue={state.values?.agencyId ?? ""} className={inputClass}>
          <option value="">Выберите…</option>
          {agencies.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id="commission-insurer" label="Страховщик" error={err("insurerId")}>
        <select {...describedBy("commission-insurer", undefined, err("insurerId"))} name="insurerId" defaultValue={state.values?.insurerId ?? ""} className={inputClass}>
          <option value="">Выберите…</option>
          {insurers.map((i) => (
            <option key={i.id} value={i.id}>
              {i.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id="commission-percent" label="Комиссия, % премии" hint="Например 15 или 12,5" error={err("percent")}>
        <input {...describedBy("commission-percent", "Например 15 или 12,5", err("percent"))} name="percent" inputMode="decimal" maxLength={12} defaultValue={state.values?.percent ?? ""} className={inputClass} />
      </Field>
      <Field id="commission-from" label="Действует с" error={err("effectiveFrom")}>
        <input {...describedBy("commission-from", undefined, err("effectiveFrom"))} name="effectiveFrom" type="date" defaultValue={state.values?.effectiveFrom ?? today} className={inputClass} />
      </Field>
      <div className="sm:col-span-2 lg:col-span-4">
        <SubmitButton pendingText="Записываем…">Записать комиссию</SubmitButton>
      </div>
    </form>
  );
}
