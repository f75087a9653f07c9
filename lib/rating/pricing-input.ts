import { lookupSlotCount, type CompiledTable } from "./compile-rate-book";
import type { TPolicyVariables } from "./derive-variables";
import { describeLookup, type TScope } from "./lookup-table";
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
  /** Texts every insurer's quote repeats: the sum insured and the franchise in rubles. */
  sumInsuredText: string;
  franchiseAmountText: string;
  /**
   * Worksheet lookup objects already built for this request, by scope (0 the policy, i + 1 driver i)
   * and the table's lookup slot: every insurer's worksheet shares them, frozen.
   */
  lookups: (Readonly<Record<string, string | number | boolean>> | undefined)[][];
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
