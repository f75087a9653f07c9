"use client";
import { useActionState } from "react";
import { IDLE, type FormResult } from "@/app/editor/_components/form-result";
import { SubmitButton } from "@/app/editor/_components/submit-button";
import { buttonClass, dangerButtonClass } from "@/app/editor/_components/styles";
import { calendarAction } from "../_actions/calendar";

export interface CalendarLabels {
  make: string;
  remake: string;
  revoke: string;
  pending: string;
  linkOnce: string;
  linkLabel: string;
  active: string | null;
  none: string;
  revoked: string;
}

/** The reminders feed: the link is shown once when made; a new one replaces it; revoking ends it. */
export function CalendarForm({ labels }: { labels: CalendarLabels }) {
  const [state, action] = useActionState<FormResult, FormData>(calendarAction, IDLE);
  const link = state.status === "ok" && state.message ? state.message : null;
  const revoked = state.status === "ok" && state.values?.revoked === "1";
  const active = link ? true : revoked ? false : labels.active !== null;
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-700" role="status">
        {revoked ? labels.revoked : active && !link ? labels.active : !active ? labels.none : null}
      </p>
      {link ? (
        <div className="space-y-1">
          <label htmlFor="calendar-link" className="block text-sm font-medium text-slate-800">
            {labels.linkLabel}
          </label>
          <input id="calendar-link" readOnly value={link} aria-describedby="calendar-link-hint" className="block w-full rounded-md border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-sm" />
          <p id="calendar-link-hint" className="text-xs text-slate-600">
            {labels.linkOnce}
          </p>
        </div>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <form action={action}>
          <input type="hidden" name="do" value="make" />
          <SubmitButton pendingText={labels.pending} className={buttonClass}>
            {active ? labels.remake : labels.make}
          </SubmitButton>
        </form>
        {active ? (
          <form action={action}>
            <input type="hidden" name="do" value="revoke" />
            <SubmitButton pendingText={labels.pending} className={dangerButtonClass}>
              {labels.revoke}
            </SubmitButton>
          </form>
        ) : null}
      </div>
    </div>
  );
}
