import type { CompiledProgramme, CompiledRateBook, CompiledRow, CompiledTable } from "./compile-rate-book";
import { ONE, ZERO, type Decimal } from "./decimal";
import { describeDiscounts, type DiscountSet } from "./discount-sets";
import { describeLookup, GAP, SKIP, testsHold, type TScope } from "./lookup-table";
import { DECLINE_MESSAGES, STEP_LABELS } from "./messages";
import { sharedRow, type PricingInput } from "./pricing-input";
import { LookupFrom, type RecordedLine } from "./pricing-record";
import type { TLane } from "./rate-book-schema";
import { DeclineCode, type DeclineReason, type TLabel, type WorksheetStep } from "./result-types";

/** One priced part's running amount and the lines pricing recorded for it (its worksheet, unwritten; null: not recorded). */
export interface ComponentLane {
  component: TLane;
  amount: Decimal;
  lines: RecordedLine[] | null;
}

/** Both lanes: damage (or the single component) first, theft second; an unpriced one stays at zero with no lines. */
export interface ComponentWork {
  lanes: readonly [ComponentLane, ComponentLane];
  /** The index of the driver who decided the price; -1 with unlimited drivers. */
  decisive: number;
}

/** A lane by array index: damage and single are the first, theft the second (one object shape; BENCHMARKS.md). */
export function laneOf(work: ComponentWork, component: TLane): ComponentLane {
  return work.lanes[component === "theft" ? 1 : 0];
}

const newLane = (component: TLane, recording: boolean): ComponentLane => ({ component, amount: ZERO, lines: recording ? [] : null });

/** Records a line of `lane` after its amount was updated. */
function record(
  lane: ComponentLane,
  factor: string,
  label: TLabel,
  operation: WorksheetStep["operation"],
  matched: string,
  value: string,
  driver: number | undefined,
  lookupFrom: LookupFrom,
  lookup: WorksheetStep["lookup"] | undefined,
  table: CompiledTable | undefined,
  scopeIndex: number,
  scope?: TScope,
): void {
  if (lane.lines === null) return;
  // A table over `program` is looked up with this book's programme: its lookup is written now.
  if (lookupFrom === LookupFrom.Table && table !== undefined && !table.shareable && scope !== undefined) {
    lookupFrom = LookupFrom.Given;
    lookup = Object.freeze(describeLookup(table, scope));
  }
  lane.lines.push({ component: lane.component, factor, label, operation, matched, value, amount: lane.amount, driver, lookupFrom, lookup, table, scopeIndex });
}

export type ComponentOutcome = { ok: true; work: ComponentWork } | { ok: false; reasons: DeclineReason[] };

function gapReason(table: CompiledTable): DeclineReason {
  return { code: DeclineCode.TariffGap, message: DECLINE_MESSAGES.tariffGap(table.label) };
}

const refuse = (reasons: DeclineReason[]): ComponentOutcome => ({ ok: false, reasons });

type DriverPick = { gap: CompiledTable } | { index: number; rows: (CompiledRow | undefined)[] } | null;

/**
 * The worst named driver: the one whose driver-table coefficients multiply to the most (first on a tie),
 * with the row each driver table found for that driver (by position in `tables`; undefined: skipped).
 */
export function decisiveDriver(input: PricingInput, tables: readonly CompiledTable[]): DriverPick {
  const scopes = input.driverScopes;
  let best: { index: number; product: Decimal; rows: (CompiledRow | undefined)[] } | null = null;
  for (let i = 0; i < scopes.length; i += 1) {
    const rows = new Array<CompiledRow | undefined>(tables.length);
    let product = ONE;
    for (let t = 0; t < tables.length; t += 1) {
      const found = sharedRow(input, tables[t]!, i + 1, scopes[i]!);
      if (found === GAP) return { gap: tables[t]! };
      if (found === SKIP) continue;
      rows[t] = found;
      // With one driver there is nothing to compare, so the product is not needed.
      if (scopes.length > 1 && !found.neutralMultiply) product = product.times(found.value);
    }
    if (best === null || product.gt(best.product)) best = { index: i, product, rows };
  }
  return best;
}

/** The base rate of each priced lane times the sum insured: the first worksheet line of each. */
function applyBase(book: CompiledRateBook, input: PricingInput, work: ComponentWork, lanes: readonly TLane[]): boolean {
  const sumInsured = input.policy["vehicle.price"] as Decimal;
  const modelId = input.policy["vehicle.modelId"] as string;
  for (const component of lanes) {
    const base = book.base[component]!;
    let row = base.byModel.get(modelId);
    let lookupFrom: LookupFrom = LookupFrom.Model;
    if (row === undefined) {
      const found = sharedRow(input, base.fallback, 0, input.scope);
      if (found === GAP || found === SKIP) return false;
      row = found;
      lookupFrom = LookupFrom.Table;
    }
    const lane = laneOf(work, component);
    lane.amount = sumInsured.times(row.value);
    record(lane, "base", base.label, "base", row.description, row.valueText, undefined, lookupFrom, undefined, base.fallback, 0, input.scope);
  }
  return true;
}

