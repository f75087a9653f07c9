/**
 * Cell-by-cell differences between two rate books, in the terms a tariff editor uses: which
 * table, which row (its conditions in words), which field, the value before and after.
 *
 * Matching: factor tables by `id`, base rates by model id, table rows by their conditions
 * (`when`, not their index, so inserting a row is one added row), discounts by `id`, decline
 * rules by `code`; the agent's discount from commission is part of the discounts. Decimals are compared as numbers ("1.10" equals "1.1"); the schema's
 * defaults count as written (no `minimumPremium` equals "0"). Sets (eligibility lists,
 * `appliesTo`, list conditions such as `region ∈ {…}`) ignore order; sequences whose order
 * means something (factor tables, rows — the first matching row wins — discounts, decline
 * rules, notes) report an element that moved as a "position" change.
 *
 * The inputs are `unknown`: a draft that does not validate yet is diffed as far as its shape
 * allows; a part of the wrong shape is compared as a whole.
 *
 * Pure: no I/O, no clock.
 */
import { diffBase } from "./diff/base";
import { Differ } from "./diff/differ";
import { diffDiscounts } from "./diff/discounts";
import { diffEligibility } from "./diff/eligibility";
import { diffFactors } from "./diff/factors";
import { diffGeneralHead, diffGeneralTail } from "./diff/general";
import { diffProducts } from "./diff/products";
import type { RateBookChange } from "./diff/types";
import { isObj } from "./diff/values";

export type { RateBookArea, RateBookChange, RateBookChangeKind, RateBookDiffSummary } from "./diff/types";
export { summarizeDiff } from "./diff/summary";
export { whenKey, whenWords } from "./diff/conditions";

const TOP_LEVEL = [
  "$schema",
  "schemaVersion",
  "id",
  "insurer",
  "effectiveFrom",
  "currency",
  "provenance",
  "components",
  "factors",
  "eligibility",
  "policyTerms",
  "programmes",
  "addOns",
  "discounts",
  "agentDiscount",
  "minimumPremium",
  "rounding",
  "notes",
] as const;

/**
 * The changes from `before` to `after`, in the rate book's order: general head (id, insurer,
 * dates), base rates, factor tables, eligibility, discounts, then minimum premium, rounding,
 * notes and provenance. Empty when the two books are equal up to how decimals are written,
 * defaults written out or left implicit, and the order of set-like lists.
 */
export function diffRateBooks(before: unknown, after: unknown): RateBookChange[] {
  const d = new Differ();
  if (!isObj(before) || !isObj(after)) {
    d.leaf({ area: "general" }, "rateBook", "", before, after);
    return d.changes;
  }
  diffGeneralHead(d, before, after);
  diffBase(d, before, after);
  diffFactors(d, before, after);
  diffEligibility(d, before, after);
  diffDiscounts(d, before, after);
  diffProducts(d, before, after);
  diffGeneralTail(d, before, after);
  d.unknownKeys({ area: "general" }, "", "", before, after, TOP_LEVEL);
  return d.changes;
}
