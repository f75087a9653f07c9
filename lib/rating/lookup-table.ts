import type { CompiledTable } from "./compile-rate-book";
import type { Decimal } from "./decimal";
import type { TVariableValue } from "./derive-variables";
import type { TRatingVariable } from "./variables";

export type TScope = Partial<Record<TRatingVariable, TVariableValue>>;

export type TLookupResult =
  | { kind: "value"; value: Decimal; matched: string }
  /** A key variable was not given in the request, so the table does not apply. */
  | { kind: "skip" }
  /** No row matched and the table has no default: a gap in the tariff. */
  | { kind: "gap" };

const SKIP: TLookupResult = { kind: "skip" };
const GAP: TLookupResult = { kind: "gap" };

/** Finds the first row of `table` whose conditions all hold in `scope`. */
export function lookupTable(table: CompiledTable, scope: TScope): TLookupResult {
  for (const key of table.keys) if (scope[key] === undefined) return SKIP;
  for (const row of table.rows) {
    let all = true;
    for (const [name, test] of row.tests) {
      if (!test(scope[name] as TVariableValue)) {
        all = false;
        break;
      }
    }
    if (all) return { kind: "value", value: row.value, matched: row.description };
  }
  if (table.default !== undefined) return { kind: "value", value: table.default, matched: "default" };
  return GAP;
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
