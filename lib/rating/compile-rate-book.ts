import { Decimal } from "./decimal";
import { precomputeDiscountSets, type DiscountSet } from "./discount-sets";
import type { TVariableValue } from "./derive-variables";
import type { TComponentName, TCondition, TRateBook, TWhen } from "./rate-book-schema";
import { isDriverVariable, VARIABLE_SLOT, type TRatingVariable } from "./variables";

export type TPredicate = (value: TVariableValue) => boolean;

/** Conditions as parallel arrays (the variable in scope slot i must satisfy predicate i): the hot loop indexes them. */
export interface CompiledTests {
  slots: readonly number[];
  predicates: readonly TPredicate[];
}

export interface CompiledRow {
  tests: CompiledTests;
  value: Decimal;
  /** `value` as written in the rate book, for the worksheet. */
  valueText: string;
  /** Whether applying the row changes nothing (×1, resp. +0): the engine then skips the arithmetic, not the step. */
  neutralMultiply: boolean;
  neutralAdd: boolean;
  /** The row's conditions in words, for the worksheet ("driver.age 35–49; driver.experienceYears ≥ 10"). */
  description: string;
}

export interface CompiledTable {
  id: string;
  label: { ru: string; en: string };
  appliesTo: readonly TComponentName[];
  operation: "multiply" | "add";
  keys: readonly TRatingVariable[];
  /** The keys' scope slots. */
  slots: readonly number[];
  /** A number per distinct key list, to share one worksheet lookup object between tables that read the same keys. */
  lookupSlot: number;
  /**
   * A number per distinct key list and row conditions: tables sharing it (in any rate book) find
   * the row at the same position for any request, so a request looks it up once for all of them.
   */
  matchSlot: number;
  perDriver: boolean;
  rows: readonly CompiledRow[];
  /** For one-key tables of exact values: the position of the first matching row by value, so lookups skip the scan. */
  index: ReadonlyMap<string | number | boolean, number> | undefined;
  default: CompiledRow | undefined;
  /** The components this table touches under each coverage (empty: skip the table). */
  componentsFor: Readonly<Record<"full" | "damage" | "theft", readonly TComponentName[]>>;
}

export interface CompiledRule {
  code: string;
  tests: CompiledRow["tests"];
  reason: { ru: string; en: string };
}

export interface CompiledDiscount {
  id: string;
  label: { ru: string; en: string };
  tests: CompiledRow["tests"];
  percent: Decimal;
}

/** A factor table as the engine walks it under one coverage: the table and the components it touches. */
export interface PlannedFactor {
  table: CompiledTable;
  components: readonly TComponentName[];
  /** The table's position among the rate book's per-driver tables under this coverage (-1 for policy tables). */
  driverIndex: number;
}

export interface CoveragePlan {
  factors: readonly PlannedFactor[];
  /** The per-driver tables that apply under this coverage, in order. */
  driverTables: readonly CompiledTable[];
}

/** A rate book made ready for pricing: decimals parsed and conditions turned into predicates, once. */
export interface CompiledRateBook {
  source: TRateBook;
  id: string;
  insurerId: string;
  insurerName: { ru: string; en: string };
  effectiveFrom: string;
  base: Record<TComponentName, { label: { ru: string; en: string }; byModel: ReadonlyMap<string, CompiledRow>; fallback: CompiledTable }>;
  factors: readonly CompiledTable[];
  /** The factor tables to apply under each coverage, worked out once. */
  plans: Readonly<Record<"full" | "damage" | "theft", CoveragePlan>>;
  declineWhen: readonly CompiledRule[];
  /** Whether any decline rule looks at driver variables (then it is checked per driver). */
  declineWhenPerDriver: boolean;
  discounts: readonly CompiledDiscount[];
  maxDiscountPercent: Decimal;
  /** Every combination of the discounts worked out, by bit mask of the applying ones (see discount-sets.ts). */
  discountSets: readonly DiscountSet[] | undefined;
  minimumPremium: Decimal;
  minPrice: Decimal | undefined;
  maxPrice: Decimal | undefined;
  regionsServed: ReadonlySet<string> | undefined;
}

function toDecimal(value: number | string): Decimal {
  return new Decimal(value);
}

/** Variables whose values are Decimals (money and percentages); the other numeric ones are whole numbers. */
const DECIMAL_VARIABLES = new Set<TRatingVariable>(["vehicle.price", "franchise.amount", "franchise.percent"]);

