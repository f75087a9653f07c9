"use client";
import { useActionState } from "react";
import { describedBy, Field, inputClass } from "@/app/_components/ui/field";
import { dangerButtonClass } from "@/app/editor/_components/styles";
import { IDLE, type FormResult } from "@/app/editor/_components/form-result";
import { SubmitButton } from "@/app/editor/_components/submit-button";
import { cancelPolicyAction, correctPolicyAction } from "../_actions/policies";

export interface PolicyChangeLabels {
  premiumPaid: string;
  startDate: string;
  endDate: string;
  correct: string;
  cancelConfirm: string;
  cancel: string;
  pending: string;
  fixErrors: string;
}

const FIELDS = ["premiumPaid", "startDate", "endDate"];

/** Correcting a recorded policy (premium and dates) and cancelling it, for one policy. */
export function PolicyChangeForms({ policy, labels, errors }: { policy: { id: number; premiumPaid: string; startDate: string; endDate: string }; labels: PolicyChangeLabels; errors: Record<string, string> }) {
  const [state, correct] = useActionState<FormResult, FormData>(correctPolicyAction, IDLE);
  const [cancelState, cancel] = useActionState<FormResult, FormData>(cancelPolicyAction, IDLE);
  const v = state.values ?? {};
  const id = (name: string) => `policy-${policy.id}-${name}`;
  const err = (path: string) => {
    const code = state.issues.find((i) => i.path === path)?.message;
    return code ? (errors[code] ?? errors.invalid) : undefined;
  };
  const whole = state.status === "error" ? state.issues.find((i) => !FIELDS.includes(i.path)) : undefined;
  const cancelCode = cancelState.status === "error" ? cancelState.issues[0]?.message : undefined;
  const cancelError = cancelCode ? (errors[cancelCode] ?? errors.invalid) : undefined;
  return (
    <div className="mt-2 space-y-3">
      <form action={correct} key={JSON.stringify(v)} className="grid gap-3 sm:grid-cols-3" noValidate>
        <input type="hidden" name="id" value={policy.id} />
        {state.status === "error" ? (
          <p role="alert" className="text-sm font-medium text-red-700 sm:col-span-3">
            {whole ? (errors[whole.message] ?? errors.invalid) : labels.fixErrors}
          </p>
        ) : null}
        <Field id={id("premium")} label={labels.premiumPaid} error={err("premiumPaid")}>
          <input {...describedBy(id("premium"), undefined, err("premiumPaid"))} name="premiumPaid" inputMode="decimal" maxLength={20} defaultValue={v.premiumPaid ?? policy.premiumPaid} className={inputClass} />
        </Field>
        <Field id={id("start")} label={labels.startDate} error={err("startDate")}>
          <input {...describedBy(id("start"), undefined, err("startDate"))} type="date" name="startDate" defaultValue={v.startDate ?? policy.startDate} className={inputClass} />
        </Field>
        <Field id={id("end")} label={labels.endDate} error={err("endDate")}>
          <input {...describedBy(id("end"), undefined, err("endDate"))} type="date" name="endDate" defaultValue={v.endDate ?? policy.endDate} className={inputClass} />
        </Field>
        <div className="sm:col-span-3">
          <SubmitButton pendingText={labels.pending}>{labels.correct}</SubmitButton>
        </div>
      </form>
      <form action={cancel} className="flex flex-wrap items-center gap-3" noValidate>
        <input type="hidden" name="id" value={policy.id} />
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" name="confirm" aria-invalid={cancelError ? true : undefined} aria-describedby={cancelError ? id("cancel-error") : undefined} />
          {labels.cancelConfirm}
        </label>
        <SubmitButton pendingText={labels.pending} className={dangerButtonClass}>
          {labels.cancel}
        </SubmitButton>
        {cancelError ? (
          <p id={id("cancel-error")} role="alert" className="w-full text-sm font-medium text-red-700">
            {cancelError}
          </p>
        ) : null}
      </form>
    </div>
  );
}
