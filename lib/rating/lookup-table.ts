import type { CompiledRow, CompiledTable, CompiledTests } from "./compile-rate-book";
import type { TVariableValue } from "./derive-variables";
import type { TRatingVariable } from "./variables";

export type TScope = Partial<Record<TRatingVariable, TVariableValue>>;

/** A key variable was not given in the request (e.g. sex), so the table does not apply. */
export const SKIP = "skip" as const;
/** No row matched and the table has no default: a gap in the tariff. */
export const GAP = "gap" as const;

/** Finds the first row of `table` whose conditions all hold in `scope` (or its default). */
export function lookupTable(table: CompiledTable, scope: TScope): CompiledRow | typeof SKIP | typeof GAP {
  for (const key of table.keys) if (scope[key] === undefined) return SKIP;
  if (table.index) return table.index.get(scope[table.keys[0]!] as string | number | boolean) ?? table.default ?? GAP;
  for (const row of table.rows) if (testsHold(row.tests, scope)) return row;
  return table.default ?? GAP;
}

/** Whether every condition holds; a variable absent from the scope fails its condition. */
export function testsHold(tests: CompiledTests, scope: TScope): boolean {
  const { names, predicates } = tests;
  for (let i = 0; i < names.length; i += 1) {
    const value = scope[names[i]!];
    if (value === undefined || !predicates[i]!(value)) return false;
  }
  return true;
}

/** The looked-up key values in plain JSON form, for the worksheet. */
export function describeLookup(keys: readonly TRatingVariable[], scope: TScope): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const key of keys) {
    const v = scope[key];
    if (v !== undefined) out[key] = typeof v === "object" ? v.toString() : v;
  }
  return out;
}
