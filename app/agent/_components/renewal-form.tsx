"use client";
import { useActionState } from "react";
import { describedBy, Field, inputClass } from "@/app/_components/ui/field";
import { IDLE, type FormResult } from "@/app/editor/_components/form-result";
import { SubmitButton } from "@/app/editor/_components/submit-button";
import { requotePolicyAction } from "../_actions/policies";

export interface RenewalFormLabels {
  insuredValue: string;
  insuredValueHint: string;
  claims: string;
  submit: string;
  pending: string;
}

/** "Re-quote for next year" for one policy: the insured value (suggested) and the year's claims, one click. */
export function RenewalForm({ policyId, suggestedValue, labels, errors }: { policyId: number; suggestedValue: string; labels: RenewalFormLabels; errors: Record<string, string> }) {
  const [state, action] = useActionState<FormResult, FormData>(requotePolicyAction, IDLE);
  const v = state.values ?? {};
  const err = (path: string) => {
    const code = state.issues.find((i) => i.path === path)?.message;
    return code ? (errors[code] ?? errors.invalid) : undefined;
  };
  const other = state.status === "error" ? state.issues.find((i) => i.path !== "insuredValue" && i.path !== "claims") : undefined;
  const id = `renewal-${policyId}`;
  return (
    <form action={action} key={JSON.stringify(v)} className="flex flex-wrap items-end gap-2" noValidate>
      <input type="hidden" name="id" value={policyId} />
      <Field id={`${id}-value`} label={labels.insuredValue} hint={labels.insuredValueHint} error={err("insuredValue")} className="w-56">
        <input {...describedBy(`${id}-value`, labels.insuredValueHint, err("insuredValue"))} name="insuredValue" inputMode="decimal" maxLength={20} defaultValue={v.insuredValue ?? suggestedValue} className={inputClass} />
      </Field>
      <Field id={`${id}-claims`} label={labels.claims} error={err("claims")} className="w-28">
        <input {...describedBy(`${id}-claims`, undefined, err("claims"))} name="claims" inputMode="numeric" maxLength={3} defaultValue={v.claims ?? "0"} className={inputClass} />
      </Field>
      <SubmitButton pendingText={labels.pending}>{labels.submit}</SubmitButton>
      {other ? (
        <p role="alert" className="basis-full text-sm font-medium text-red-700">
          {errors[other.message] ?? errors.invalid}
        </p>
      ) : null}
    </form>
  );
}
