/**
 * Premium-only pricing by rates: the lanes' coefficients multiplied without the sum insured, the
 * factors both lanes share multiplied once, the sum insured applied once to their sum. It gives
 * the same numbers as pricing lane by lane (price-components.ts) whenever that computes exactly,
 * i.e. no product or sum it forms has more significant digits than decimal.js keeps: then both are
 * the same exact numbers, in any order of multiplication. Each lane's digits are counted as it
 * goes (a product has at most the digits of its factors together); where they could exceed the
 * precision, or anything declines, the caller prices lane by lane instead.
 * docs/decisions/0025-pricing-by-rates.md explains why the results are the same. The arithmetic
 * is decimal.js's on scaled integers (scaled.ts, docs/decisions/0032-summary-in-scaled-integers.md).
 */
import type { CompiledProgramme, CompiledRateBook, CoveragePlan } from "./compile-rate-book";
import { Decimal, ONE } from "./decimal";
import type { DiscountSet } from "./discount-sets";
import { GAP, SKIP, testsHold, type TScope } from "./lookup-table";
import { decisiveDriver } from "./price-components";
import { sharedMatch, sharedRow, type PricingInput } from "./pricing-input";
import { groupScaled, laneCode, outcomeOf, ratePlanOf, type LaneCode, type RateGroup, type RatePlan } from "./rate-plan";
import { add, cmp, digitCount, mul, scaledOf, type Scaled } from "./scaled";

const PRECISION = Decimal.precision;
const S_ONE = scaledOf(ONE);
const S_ZERO: Scaled = { m: 0n, k: 0 };

/** Greater than zero. */
const positive = (a: Scaled) => a.m > 0n;

/** The place of the leading digit (decimal.js's `e`) of a non-zero value. */
const exponentOf = (a: Scaled) => digitCount(a.m) - 1 - a.k;

/**
 * At most how many significant digits the exact sum of `a` and `b` has, given at most `aDigits`
 * and `bDigits` of their own: from the higher leading digit's place (plus a carry) down to the
 * lower last digit's place.
 */
function sumDigits(a: Scaled, aDigits: number, b: Scaled, bDigits: number): number {
  const ae = exponentOf(a);
  const be = exponentOf(b);
  const top = Math.max(ae, be) + 1;
  const bottom = Math.min(ae - aDigits + 1, be - bDigits + 1);
  return top - bottom + 1;
}

/**
 * What the totals need from lanes priced by rates (the same figures as LaneTotals, lane-totals.ts,
 * as scaled integers): the lanes' sum, the rate (sum ÷ sum insured), and the cover's split.
 */
export interface RateLanes {
  sum: Scaled;
  rate: Scaled;
  sumInsured: Scaled;
  single: boolean;
  damageZero: boolean;
  theftZero: boolean;
  shareOf: Scaled;
  shareWhole: Scaled;
  shareDigits: number;
  shareScale: Scaled;
}

/** The running coefficients of one request with one book: each lane's own, the shared one, and their digit counts. */
interface Rates {
  first: Scaled;
  second: Scaled;
  shared: Scaled;
  firstDigits: number;
  secondDigits: number;
  sharedDigits: number;
}

/** Multiplies `value` into the lanes it applies to (0: damage or single, 1: theft, 2: every lane of the plan). */
function apply(rates: Rates, lanes: LaneCode, value: Scaled, digits: number): void {
  if (lanes === 2) {
    rates.shared = rates.shared === S_ONE ? value : mul(rates.shared, value);
    rates.sharedDigits += digits;
  } else if (lanes === 0) {
    rates.first = mul(rates.first, value);
    rates.firstDigits += digits;
  } else {
    rates.second = mul(rates.second, value);
    rates.secondDigits += digits;
  }
}

function discountSet(book: CompiledRateBook, input: PricingInput): DiscountSet | undefined {
  const { discounts, discountSets } = book;
  if (discountSets === undefined) return undefined;
  let mask = 0;
  for (let i = 0; i < discounts.length; i += 1) if (testsHold(discounts[i]!.tests, input.scope)) mask |= 1 << i;
  return mask === 0 ? undefined : discountSets[mask];
}

/** The group's combination for the request: the rows its tables find in scope `scopeIndex` (see RateGroup). */
function groupIndex(input: PricingInput, group: RateGroup, scopeIndex: number, scope: TScope): number {
  const { tables, sizes } = group;
  let index = 0;
  for (let t = 0; t < tables.length; t += 1) index = index * sizes[t]! + outcomeOf(tables[t]!, sharedMatch(input, tables[t]!, scopeIndex, scope));
  return index;
}

