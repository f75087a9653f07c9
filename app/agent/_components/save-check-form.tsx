"use client";
import { useActionState } from "react";
import { describedBy, Field, inputClass } from "@/app/_components/ui/field";
import type { FormResult } from "@/app/editor/_components/form-result";
import { SubmitButton } from "@/app/editor/_components/submit-button";
import { saveCheckAction } from "../_actions/policy-checks";

export interface SaveCheckLabels {
  title: string;
  client: string;
  choose: string;
  submit: string;
  pending: string;
  hint: string;
  noClients: string;
}

const IDLE: FormResult = { status: "idle", message: "", issues: [] };

/** "Save the check for a client" under the check's report: choose one of the agent's clients, save. */
export function SaveCheckForm({ query, calculationId, clients, selected, labels, errors }: { query: string; calculationId: string; clients: { id: number; name: string }[]; selected: string; labels: SaveCheckLabels; errors: Record<string, string> }) {
  const [state, action] = useActionState(saveCheckAction, IDLE);
  const code = state.status === "error" ? state.issues[0]?.message : undefined;
  const error = code ? (errors[code] ?? errors.invalid) : undefined;
  const chosen = state.values?.clientId ?? selected;
  return (
    <section aria-labelledby="save-check-title" className="space-y-3 rounded-xl border border-brand-600/30 bg-white p-4 shadow-sm print:hidden">
      <h3 id="save-check-title" className="text-base font-semibold text-brand-900">
        {labels.title}
      </h3>
      {clients.length > 0 ? (
        <form action={action} className="flex flex-wrap items-end gap-3" noValidate>
          <input type="hidden" name="query" value={query} />
          <input type="hidden" name="calculationId" value={chosen === selected ? calculationId : ""} />
          <Field id="save-check-client" label={labels.client} hint={labels.hint} error={error} className="min-w-0 grow">
            <select {...describedBy("save-check-client", "hint", error)} name="clientId" defaultValue={chosen} key={chosen} className={inputClass}>
              <option value="">{labels.choose}</option>
              {clients.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </Field>
          <SubmitButton pendingText={labels.pending}>{labels.submit}</SubmitButton>
        </form>
      ) : (
        <p className="text-sm text-slate-700">{labels.noClients}</p>
      )}
    </section>
  );
}
