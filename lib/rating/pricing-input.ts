import type { CompiledRow, CompiledTable } from "./compile-rate-book";
import type { TPolicyVariables } from "./derive-variables";
import { describeLookup, findRow, GAP, rowAt, SKIP, type TScope } from "./lookup-table";
import type { TComponentName } from "./rate-book-schema";
import type { TQuoteRequest } from "./request-schema";
import type { BookSlots, LibrarySlots } from "./select-edition";

/** What every insurer's pricing of one request shares, prepared once per comparison. */
export interface PricingInput {
  request: TQuoteRequest;
  policy: TPolicyVariables;
  /** The policy variables as a scope (`program` set for the book being priced). */
  scope: TScope;
  /** One scope per named driver: the policy variables plus that driver's. */
  driverScopes: readonly TScope[];
  /** The library's slot numbers, and the book being priced's. */
  slots: LibrarySlots;
  bookSlots: BookSlots;
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

/** The worksheet lookup object of a shareable `table` (its book's slots `slots`) in `scope`, built once per request and shared. */
export function sharedLookup(input: PricingInput, slots: BookSlots, table: CompiledTable, scopeIndex: number, scope: TScope) {
  // Sized up front, so filling it never grows or punches holes in an array.
  const byTable = (input.lookups[scopeIndex] ??= new Array(input.slots.lookupCount).fill(undefined));
  const slot = slots.lookup[table.position]!;
  let found = byTable[slot];
  if (found === undefined) {
    found = Object.freeze(describeLookup(table, scope));
    byTable[slot] = found;
  }
  return found;
}

/** The row of `table` of the book being priced for `scope` (see findRow and rowAt, and sharedMatch). */
export function sharedRow(input: PricingInput, table: CompiledTable, scopeIndex: number, scope: TScope): CompiledRow | typeof SKIP | typeof GAP {
  return rowAt(table, sharedMatch(input, table, scopeIndex, scope));
}

/** What findRow answers for `table` in `scope`, found once per request for all tables sharing its conditions. */
export function sharedMatch(input: PricingInput, table: CompiledTable, scopeIndex: number, scope: TScope): number {
  if (!table.shareable) return findRow(table, scope);
  const byTable = (input.matches[scopeIndex] ??= new Array(input.slots.matchCount).fill(undefined));
  const slot = input.bookSlots.match[table.position]!;
  let found = byTable[slot];
  if (found === undefined) {
    found = findRow(table, scope);
    byTable[slot] = found;
  }
  return found;
}
