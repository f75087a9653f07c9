"use client";
import { useActionState } from "react";
import { inputClass } from "@/app/_components/ui/field";
import type { FormResult } from "@/app/editor/_components/form-result";
import { SubmitButton } from "@/app/editor/_components/submit-button";
import { buttonClass } from "@/app/editor/_components/styles";
import { setDiscountAction } from "../_actions/offer";

export interface DiscountFormLabels {
  kind: string;
  percent: string;
  rubles: string;
  value: string;
  apply: string;
  applying: string;
}

const IDLE: FormResult = { status: "idle", message: "", issues: [] };

/** The discount on one offer: percent of the premium or rubles; an error is shown at the amount, and what was typed stays. */
export function DiscountForm({ calculationId, insurerId, current, labels }: { calculationId: number; insurerId: string; current: { kind: "percent" | "rubles"; value: string } | null; labels: DiscountFormLabels }) {
  const [state, action] = useActionState(setDiscountAction, IDLE);
  const id = `discount-${insurerId}`;
  const error = state.status === "error" ? (state.issues.find((i) => i.path === "value")?.message ?? state.issues[0]?.message ?? state.message) : undefined;
  const kind = state.values?.kind ?? current?.kind ?? "rubles";
  const value = state.values?.value ?? current?.value ?? "";
  return (
    <form action={action} key={`${state.status}:${kind}:${value}`} className="flex flex-wrap items-start gap-2" noValidate>
      <input type="hidden" name="calculationId" value={calculationId} />
      <input type="hidden" name="insurerId" value={insurerId} />
      <div className="w-28">
        <label htmlFor={`${id}-value`} className="sr-only">
          {labels.value}
        </label>
        <input id={`${id}-value`} name="value" defaultValue={value} inputMode="decimal" maxLength={20} placeholder="0" className={inputClass} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} />
      </div>
      <div>
        <label htmlFor={`${id}-kind`} className="sr-only">
          {labels.kind}
        </label>
        <select id={`${id}-kind`} name="kind" defaultValue={kind} className={`${inputClass} w-auto`}>
          <option value="rubles">{labels.rubles}</option>
          <option value="percent">{labels.percent}</option>
        </select>
      </div>
      <SubmitButton pendingText={labels.applying} className={buttonClass}>
        {labels.apply}
      </SubmitButton>
      {error ? (
        <p id={`${id}-error`} role="alert" className="basis-full text-sm font-medium text-red-700">
          {error}
        </p>
      ) : state.status === "ok" ? (
        <p role="status" className="basis-full text-sm text-green-800">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
