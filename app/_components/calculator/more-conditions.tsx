"use client";
import type { ReactNode } from "react";
import { useDetailsOpen } from "../ui/use-details-open";

/**
 * The conditions a first calculation can leave as they are, folded under "More conditions" with
 * their current values (at first the reference values) stated in the summary. It opens by itself
 * when one of its fields has an error.
 *
 * Folded, its fields are not rendered (they are not seen, and most of the form's markup is here):
 * the values live in the form's state and in the URL, and the fields appear when it is opened.
 * `rendered` keeps them in the HTML while folded, for a section with a field the form sends
 * without JavaScript (a named field: the car's power).
 */
export function MoreConditions({ title, now, forceOpen, rendered = false, children }: { title: string; now: string; forceOpen: boolean; rendered?: boolean; children: ReactNode }) {
  const { ref, open, onToggle } = useDetailsOpen();
  const shown = open || forceOpen;
  return (
    <details ref={ref} open={shown} onToggle={onToggle} className="rounded-lg border border-slate-200 bg-slate-50 open:bg-white">
      <summary className="cursor-pointer px-3 py-2 text-sm font-medium text-brand-700">
        {title}
        <span className="mt-0.5 block text-xs font-normal text-slate-600">{now}</span>
      </summary>
      {shown || rendered ? <div className="space-y-4 px-3 pb-3 pt-1">{children}</div> : null}
    </details>
  );
}
