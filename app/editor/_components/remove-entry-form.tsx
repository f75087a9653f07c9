"use client";
import { useActionState } from "react";
import { fieldError, IDLE, type FormResult } from "./form-result";
import { dangerButtonClass } from "./styles";
import { SubmitButton } from "./submit-button";

export interface RemoveEntryLabels {
  confirm: string;
  submit: string;
  pending: string;
}

/**
 * Removing a catalog entry (a model, a make): a confirmation box, then the server's refusal (with
 * what still uses the entry) or the list page. `entry` names the entry to the action, as a hidden
 * field with the revision the editor saw.
 */
export function RemoveEntryForm({
  action: removeAction,
  entry,
  revision,
  confirmId,
  labels,
}: {
  action: (previous: FormResult, formData: FormData) => Promise<FormResult>;
  entry: { field: string; value: string };
  revision: number;
  confirmId: string;
  labels: RemoveEntryLabels;
}) {
  const [state, action] = useActionState(removeAction, IDLE);
  const confirmError = state.status === "error" ? fieldError(state, "confirm") : undefined;
  return (
    <form action={action} className="space-y-3" noValidate>
      {state.status === "error" ? (
        <p role="alert" className="rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-900">
          {state.message}
        </p>
      ) : null}
      <input type="hidden" name={entry.field} value={entry.value} />
      <input type="hidden" name="baseRevision" value={revision} />
      <div className="flex items-start gap-2">
        <input id={confirmId} type="checkbox" name="confirm" value="yes" aria-invalid={confirmError ? true : undefined} className="mt-1 size-4 accent-brand-600" />
        <label htmlFor={confirmId} className="text-sm text-slate-800">
          {labels.confirm}
        </label>
      </div>
      <SubmitButton pendingText={labels.pending} className={dangerButtonClass}>
        {labels.submit}
      </SubmitButton>
    </form>
  );
}
