import type { CompiledRow, CompiledTable, CompiledTests } from "./compile-rate-book";
import type { TVariableValue } from "./derive-variables";
import type { TRatingVariable } from "./variables";

/**
 * A request's rating variables by slot (see VARIABLE_SLOT): the policy's values, and for a
 * driver scope that driver's as well. An absent answer is undefined.
 */
export type TScope = readonly (TVariableValue | undefined)[];

/** A key variable was not given in the request (e.g. sex), so the table does not apply. */
export const SKIP = "skip" as const;
/** No row matched and the table has no default: a gap in the tariff. */
export const GAP = "gap" as const;

/** What findRow answers besides a row's position: no row matched (the default applies, if any). */
export const NO_ROW = -1;
/** What findRow answers besides a row's position: a key variable was not given. */
export const SKIPPED = -2;

/** The position of the first row of `table` whose conditions all hold in `scope`; NO_ROW or SKIPPED. */
export function findRow(table: CompiledTable, scope: TScope): number {
  const slots = table.slots;
  for (let i = 0; i < slots.length; i += 1) if (scope[slots[i]!] === undefined) return SKIPPED;
  if (table.index) return table.index.get(scope[slots[0]!] as string | number | boolean) ?? NO_ROW;
  const rows = table.rows;
  for (let i = 0; i < rows.length; i += 1) if (testsHold(rows[i]!.tests, scope)) return i;
  return NO_ROW;
}

/** The row findRow's answer stands for: that row, else the table's default, else a gap; or SKIP. */
export function rowAt(table: CompiledTable, found: number): CompiledRow | typeof SKIP | typeof GAP {
  if (found >= 0) return table.rows[found]!;
  if (found === SKIPPED) return SKIP;
  return table.default ?? GAP;
}

/** Whether every condition holds; a variable absent from the scope fails its condition. */
export function testsHold(tests: CompiledTests, scope: TScope): boolean {
  const { slots, predicates } = tests;
  for (let i = 0; i < slots.length; i += 1) {
    const value = scope[slots[i]!];
    if (value === undefined || !predicates[i]!(value)) return false;
  }
  return true;
}

/** The looked-up key values in plain JSON form, for the worksheet. */
export function describeLookup(table: Pick<CompiledTable, "keys" | "slots">, scope: TScope): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  const { keys, slots } = table;
  for (let i = 0; i < keys.length; i += 1) {
    const v = scope[slots[i]!];
    if (v !== undefined) out[keys[i] as TRatingVariable] = typeof v === "object" ? v.toString() : v;
  }
  return out;
}
