// Form primitives shared by every form of the site (calculator, policy check, editor, agents' workspace,
// sign-in): no state of their own, so server and client components can both use them.
import type { ReactNode } from "react";

/** ARIA wiring for a control: its hint and its error, announced with the label. */
export function describedBy(id: string, hint?: string, error?: string) {
  // The hint is not shown while there is an error (the error says more), so only one is referenced.
  const ids = error ? `${id}-error` : hint ? `${id}-hint` : "";
  return { id, "aria-describedby": ids || undefined, "aria-invalid": error ? true : undefined } as const;
}

/** A text field's or a select's look (app/globals.css: one class, as every form repeats it). */
export const inputClass = "field-input";

/** A labelled form field with an optional hint and an inline error message. */
export function Field({ id, label, hint, error, children, className = "" }: { id: string; label: ReactNode; hint?: string; error?: string; children: ReactNode; className?: string }) {
  return (
    <div className={`space-y-1 ${className}`}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {children}
      {hint && !error ? (
        <p id={`${id}-hint`} className="small-note">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A checkbox with its label to the right. */
export function Check({ id, label, checked, onChange }: { id: string; label: string; checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <div className="flex items-start gap-2">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} className="tick mt-1" />
      <label htmlFor={id} className="text-sm text-slate-800">
        {label}
      </label>
    </div>
  );
}

/** A titled group of fields. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="field-section">
      <legend className="field-legend">{title}</legend>
      {children}
    </fieldset>
  );
}
