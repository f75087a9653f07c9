import type { TLabel, WorksheetStep } from "./result-types";

/**
 * A worksheet line. Every line is made here, with all of its keys in one order (`rate` and
 * `driver` undefined where they do not apply, which JSON leaves out; BENCHMARKS.md, "V8 notes").
 */
export function worksheetStep(
  component: WorksheetStep["component"],
  factor: string,
  label: TLabel,
  lookup: WorksheetStep["lookup"],
  matched: string,
  operation: WorksheetStep["operation"],
  value: string,
  total: string,
  driver?: number,
  rate?: string,
): WorksheetStep {
  return { component, factor, label, lookup, matched, operation, value, rate, total, driver };
}

/** The lookup of a line that looked nothing up (shared: lookups are never modified). */
export const NO_LOOKUP: WorksheetStep["lookup"] = Object.freeze({});
