"use client";
import { useActionState } from "react";
import { describedBy, Field, inputClass } from "@/app/_components/ui/field";
import { IDLE, type FormResult } from "@/app/editor/_components/form-result";
import { SubmitButton } from "@/app/editor/_components/submit-button";
import { recordPolicyAction } from "../_actions/policies";

export interface PolicyFormLabels {
  insurer: string;
  premiumPaid: string;
  startDate: string;
  endDate: string;
  submit: string;
  pending: string;
  fixErrors: string;
}

/** "The client bought a policy": the insurer (one of the calculation's offers), the premium paid and the dates. */
export function PolicyForm({ calculationId, offers, defaults, labels, errors }: { calculationId: number; offers: { insurerId: string; name: string; premium: string }[]; defaults: { startDate: string; endDate: string }; labels: PolicyFormLabels; errors: Record<string, string> }) {
  const [state, action] = useActionState<FormResult, FormData>(recordPolicyAction, IDLE);
  const v = state.values ?? {};
  const err = (path: string) => {
    const code = state.issues.find((i) => i.path === path)?.message;
    return code ? (errors[code] ?? errors.invalid) : undefined;
  };
  const whole = state.status === "error" ? state.issues.find((i) => !["insurerId", "premiumPaid", "startDate", "endDate"].includes(i.path)) : undefined;
  return (
    <form action={action} key={JSON.stringify(v)} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" noValidate>
      <input type="hidden" name="calculationId" value={calculationId} />
      {state.status === "error" ? (
        <p role="alert" className="text-sm font-medium text-red-700 sm:col-span-2 lg:col-span-4">
          {whole ? (errors[whole.message] ?? errors.invalid) : labels.fixErrors}
        </p>
      ) : null}
      <Field id="policy-insurer" label={labels.insurer} error={err("insurerId")}>
        <select {...describedBy("policy-insurer", undefined, err("insurerId"))} name="insurerId" defaultValue={v.insurerId ?? offers[0]?.insurerId} className={inputClass}>
          {offers.map((o) => (
            <option key={o.insurerId} value={o.insurerId}>
              {o.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id="policy-premium" label={labels.premiumPaid} error={err("premiumPaid")}>
        <input {...describedBy("policy-premium", undefined, err("premiumPaid"))} name="premiumPaid" inputMode="decimal" maxLength={20} defaultValue={v.premiumPaid ?? offers[0]?.premium ?? ""} className={inputClass} />
      </Field>
      <Field id="policy-start" label={labels.startDate} error={err("startDate")}>
        <input {...describedBy("policy-start", undefined, err("startDate"))} type="date" name="startDate" defaultValue={v.startDate ?? defaults.startDate} className={inputClass} />
      </Field>
      <Field id="policy-end" label={labels.endDate} error={err("endDate")}>
        <input {...describedBy("policy-end", undefined, err("endDate"))} type="date" name="endDate" defaultValue={v.endDate ?? defaults.endDate} className={inputClass} />
      </Field>
      <div className="sm:col-span-2 lg:col-span-4">
        <SubmitButton pendingText={labels.pending}>{labels.submit}</SubmitButton>
      </div>
    </form>
  );
}