/** Every factor table of the programme's plan in order; driver tables with the decisive driver's rows. */
function applyFactors(programme: CompiledProgramme, input: PricingInput, work: ComponentWork, driverRows: readonly (CompiledRow | undefined)[]): CompiledTable | null {
  const sumInsured = input.policy["vehicle.price"] as Decimal;
  const decisive = work.decisive;
  const planned = programme.plans[input.request.coverage].factors;
  for (let f = 0; f < planned.length; f += 1) {
    const { table, components, driverIndex } = planned[f]!;
    let row: CompiledRow | undefined;
    let scopeIndex = 0;
    if (driverIndex >= 0) {
      if (decisive < 0) continue;
      row = driverRows[driverIndex];
      scopeIndex = decisive + 1;
    } else {
      const found = sharedRow(input, table, 0, input.scope);
      if (found === GAP) return table;
      if (found !== SKIP) row = found;
    }
    if (row === undefined) continue;
    const multiply = table.operation === "multiply";
    // A neutral row (×1, +0) keeps its worksheet line but changes nothing, so it is not computed.
    const neutral = multiply ? row.neutralMultiply : row.neutralAdd;
    const driver = driverIndex >= 0 ? decisive : undefined;
    for (let c = 0; c < components.length; c += 1) {
      const component = components[c]!;
      const lane = laneOf(work, component);
      if (!neutral) lane.amount = multiply ? lane.amount.times(row.value) : lane.amount.plus(sumInsured.times(row.value));
      record(lane, table.id, table.label, table.operation, row.description, row.valueText, driver, LookupFrom.Table, undefined, table, scopeIndex, scopeIndex === 0 ? input.scope : input.driverScopes[scopeIndex - 1]);
    }
  }
  return null;
}

const TERM_LOOKUP_CACHE = new Map<number, Readonly<Record<string, number>>>();
function termLookup(months: number) {
  let found = TERM_LOOKUP_CACHE.get(months);
  if (!found) {
    found = Object.freeze({ policyTermMonths: months });
    TERM_LOOKUP_CACHE.set(months, found);
  }
  return found;
}

/** The short-term coefficient on each priced lane, when the book lists the policy's term. */
function applyPolicyTerm(book: CompiledRateBook, input: PricingInput, work: ComponentWork, lanes: readonly TLane[]): void {
  const months = input.request.policyTermMonths;
  const row = book.policyTerms.get(months);
  if (row === undefined) return;
  for (const component of lanes) {
    const lane = laneOf(work, component);
    if (!row.neutralMultiply) lane.amount = lane.amount.times(row.value);
    record(lane, "policy-term", STEP_LABELS.policyTerm, "multiply", row.description, row.valueText, undefined, LookupFrom.Given, termLookup(months), undefined, 0);
  }
}

/** The rate book's discounts that apply, summed and capped, as one factor on each priced lane. */
function applyDiscounts(book: CompiledRateBook, input: PricingInput, work: ComponentWork, lanes: readonly TLane[]): void {
  const { discounts, discountSets } = book;
  let set: DiscountSet;
  if (discountSets) {
    let mask = 0;
    for (let i = 0; i < discounts.length; i += 1) if (testsHold(discounts[i]!.tests, input.scope)) mask |= 1 << i;
    if (mask === 0) return;
    set = discountSets[mask]!;
  } else {
    const applying = discounts.filter((d) => testsHold(d.tests, input.scope));
    if (applying.length === 0) return;
    set = describeDiscounts(applying, book.maxDiscountPercent);
  }
  const { factor, value, matched, lookup } = set;
  for (const component of lanes) {
    const lane = laneOf(work, component);
    lane.amount = lane.amount.times(factor);
    record(lane, "discounts", STEP_LABELS.discounts, "multiply", matched, value, undefined, LookupFrom.Given, lookup, undefined, 0);
  }
}

/**
 * Prices each lane of the programme under the request's coverage, recording its worksheet's
 * lines, or says why the rate book cannot. A flat programme is one lane: its rate times the sum
 * insured, then the policy term.
 */
export function priceComponents(book: CompiledRateBook, programme: CompiledProgramme, input: PricingInput): ComponentOutcome {
  const recording = input.recordWorksheet;
  if (programme.flatRate !== undefined) {
    const work: ComponentWork = { lanes: [newLane("single", recording), newLane("theft", recording)], decisive: -1 };
    const lane = work.lanes[0];
    const rate = programme.flatRate;
    lane.amount = (input.policy["vehicle.price"] as Decimal).times(rate.value);
    record(lane, "flat-rate", STEP_LABELS.flatRate, "base", rate.description, rate.valueText, undefined, LookupFrom.Given, undefined, undefined, 0);
    applyPolicyTerm(book, input, work, SINGLE);
    return { ok: true, work };
  }

  const lanes = programme.plans[input.request.coverage].lanes;
  const work: ComponentWork = { lanes: [newLane(book.single ? "single" : "damage", recording), newLane("theft", recording)], decisive: -1 };
  if (!applyBase(book, input, work, lanes)) {
    return refuse([{ code: DeclineCode.NoRateForVehicle, message: DECLINE_MESSAGES.noRateForVehicle }]);
  }

  let driverRows: (CompiledRow | undefined)[] = [];
  if (!input.request.unlimitedDrivers) {
    const pick = decisiveDriver(input, programme.plans[input.request.coverage].driverTables);
    if (pick && "gap" in pick) return refuse([gapReason(pick.gap)]);
    if (pick) {
      work.decisive = pick.index;
      driverRows = pick.rows;
    }
  }

  const gap = applyFactors(programme, input, work, driverRows);
  if (gap) return refuse([gapReason(gap)]);
  if (book.policyTerms.size > 0) applyPolicyTerm(book, input, work, lanes);
  if (book.discounts.length > 0) applyDiscounts(book, input, work, lanes);

  for (const component of lanes) {
    if (!laneOf(work, component).amount.gt(ZERO)) {
      return refuse([{ code: DeclineCode.TariffGap, message: DECLINE_MESSAGES.nonPositivePremium }]);
    }
  }
  return { ok: true, work };
}

const SINGLE: readonly TLane[] = ["single"];
