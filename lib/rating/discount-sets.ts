import type { CompiledDiscount } from "./compile-rate-book";
import { Decimal, HUNDREDTH, ONE, ZERO } from "./decimal";
import { parseScaled, type Scaled } from "./scaled";

/** What a rate book's applying discounts come to: one factor, and the texts of its worksheet line. */
export interface DiscountSet {
  factor: Decimal;
  /** `factor`'s significant digits (see price-rates.ts). */
  digits: number;
  /** `factor` as a scaled integer (scaled.ts). */
  scaled: Scaled;
  /** `factor` as the worksheet shows it. */
  value: string;
  matched: string;
  /** Shared by every quote the set applies to, so frozen. */
  lookup: Readonly<Record<string, string>>;
}

/** The applying discounts summed and capped at `maxPercent`, as one factor with its worksheet texts. */
export function describeDiscounts(applying: readonly CompiledDiscount[], maxPercent: Decimal): DiscountSet {
  const asked = applying.reduce((sum, d) => sum.plus(d.percent), ZERO);
  const granted = Decimal.min(asked, maxPercent);
  const factor = ONE.minus(granted.times(HUNDREDTH));
  const names = applying.map((d) => `${d.id} ${d.percent.toString()} %`).join(" + ");
  const matched = granted.lt(asked) ? `${names}, capped at ${granted.toString()} %` : names;
  const lookup = Object.freeze(Object.fromEntries(applying.map((d) => [d.id, d.percent.toString()])));
  return { factor, digits: factor.sd(), scaled: parseScaled(factor), value: factor.toString(), matched, lookup };
}

/** Rate books with at most this many discounts have every combination worked out once, when compiled. */
const MAX_PRECOMPUTED = 8;

/**
 * Every combination of `discounts` worked out, indexed by a bit mask of the applying ones
 * (bit i: discounts[i]); undefined when there are too many discounts to list them all.
 */
export function precomputeDiscountSets(discounts: readonly CompiledDiscount[], maxPercent: Decimal): readonly DiscountSet[] | undefined {
  if (discounts.length > MAX_PRECOMPUTED) return undefined;
  const sets: DiscountSet[] = [];
  for (let mask = 0; mask < 1 << discounts.length; mask += 1) {
    sets.push(describeDiscounts(discounts.filter((_, i) => (mask & (1 << i)) !== 0), maxPercent));
  }
  return sets;
}
