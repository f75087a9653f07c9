"use client";
import { useState, type ReactNode } from "react";

/**
 * The conditions a first calculation can leave as they are, folded under "More conditions" with
 * their current values (at first the reference values) stated in the summary. It opens by itself
 * when one of its fields has an error.
 */
export function MoreConditions({ title, now, forceOpen, children }: { title: string; now: string; forceOpen: boolean; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details open={open || forceOpen} onToggle={(e) => setOpen(e.currentTarget.open)} className="rounded-lg border border-slate-200 bg-slate-50 open:bg-white">
      <summary className="cursor-pointer px-3 py-2 text-sm font-medium text-brand-700">
        {title}
        <span className="mt-0.5 block text-xs font-normal text-slate-600">{now}</span>
      </summary>
      <div className="space-y-4 px-3 pb-3 pt-1">{children}</div>
    </details>
  );
}