/** A condition on `name` as a predicate, specialised for the kind of value the variable holds. */
function compileCondition(name: TRatingVariable, cond: TCondition): TPredicate {
  const decimal = DECIMAL_VARIABLES.has(name);
  if (Array.isArray(cond)) {
    if (!decimal) {
      const options = new Set<unknown>(cond);
      return (v) => options.has(v);
    }
    const options = cond.map((c) => compileCondition(name, c));
    return (v) => options.some((p) => p(v));
  }
  if (typeof cond === "object") {
    if (decimal) {
      const gte = cond.gte === undefined ? undefined : toDecimal(cond.gte);
      const lt = cond.lt === undefined ? undefined : toDecimal(cond.lt);
      if (gte && lt) return (v) => (v as Decimal).gte(gte) && (v as Decimal).lt(lt);
      if (gte) return (v) => (v as Decimal).gte(gte);
      if (lt) return (v) => (v as Decimal).lt(lt);
      return () => true;
    }
    // Whole-number variables (ages, years, horsepower) against the bounds as numbers, as before.
    const gte = cond.gte === undefined ? undefined : Number(cond.gte);
    const lt = cond.lt === undefined ? undefined : Number(cond.lt);
    if (gte !== undefined && lt !== undefined) return (v) => (v as number) >= gte && (v as number) < lt;
    if (gte !== undefined) return (v) => (v as number) >= gte;
    if (lt !== undefined) return (v) => (v as number) < lt;
    return (v) => typeof v === "number";
  }
  if (decimal && typeof cond === "number") {
    const exact = toDecimal(cond);
    return (v) => (v as Decimal).eq(exact);
  }
  return (v) => v === cond;
}

export function describeCondition(name: string, cond: TCondition): string {
  if (Array.isArray(cond)) return `${name} ∈ {${cond.join(", ")}}`;
  if (typeof cond === "object") {
    if (cond.gte !== undefined && cond.lt !== undefined) return `${cond.gte} ≤ ${name} < ${cond.lt}`;
    if (cond.gte !== undefined) return `${name} ≥ ${cond.gte}`;
    return `${name} < ${cond.lt}`;
  }
  return `${name} = ${String(cond)}`;
}

function compileWhen(when: TWhen): { tests: CompiledTests; description: string } {
  const entries = Object.entries(when) as [TRatingVariable, TCondition][];
  return {
    tests: { slots: entries.map(([name]) => VARIABLE_SLOT[name]), predicates: entries.map(([name, cond]) => compileCondition(name, cond)) },
    description: entries.length === 0 ? "any" : entries.map(([name, cond]) => describeCondition(name, cond)).join("; "),
  };
}

/** Every row made by this one literal (BENCHMARKS.md, "V8 notes"). */
function compileRow(when: TWhen, valueText: string, description?: string): CompiledRow {
  const value = new Decimal(valueText);
  const compiled = compileWhen(when);
  return { tests: compiled.tests, value, valueText, neutralMultiply: value.eq(1), neutralAdd: value.isZero(), description: description ?? compiled.description };
}

/** Decimal variables are not indexed: exact-value indexing would compare objects, so they are scanned. */
function buildIndex(keys: readonly TRatingVariable[], rows: readonly { when: TWhen }[]) {
  if (keys.length !== 1 || DECIMAL_VARIABLES.has(keys[0]!)) return undefined;
  const key = keys[0]!;
  const index = new Map<string | number | boolean, number>();
  for (let i = 0; i < rows.length; i += 1) {
    const when = rows[i]!.when;
    const cond = when[key];
    if (Object.keys(when).length !== 1 || cond === undefined) return undefined;
    const values = Array.isArray(cond) ? cond : [cond];
    for (const v of values) {
      if (typeof v === "object") return undefined;
      if (!index.has(v)) index.set(v, i);
    }
  }
  return index;
}

/** Numbers for distinct key lists, shared by every rate book (it only grows with new key lists). */
const LOOKUP_SLOTS = new Map<string, number>();
/** Numbers for distinct key lists with row conditions, shared likewise. */
const MATCH_SLOTS = new Map<string, number>();

/** How many lookup slots exist so far: a request's lookup cache is sized by it. */
export function lookupSlotCount(): number {
  return LOOKUP_SLOTS.size;
}

