import type { CompiledRateBook, CompiledRow, CompiledTable } from "./compile-rate-book";
import { ONE, ZERO, type Decimal } from "./decimal";
import { describeDiscounts, type DiscountSet } from "./discount-sets";
import { GAP, SKIP, testsHold } from "./lookup-table";
import { DECLINE_MESSAGES, STEP_LABELS } from "./messages";
import { COVERED, sharedRow, type PricingInput } from "./pricing-input";
import { LookupFrom, type RecordedLine } from "./pricing-record";
import type { TComponentName } from "./rate-book-schema";
import { DeclineCode, type DeclineReason, type TLabel, type WorksheetStep } from "./result-types";

/** One component's running amount and the lines pricing recorded for it (its worksheet, unwritten; null: not recorded). */
export interface ComponentLane {
  component: TComponentName;
  amount: Decimal;
  lines: RecordedLine[] | null;
}

/** Both components' lanes (damage first; an uncovered one stays at zero with no lines). */
export interface ComponentWork {
  lanes: readonly [ComponentLane, ComponentLane];
  /** The index of the driver who decided the price; -1 with unlimited drivers. */
  decisive: number;
}

/** A component's lane, by array index (BENCHMARKS.md, "V8 notes"). */
export function laneOf(work: ComponentWork, component: TComponentName): ComponentLane {
  return work.lanes[component === "damage" ? 0 : 1];
}

const newLane = (component: TComponentName, recording: boolean): ComponentLane => ({ component, amount: ZERO, lines: recording ? [] : null });

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
): void {
  if (lane.lines !== null) lane.lines.push({ component: lane.component, factor, label, operation, matched, value, amount: lane.amount, driver, lookupFrom, lookup, table, scopeIndex });
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
function decisiveDriver(input: PricingInput, tables: readonly CompiledTable[]): DriverPick {
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

/** The base rate of each covered component times the sum insured: the first worksheet line of each. */
function applyBase(book: CompiledRateBook, input: PricingInput, work: ComponentWork): boolean {
  const sumInsured = input.policy["vehicle.price"] as Decimal;
  const modelId = input.policy["vehicle.modelId"] as string;
  for (const component of COVERED[input.request.coverage]) {
    const base = book.base[component];
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
    record(lane, "base", base.label, "base", row.description, row.valueText, undefined, lookupFrom, undefined, base.fallback, 0);
  }
  return true;
}

/** Every factor table in the rate book's order; driver tables with the decisive driver's rows. */
function applyFactors(book: CompiledRateBook, input: PricingInput, work: ComponentWork, driverRows: readonly (CompiledRow | undefined)[]): CompiledTable | null {
  const sumInsured = input.policy["vehicle.price"] as Decimal;
  const decisive = work.decisive;
  const planned = book.plans[input.request.coverage].factors;
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
      record(lane, table.id, table.label, table.operation, row.description, row.valueText, driver, LookupFrom.Table, undefined, table, scopeIndex);
    }
  }
  return null;
}

/** The rate book's discounts that apply, summed and capped, as one factor on each component. */
function applyDiscounts(book: CompiledRateBook, input: PricingInput, work: ComponentWork): void {
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
  for (const component of COVERED[input.request.coverage]) {
    const lane = laneOf(work, component);
    lane.amount = lane.amount.times(factor);
    record(lane, "discounts", STEP_LABELS.discounts, "multiply", matched, value, undefined, LookupFrom.Given, lookup, undefined, 0);
  }
}

/** Prices each covered component, recording its worksheet's lines, or says why the rate book cannot. */
export function priceComponents(book: CompiledRateBook, input: PricingInput): ComponentOutcome {
  const recording = input.recordWorksheet;
  const work: ComponentWork = { lanes: [newLane("damage", recording), newLane("theft", recording)], decisive: -1 };
  if (!applyBase(book, input, work)) {
    return refuse([{ code: DeclineCode.NoRateForVehicle, message: DECLINE_MESSAGES.noRateForVehicle }]);
  }

  let driverRows: (CompiledRow | undefined)[] = [];
  if (!input.request.unlimitedDrivers) {
    const pick = decisiveDriver(input, book.plans[input.request.coverage].driverTables);
    if (pick && "gap" in pick) return refuse([gapReason(pick.gap)]);
    if (pick) {
      work.decisive = pick.index;
      driverRows = pick.rows;
    }
  }

  const gap = applyFactors(book, input, work, driverRows);
  if (gap) return refuse([gapReason(gap)]);
  if (book.discounts.length > 0) applyDiscounts(book, input, work);

  for (const component of COVERED[input.request.coverage]) {
    if (!laneOf(work, component).amount.gt(ZERO)) {
      return refuse([{ code: DeclineCode.TariffGap, message: DECLINE_MESSAGES.nonPositivePremium }]);
    }
  }
  return { ok: true, work };
}