/** The decisive driver's factors (the worst driver: the greatest product, the first on a tie); false for a gap. */
function applyDrivers(input: PricingInput, rates: Rates, plan: CoveragePlan, ratePlan: RatePlan, both: boolean): boolean {
  const group = ratePlan.drivers;
  const scopes = input.driverScopes;
  if (group !== undefined) {
    let best = -1;
    let bestProduct = S_ONE;
    for (let i = 0; i < scopes.length; i += 1) {
      const index = groupIndex(input, group, i + 1, scopes[i]!);
      const product = groupScaled(group, index);
      // Drivers are compared by these products: only exact ones compare as multiplying row by row does.
      if (product === null || group.digits[index]! > PRECISION) return false;
      if (best < 0 || cmp(product, bestProduct) > 0) {
        best = index;
        bestProduct = product;
      }
    }
    if (bestProduct !== S_ONE) apply(rates, group.lane, bestProduct, group.digits[best]!);
    return true;
  }
  const pick = decisiveDriver(input, plan.driverTables);
  if (pick && "gap" in pick) return false;
  if (!pick) return true;
  for (const { components, driverIndex } of ratePlan.driverFactors) {
    const row = pick.rows[driverIndex];
    if (row === undefined || row.neutralMultiply) continue;
    apply(rates, laneCode(components, both), row.scaled, row.digits);
  }
  return true;
}

/**
 * The lanes of a formula programme priced by rates, as the totals need them; null where this
 * cannot be shown to give the same as pricing lane by lane (the caller does that then): an
 * `add` row, too many digits, a declined request, a book with too many discounts to precompute.
 */
export function priceByRates(book: CompiledRateBook, programme: CompiledProgramme, input: PricingInput): RateLanes | null {
  const insured = input.policy["vehicle.price"] as Decimal;
  const plan = programme.plans[input.request.coverage];
  const lanes = plan.lanes;
  if (lanes.length === 0 || !insured.isPositive() || insured.isZero()) return null;
  if (book.discounts.length > 0 && book.discountSets === undefined) return null;
  const both = lanes.length === 2;
  const ratePlan = ratePlanOf(plan);
  const rates: Rates = { first: S_ZERO, second: S_ZERO, shared: S_ONE, firstDigits: 0, secondDigits: 0, sharedDigits: 0 };
  const modelId = input.policy["vehicle.modelId"] as string;
  for (let l = 0; l < lanes.length; l += 1) {
    const component = lanes[l]!;
    const base = book.base[component]!;
    let row = base.byModel.get(modelId);
    if (row === undefined) {
      const found = sharedRow(input, base.fallback, 0, input.scope);
      if (found === GAP || found === SKIP) return null;
      row = found;
    }
    if (component === "theft") {
      rates.second = row.scaled;
      rates.secondDigits = row.digits;
    } else {
      rates.first = row.scaled;
      rates.firstDigits = row.digits;
    }
  }
  if (!input.request.unlimitedDrivers && input.driverScopes.length > 0 && !applyDrivers(input, rates, plan, ratePlan, both)) return null;
  const groups = ratePlan.groups;
  for (let g = 0; g < groups.length; g += 1) {
    const group = groups[g]!;
    const index = groupIndex(input, group, 0, input.scope);
    const product = groupScaled(group, index);
    if (product === null) return null;
    if (product !== S_ONE) apply(rates, group.lane, product, group.digits[index]!);
  }
  const adds = ratePlan.adds;
  for (let a = 0; a < adds.length; a += 1) {
    const row = sharedRow(input, adds[a]!.table, 0, input.scope);
    if (row === GAP || (row !== SKIP && !row.neutralAdd)) return null;
  }
  if (book.policyTerms.size > 0) {
    const row = book.policyTerms.get(input.request.policyTermMonths);
    if (row !== undefined && !row.neutralMultiply) apply(rates, 2, row.scaled, row.digits);
  }
  if (book.discounts.length > 0) {
    const set = discountSet(book, input);
    if (set !== undefined) apply(rates, 2, set.scaled, set.digits);
  }
  return totalsOf(rates, insured, both, lanes[0] === "theft", lanes[0] === "single");
}

/** The lanes' sum and split from the rates, or null where a step could round (see the top of this file). */
function totalsOf(rates: Rates, insured: Decimal, both: boolean, theftOnly: boolean, single: boolean): RateLanes | null {
  const { first, second, shared, sharedDigits } = rates;
  const sumInsured = scaledOf(insured);
  const insuredDigits = insured.sd();
  // What pricing lane by lane multiplies into each lane: the sum insured, the lane's own factors and the shared ones.
  const firstDigits = insuredDigits + rates.firstDigits + sharedDigits;
  const secondDigits = insuredDigits + rates.secondDigits + sharedDigits;
  if ((!theftOnly && firstDigits > PRECISION) || ((both || theftOnly) && secondDigits > PRECISION)) return null;
  // Every lane must come out positive (else pricing lane by lane declines).
  if (!positive(shared) || (!theftOnly && !positive(first)) || ((both || theftOnly) && !positive(second))) return null;
  let whole: Scaled;
  if (both) {
    const wholeDigits = sumDigits(first, rates.firstDigits, second, rates.secondDigits);
    // The sum exact, and so are its product with the shared factors and with the sum insured.
    if (insuredDigits + wholeDigits + sharedDigits > PRECISION) return null;
    whole = add(first, second);
  } else {
    whole = theftOnly ? second : first;
  }
  const rate = shared === S_ONE ? whole : mul(whole, shared);
  return {
    sum: mul(sumInsured, rate),
    rate,
    sumInsured,
    single,
    damageZero: theftOnly,
    theftZero: !both && !theftOnly,
    shareOf: first,
    shareWhole: whole,
    shareDigits: PRECISION - firstDigits,
    shareScale: shared,
  };
}
