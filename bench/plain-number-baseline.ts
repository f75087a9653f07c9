/**
 * The benchmark's floor, not product code: the same premiums as the rating library, worked out
 * with plain JS numbers (doubles) instead of decimal.js and without worksheets. It walks the same
 * compiled rate books with the same row lookups and eligibility checks, so the difference to the
 * library's summary pricing is the cost of exact decimal money. `npm run bench` measures both
 * side by side and counts how many premiums agree to the kopeck. Money in the product stays decimal.
 */
import type { Catalog } from "@/lib/catalog";
import { derivePolicyVariables, driverScope, policyScope } from "@/lib/rating/derive-variables";
import { checkEligibility } from "@/lib/rating/eligibility";
import { findRow, SKIPPED, testsHold, type TScope } from "@/lib/rating/lookup-table";
import { COVERED, type PricingInput } from "@/lib/rating/pricing-input";
import { enterProgramme } from "@/lib/rating/check-options";
import { librarySlots, selectEdition, type CompiledRateBook, type CompiledTable, type RateBookLibrary, type TQuoteRequest } from "@/lib/rating";

interface PlainRows {
  values: Float64Array;
  /** The default's value; NaN: none (a gap). */
  fallback: number;
}

interface PlainFactor {
  table: CompiledTable;
  rows: PlainRows;
  components: readonly ("damage" | "theft")[];
  driverIndex: number;
}

interface PlainPlan {
  factors: PlainFactor[];
  driverTables: CompiledTable[];
  driverRows: PlainRows[];
}

/** A compiled book's row values as numbers, worked out once, in the engine's plan order. */
interface PlainBook {
  plans: Record<"full" | "damage" | "theft", PlainPlan>;
  byModel: Record<"damage" | "theft", Map<string, number>>;
  fallback: Record<"damage" | "theft", PlainRows>;
  discountFactors: Float64Array | undefined;
  minimumPremium: number;
}

const numbersOf = (table: CompiledTable): PlainRows => ({
  values: Float64Array.from(table.rows, (r) => Number(r.valueText)),
  fallback: table.default ? Number(table.default.valueText) : NaN,
});

const plainBooks = new WeakMap<CompiledRateBook, PlainBook>();

function plainBook(book: CompiledRateBook): PlainBook {
  let plain = plainBooks.get(book);
  if (plain) return plain;
  // The requests priced here ask for the default programme: the one closest to full cover.
  const plans = book.fullest.plans;
  const plan = (coverage: "full" | "damage" | "theft"): PlainPlan => ({
    factors: plans[coverage].factors.map((f) => ({ table: f.table, rows: numbersOf(f.table), components: f.components as readonly ("damage" | "theft")[], driverIndex: f.driverIndex })),
    driverTables: [...plans[coverage].driverTables],
    driverRows: plans[coverage].driverTables.map(numbersOf),
  });
  const byModel = (c: "damage" | "theft") => new Map([...book.base[c]!.byModel].map(([m, row]) => [m, Number(row.valueText)]));
  plain = {
    plans: { full: plan("full"), damage: plan("damage"), theft: plan("theft") },
    byModel: { damage: byModel("damage"), theft: byModel("theft") },
    fallback: { damage: numbersOf(book.base.damage!.fallback), theft: numbersOf(book.base.theft!.fallback) },
    discountFactors: book.discountSets && Float64Array.from(book.discountSets, (s) => (s ? Number(s.factor.toString()) : 1)),
    minimumPremium: Number(book.minimumPremium.toString()),
  };
  plainBooks.set(book, plain);
  return plain;
}

