"use client";
import { createContext, use, type ReactNode } from "react";

/** The offers ticked for comparison, in the order they were ticked, and how to change them. */
export interface CompareState {
  compared: string[];
  max: number;
  set: (insurerId: string, on: boolean) => void;
  clear: () => void;
}

const CompareContext = createContext<CompareState | null>(null);

export function CompareProvider({ value, children }: { value: CompareState; children: ReactNode }) {
  return <CompareContext value={value}>{children}</CompareContext>;
}

function useCompare(): CompareState {
  const value = use(CompareContext);
  if (!value) throw new Error("compare controls outside the offers");
  return value;
}

/** The "Compare" tick on an offer card; at the limit, only ticked offers can be changed. */
export function CompareToggle({ insurerId, label }: { insurerId: string; label: string }) {
  const { compared, max, set } = useCompare();
  const on = compared.includes(insurerId);
  return (
    <label className="offer-compare">
      <input type="checkbox" className="tick" checked={on} disabled={!on && compared.length >= max} onChange={(e) => set(insurerId, e.target.checked)} />
      {label}
    </label>
  );
}

/** The × next to an insurer in the comparison table. */
export function CompareRemove({ insurerId, label }: { insurerId: string; label: string }) {
  const { set } = useCompare();
  return (
    <button type="button" onClick={() => set(insurerId, false)} aria-label={label} className="text-slate-500 hover:text-red-700 print:hidden">×</button>
  );
}

/** Unticks every offer at once. */
export function CompareClear({ label }: { label: string }) {
  const { clear } = useCompare();
  return (
    <button type="button" onClick={clear} className="text-sm text-brand-700 underline print:hidden">{label}</button>
  );
}
