import type { CompiledRow, CompiledTable } from "./compile-rate-book";
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
  for (const row of table.rows) {
    let all = true;
    for (const [name, test] of row.tests) {
      if (!test(scope[name] as TVariableValue)) {
        all = false;
        break;
      }
    }
    if (all) return row;
  }
  return table.default ?? GAP;
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
