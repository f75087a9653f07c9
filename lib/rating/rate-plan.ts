/**
 * A coverage plan's factor tables as pricing by rates walks them (price-rates.ts): the tables
 * grouped by the lanes they touch, each group's product kept for every combination of its rows
 * once worked out, so a request multiplies one product per group instead of one row per table.
 * Made on first use per plan and kept with it.
 */
import type { CompiledRow, CompiledTable, CoveragePlan, PlannedFactor } from "./compiled-rate-book";
import { ONE, type Decimal } from "./decimal";
import { SKIPPED } from "./lookup-table";
import { scaledOf, type Scaled } from "./scaled";

/** Lanes as price-rates.ts numbers them: 0 damage (or single), 1 theft, 2 every lane of the plan. */
export type LaneCode = 0 | 1 | 2;

/** Combinations a group may have: groups stay small enough to work out at once. */
const MAX_COMBINATIONS = 1024;

export interface RateGroup {
  tables: readonly CompiledTable[];
  /** Each table's outcomes: its rows, then "no row" (the default, or a gap), then "not looked up" (neutral). */
  sizes: readonly number[];
  lane: LaneCode;
  /**
   * The product of the tables' values for each combination (by mixed-radix index): ONE when all
   * are neutral, null when one is a gap, undefined until first asked for (groupProduct).
   */
  values: (Decimal | null | undefined)[];
  /** The significant digits of the non-neutral values multiplied, added up (what one-by-one multiplication may grow by). */
  digits: number[];
  /** `values` as scaled integers (scaled.ts), made with them. */
  scaled: (Scaled | null | undefined)[];
}

export interface RatePlan {
  /** The policy's multiplying tables, grouped. */
  groups: readonly RateGroup[];
  /** Every per-driver table as one group, when they all multiply the same lanes (else undefined: see driverFactors). */
  drivers: RateGroup | undefined;
  driverFactors: readonly PlannedFactor[];
  /** Tables that add: they change nothing only where their row is zero. */
  adds: readonly PlannedFactor[];
}

/** A table's outcome for what findRow answered (see `sizes`). */
export function outcomeOf(table: CompiledTable, found: number): number {
  if (found >= 0) return found;
  return found === SKIPPED ? table.rows.length + 1 : table.rows.length;
}

function rowOf(table: CompiledTable, outcome: number): CompiledRow | "gap" | "neutral" {
  const n = table.rows.length;
  if (outcome < n) return table.rows[outcome]!;
  if (outcome === n) return table.default ?? "gap";
  return "neutral";
}

function buildGroup(tables: readonly CompiledTable[], lane: LaneCode): RateGroup {
  const sizes = tables.map((t) => t.rows.length + 2);
  const count = sizes.reduce((a, b) => a * b, 1);
  return { tables, sizes, lane, values: new Array<Decimal | null | undefined>(count).fill(undefined), digits: new Array<number>(count).fill(0), scaled: new Array<Scaled | null | undefined>(count).fill(undefined) };
}

/**
 * The group's product for combination `index` (see RateGroup), worked out the first time a
 * request needs it and kept: a group's combinations are many, a portfolio's few.
 */
export function groupProduct(group: RateGroup, index: number): Decimal | null {
  const known = group.values[index];
  if (known !== undefined) return known;
  const { tables, sizes } = group;
  let rest = index;
  let product: Decimal | null = ONE;
  let sum = 0;
  for (let t = tables.length - 1; t >= 0; t -= 1) {
    const row = rowOf(tables[t]!, rest % sizes[t]!);
    rest = Math.floor(rest / sizes[t]!);
    if (row === "gap") product = null;
    else if (row !== "neutral" && !row.neutralMultiply && product !== null) {
      product = product === ONE ? row.value : product.times(row.value);
      sum += row.digits;
    }
  }
  group.values[index] = product;
  group.digits[index] = sum;
  return product;
}

/** The group's product for combination `index` as a scaled integer (the same value as groupProduct's), or null for a gap. */
export function groupScaled(group: RateGroup, index: number): Scaled | null {
  const known = group.scaled[index];
  if (known !== undefined) return known;
  const product = groupProduct(group, index);
  const scaled = product === null ? null : scaledOf(product);
  group.scaled[index] = scaled;
  return scaled;
}

/** Consecutive tables of one lane code in groups of at most MAX_COMBINATIONS combinations. */
function groupTables(tables: readonly CompiledTable[], lane: LaneCode): RateGroup[] {
  const groups: RateGroup[] = [];
  let current: CompiledTable[] = [];
  let combinations = 1;
  for (const table of tables) {
    const size = table.rows.length + 2;
    if (current.length > 0 && combinations * size > MAX_COMBINATIONS) {
      groups.push(buildGroup(current, lane));
      current = [];
      combinations = 1;
    }
    current.push(table);
    combinations *= size;
  }
  if (current.length > 0) groups.push(buildGroup(current, lane));
  return groups;
}

export function laneCode(components: readonly string[], both: boolean): LaneCode {
  return components.length === 2 || !both ? 2 : components[0] === "theft" ? 1 : 0;
}

function buildRatePlan(plan: CoveragePlan): RatePlan {
  const both = plan.lanes.length === 2;
  const byLane: CompiledTable[][] = [[], [], []];
  const adds: PlannedFactor[] = [];
  const driverFactors: PlannedFactor[] = [];
  for (const planned of plan.factors) {
    if (planned.driverIndex >= 0) driverFactors.push(planned);
    else if (planned.table.operation === "multiply") byLane[laneCode(planned.components, both)]!.push(planned.table);
    else adds.push(planned);
  }
  const groups = [...groupTables(byLane[2]!, 2), ...groupTables(byLane[0]!, 0), ...groupTables(byLane[1]!, 1)];
  let drivers: RateGroup | undefined;
  const lanes = new Set(driverFactors.map((f) => laneCode(f.components, both)));
  const combinations = driverFactors.reduce((n, f) => n * (f.table.rows.length + 2), 1);
  if (driverFactors.length > 0 && lanes.size === 1 && combinations <= MAX_COMBINATIONS && driverFactors.every((f) => f.table.operation === "multiply")) {
    drivers = buildGroup(
      driverFactors.map((f) => f.table),
      [...lanes][0]!,
    );
  }
  return { groups, drivers, driverFactors, adds };
}

const PLANS = new WeakMap<CoveragePlan, RatePlan>();

/** The plan's rate plan, made once. */
export function ratePlanOf(plan: CoveragePlan): RatePlan {
  let found = PLANS.get(plan);
  if (found === undefined) {
    found = buildRatePlan(plan);
    PLANS.set(plan, found);
  }
  return found;
}