/** The row findRow finds for `table` in scope `scopeIndex`, shared by the request's tables as the engine shares it. */
function sharedIndex(input: PricingInput, table: CompiledTable, scopeIndex: number, scope: TScope): number {
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

const SKIPPED_VALUE = -Infinity;

/** The value the row (or default) holds; NaN for a gap, SKIPPED_VALUE when a key was not given. */
function valueAt(rows: PlainRows, found: number): number {
  if (found >= 0) return rows.values[found]!;
  return found === SKIPPED ? SKIPPED_VALUE : rows.fallback;
}

/** Half away from zero at `places` decimals, corrected for the binary representation of the input. */
function round(x: number, places: number): number {
  const f = 10 ** places;
  return Math.round(x * f * (1 + Number.EPSILON * 4)) / f;
}

export interface PlainQuote {
  insurerId: string;
  premium: number;
  damage: number;
  theft: number;
  installment: number;
  rank: number;
}

function priceBook(book: CompiledRateBook, input: PricingInput): PlainQuote | null {
  const { request } = input;
  if (checkEligibility(book, request, input.policy, input.scope, input.driverScopes).length > 0) return null;
  const plain = plainBook(book);
  const sumInsured = Number((input.policy["vehicle.price"] as { toString(): string }).toString());
  const modelId = input.policy["vehicle.modelId"] as string;
  const covered = COVERED[request.coverage];
  const lanes = [0, 0];
  for (const component of covered) {
    let rate = plain.byModel[component].get(modelId);
    if (rate === undefined) {
      rate = valueAt(plain.fallback[component], sharedIndex(input, book.base[component]!.fallback, 0, input.scope));
      if (Number.isNaN(rate) || rate === SKIPPED_VALUE) return null;
    }
    lanes[component === "damage" ? 0 : 1] = sumInsured * rate;
  }
  const plan = plain.plans[request.coverage];
  let decisive = -1;
  let driverValues: number[] = [];
  if (!request.unlimitedDrivers) {
    let best = -Infinity;
    for (let i = 0; i < input.driverScopes.length; i += 1) {
      const values: number[] = [];
      let product = 1;
      for (let t = 0; t < plan.driverTables.length; t += 1) {
        const v = valueAt(plan.driverRows[t]!, sharedIndex(input, plan.driverTables[t]!, i + 1, input.driverScopes[i]!));
        if (Number.isNaN(v)) return null;
        values[t] = v;
        if (v !== SKIPPED_VALUE) product *= v;
      }
      if (product > best) {
        best = product;
        decisive = i;
        driverValues = values;
      }
    }
  }
  for (const { table, rows, components, driverIndex } of plan.factors) {
    let v: number;
    if (driverIndex >= 0) {
      if (decisive < 0) continue;
      v = driverValues[driverIndex]!;
    } else {
      v = valueAt(rows, sharedIndex(input, table, 0, input.scope));
      if (Number.isNaN(v)) return null;
    }
    if (v === SKIPPED_VALUE) continue;
    for (const c of components) {
      const i = c === "damage" ? 0 : 1;
      lanes[i] = table.operation === "multiply" ? lanes[i]! * v : lanes[i]! + sumInsured * v;
    }
  }
  if (book.discounts.length > 0 && plain.discountFactors) {
    let mask = 0;
    for (let i = 0; i < book.discounts.length; i += 1) if (testsHold(book.discounts[i]!.tests, input.scope)) mask |= 1 << i;
    const factor = plain.discountFactors[mask]!;
    for (const c of covered) {
      const i = c === "damage" ? 0 : 1;
      lanes[i] = lanes[i]! * factor;
    }
  }
  for (const c of covered) if (!(lanes[c === "damage" ? 0 : 1]! > 0)) return null;
  const sum = lanes[0]! + lanes[1]!;
  let premium = sum;
  const steps = book.roundingSteps;
  let s = 0;
  for (; s < steps.length && steps[s]!.target === "ratePercent"; s += 1) premium = (sumInsured * round((premium / sumInsured) * 100, steps[s]!.decimals)) / 100;
  if (premium < plain.minimumPremium) premium = plain.minimumPremium;
  for (; s < steps.length; s += 1) premium = round(premium, steps[s]!.decimals);
  const damage = covered.length === 1 ? (covered[0] === "damage" ? premium : 0) : round((premium * lanes[0]!) / sum, 2);
  const installment = Math.floor((premium / request.installments) * 100 * (1 + Number.EPSILON * 4)) / 100;
  return { insurerId: book.insurerId, premium, damage, theft: round(premium - damage, 2), installment, rank: 0 };
}

/** Every insurer's premium in plain numbers, ranked cheapest first (declines left out). */
export function plainCompare(request: TQuoteRequest, library: RateBookLibrary, catalog: Catalog): PlainQuote[] {
  const policy = derivePolicyVariables(request, catalog.models.get(request.vehicle.modelId)!);
  const scope = policyScope(policy);
  const slots = librarySlots(library);
  const input: PricingInput = {
    request,
    policy,
    scope,
    driverScopes: request.drivers.map((d) => driverScope(scope, d)),
    slots,
    bookSlots: { lookup: [], match: [] },
    recordWorksheet: false,
    sumInsuredText: "",
    franchiseAmountText: "",
    lookups: new Array(request.drivers.length + 1).fill(undefined),
    matches: new Array(request.drivers.length + 1).fill(undefined),
  };
  const quotes: PlainQuote[] = [];
  for (const editions of library.values()) {
    const book = selectEdition(editions, request.policyStart);
    if (book) {
      input.bookSlots = slots.of(book);
      enterProgramme(input, book.fullest);
    }
    const quote = book && priceBook(book, input);
    if (quote) quotes.push(quote);
  }
  quotes.sort((a, b) => a.premium - b.premium || (a.insurerId < b.insurerId ? -1 : 1));
  quotes.forEach((q, i) => (q.rank = i + 1));
  return quotes;
}
