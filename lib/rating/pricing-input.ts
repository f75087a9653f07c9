import { lookupSlotCount, matchSlotCount, type CompiledRow, type CompiledTable } from "./compile-rate-book";
import type { TPolicyVariables } from "./derive-variables";
import { describeLookup, findRow, GAP, rowAt, SKIP, type TScope } from "./lookup-table";
import type { TComponentName } from "./rate-book-schema";
import type { TQuoteRequest } from "./request-schema";

/** What every insurer's pricing of one request shares, prepared once per comparison. */
export interface PricingInput {
  request: TQuoteRequest;
  policy: TPolicyVariables;
  /** The policy variables as a scope. */
  scope: TScope;
  /** One scope per named driver: the policy variables plus that driver's. */
  driverScopes: readonly TScope[];
  /** Whether pricing records each quote's worksheet lines (for a full comparison), or only prices (a summary). */
  recordWorksheet: boolean;
  /** Texts every insurer's quote repeats: the sum insured and the franchise in rubles ("" in a summary, which shows neither). */
  sumInsuredText: string;
  franchiseAmountText: string;
  /**
   * Worksheet lookup objects already built for this request, by scope (0 the policy, i + 1 driver i)
   * and the table's lookup slot: every insurer's worksheet shares them, frozen.
   */
  lookups: (Readonly<Record<string, string | number | boolean>> | undefined)[][];
  /**
   * Rows already found for this request, by scope (as `lookups`) and the table's match slot: the
   * answer of findRow, which every rate book's table with the same conditions shares.
   */
  matches: (number | undefined)[][];
}

export const COVERED: Record<TQuoteRequest["coverage"], readonly TComponentName[]> = {
  full: ["damage", "theft"],
  damage: ["damage"],
  theft: ["theft"],
};

/** The worksheet lookup object of `table` in `scope`, built once per request and shared. */
export function sharedLookup(input: PricingInput, table: CompiledTable, scopeIndex: number, scope: TScope) {
  // Sized up front, so filling it never grows or punches holes in an array.
  const byTable = (input.lookups[scopeIndex] ??= new Array(lookupSlotCount()).fill(undefined));
  let found = byTable[table.lookupSlot];
  if (found === undefined) {
    found = Object.freeze(describeLookup(table, scope));
    byTable[table.lookupSlot] = found;
  }
  return found;
}

/** The row of `table` for `scope` (see findRow and rowAt), found once per request for all tables sharing its conditions. */
export function sharedRow(input: PricingInput, table: CompiledTable, scopeIndex: number, scope: TScope): CompiledRow | typeof SKIP | typeof GAP {
  const byTable = (input.matches[scopeIndex] ??= new Array(matchSlotCount()).fill(undefined));
  let found = byTable[table.matchSlot];
  if (found === undefined) {
    found = findRow(table, scope);
    byTable[table.matchSlot] = found;
  }
  return rowAt(table, found);
}
