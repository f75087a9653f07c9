"use client";
import Link from "next/link";
import { useActionState } from "react";
import { describedBy, Field, inputClass } from "@/app/_components/ui/field";
import type { FormResult } from "@/app/editor/_components/form-result";
import { SubmitButton } from "@/app/editor/_components/submit-button";
import { saveCalculationAction } from "../_actions/calculations";

export interface SaveLabels {
  title: string;
  client: string;
  choose: string;
  submit: string;
  pending: string;
  newClient: string;
  hint: string;
  noClients: string;
}

const IDLE: FormResult = { status: "idle", message: "", issues: [] };

/** "Save for client" under the results: choose one of the agent's clients (or add one), save. */
export function SaveForClientForm({ query, clients, selected, labels, errors }: { query: string; clients: { id: number; name: string }[]; selected: string; labels: SaveLabels; errors: Record<string, string> }) {
  const [state, action] = useActionState(saveCalculationAction, IDLE);
  const code = state.status === "error" ? state.issues[0]?.message : undefined;
  const error = code ? (errors[code] ?? errors.invalid) : undefined;
  // The calculation without the chosen client, to come back to after adding a new one.
  const back = new URLSearchParams(query);
  back.delete("client");
  return (
    <section aria-labelledby="save-title" className="space-y-3 rounded-xl border border-brand-600/30 bg-white p-4 shadow-sm print:hidden">
      <h3 id="save-title" className="text-base font-semibold text-brand-900">
        {labels.title}
      </h3>
      <form action={action} className="flex flex-wrap items-end gap-3" noValidate>
        <input type="hidden" name="query" value={query} />
        {clients.length > 0 ? (
          <Field id="save-client" label={labels.client} hint={labels.hint} error={error} className="min-w-0 grow">
            <select {...describedBy("save-client", "hint", error)} name="clientId" defaultValue={state.values?.clientId ?? selected} key={state.values?.clientId ?? selected} className={inputClass}>
              <option value="">{labels.choose}</option>
              {clients.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </Field>
        ) : (
          <p className="grow text-sm text-slate-700">{labels.noClients}</p>
        )}
        {clients.length > 0 ? <SubmitButton pendingText={labels.pending}>{labels.submit}</SubmitButton> : null}
        <Link href={`/agent/clients/new?return=${encodeURIComponent(`/?${back}`)}`} className="inline-flex items-center rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50">
          {labels.newClient}
        </Link>
      </form>
    </section>
  );
}