/** How many match slots exist so far: a request's cache of found rows is sized by it. */
export function matchSlotCount(): number {
  return MATCH_SLOTS.size;
}

function slotOf(slots: Map<string, number>, id: string): number {
  let slot = slots.get(id);
  if (slot === undefined) {
    slot = slots.size;
    slots.set(id, slot);
  }
  return slot;
}

const COVERAGE_COMPONENTS = { full: ["damage", "theft"], damage: ["damage"], theft: ["theft"] } as const;

function compileTable(table: {
  id: string;
  label: { ru: string; en: string };
  appliesTo: readonly TComponentName[];
  operation: "multiply" | "add";
  keys: readonly TRatingVariable[];
  rows: readonly { when: TWhen; value: string }[];
  default?: string | undefined;
}): CompiledTable {
  const rows = table.rows.map((row) => compileRow(row.when, row.value));
  const componentsFor = (coverage: keyof typeof COVERAGE_COMPONENTS) =>
    table.appliesTo.filter((c) => (COVERAGE_COMPONENTS[coverage] as readonly TComponentName[]).includes(c));
  return {
    id: table.id,
    label: table.label,
    appliesTo: table.appliesTo,
    operation: table.operation,
    keys: table.keys,
    slots: table.keys.map((key) => VARIABLE_SLOT[key]),
    lookupSlot: slotOf(LOOKUP_SLOTS, table.keys.join(",")),
    matchSlot: slotOf(MATCH_SLOTS, JSON.stringify([table.keys, table.rows.map((row) => row.when)])),
    perDriver: table.keys.some(isDriverVariable),
    rows,
    index: buildIndex(table.keys, table.rows),
    default: table.default === undefined ? undefined : compileRow({}, table.default, "default"),
    componentsFor: { full: componentsFor("full"), damage: componentsFor("damage"), theft: componentsFor("theft") },
  };
}

/** Prepares a validated rate book for pricing. Pure; call once per rate-book version and keep the result. */
export function compileRateBook(book: TRateBook): CompiledRateBook {
  const base = (name: TComponentName) => {
    const c = book.components[name];
    return {
      label: c.label,
      byModel: new Map(Object.entries(c.byModel).map(([model, rate]) => [model, compileRow({ "vehicle.modelId": model }, rate)])),
      fallback: compileTable({ id: `${name}-base`, label: c.label, appliesTo: [name], operation: "multiply", keys: c.fallback.keys, rows: c.fallback.rows }),
    };
  };
  const e = book.eligibility;
  const factors = book.factors.map(compileTable);
  const plan = (coverage: "full" | "damage" | "theft"): CoveragePlan => {
    const driverTables: CompiledTable[] = [];
    const planned: PlannedFactor[] = [];
    for (const table of factors) {
      const components = table.componentsFor[coverage];
      if (components.length === 0) continue;
      planned.push({ table, components, driverIndex: table.perDriver ? driverTables.length : -1 });
      if (table.perDriver) driverTables.push(table);
    }
    return { factors: planned, driverTables };
  };
  const discounts: CompiledDiscount[] = book.discounts.items.map((d) => ({ id: d.id, label: d.label, percent: new Decimal(d.percent), tests: compileWhen(d.when).tests }));
  const maxDiscountPercent = new Decimal(book.discounts.maxTotalPercent);
  return {
    source: book,
    id: book.id,
    insurerId: book.insurer.id,
    insurerName: book.insurer.name,
    effectiveFrom: book.effectiveFrom,
    base: { damage: base("damage"), theft: base("theft") },
    factors,
    plans: { full: plan("full"), damage: plan("damage"), theft: plan("theft") },
    declineWhen: e.declineWhen.map((rule) => ({ code: rule.code, reason: rule.reason, tests: compileWhen(rule.when).tests })),
    declineWhenPerDriver: e.declineWhen.some((rule) => Object.keys(rule.when).some((k) => isDriverVariable(k as TRatingVariable))),
    discounts,
    maxDiscountPercent,
    discountSets: precomputeDiscountSets(discounts, maxDiscountPercent),
    minimumPremium: new Decimal(book.minimumPremium),
    minPrice: e.minPrice === undefined ? undefined : new Decimal(e.minPrice),
    maxPrice: e.maxPrice === undefined ? undefined : new Decimal(e.maxPrice),
    regionsServed: e.regionsServed === undefined ? undefined : new Set(e.regionsServed),
  };
}
