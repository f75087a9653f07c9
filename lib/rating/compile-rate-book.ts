import { Decimal } from "./decimal";
import { parseScaled } from "./scaled";
import { precomputeDiscountSets } from "./discount-sets";
import type { TRisk } from "./options";
import type { TComponentBase, TCondition, TLane, TRateBook, TWhen } from "./rate-book-schema";
import { isDriverVariable, VARIABLE_SLOT, type TRatingVariable } from "./variables";
import type {
  CompiledAddOn,
  CompiledDiscount,
  CompiledProgramme,
  CompiledRateBook,
  CompiledRoundingStep,
  CompiledRow,
  CompiledRule,
  CompiledTable,
  CompiledTests,
  CoveragePlan,
  PlannedFactor,
  TPredicate,
} from "./compiled-rate-book";

export type * from "./compiled-rate-book";

function toDecimal(value: number | string): Decimal {
  return new Decimal(value);
}

/** Variables whose values are Decimals (money and percentages); the other numeric ones are whole numbers. */
const DECIMAL_VARIABLES = new Set<TRatingVariable>(["vehicle.price", "franchise.amount", "franchise.percent", "addOn.sumInsured"]);

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

/** Every row is made by this one literal (one object shape). */
function compileRow(when: TWhen, valueText: string, description?: string): CompiledRow {
  const value = new Decimal(valueText);
  const compiled = compileWhen(when);
  return { tests: compiled.tests, value, valueText, digits: value.sd(), scaled: parseScaled(value), neutralMultiply: value.eq(1), neutralAdd: value.isZero(), description: description ?? compiled.description };
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


/** Variables whose values differ between the books or add-ons of one request: tables over them share nothing. */
const UNSHARED_VARIABLES = new Set<TRatingVariable>(["program", "addOn.sumInsured", "addOn.trailer"]);

const COVERAGE_LANES = { full: ["damage", "theft"], damage: ["damage"], theft: ["theft"] } as const;
const SINGLE_LANES = { full: ["single"], damage: [], theft: [] } as const;

interface TableSource {
  id: string;
  label: { ru: string; en: string };
  appliesTo: readonly TLane[];
  operation: "multiply" | "add";
  keys: readonly TRatingVariable[];
  rows: readonly { when: TWhen; value: string }[];
  default?: string | undefined;
}

function compileTable(table: TableSource, position: number): CompiledTable {
  const rows = table.rows.map((row) => compileRow(row.when, row.value));
  const componentsFor = (coverage: keyof typeof COVERAGE_LANES) => {
    const lanes: readonly TLane[] = table.appliesTo.includes("single") ? SINGLE_LANES[coverage] : COVERAGE_LANES[coverage];
    return table.appliesTo.filter((c) => lanes.includes(c));
  };
  return {
    id: table.id,
    label: table.label,
    appliesTo: table.appliesTo,
    operation: table.operation,
    keys: table.keys,
    slots: table.keys.map((key) => VARIABLE_SLOT[key]),
    lookupKey: table.keys.join(","),
    matchKey: JSON.stringify([table.keys, table.rows.map((row) => row.when)]),
    position,
    shareable: position >= 0 && !table.keys.some((key) => UNSHARED_VARIABLES.has(key)),
    perDriver: table.keys.some(isDriverVariable),
    rows,
    index: buildIndex(table.keys, table.rows),
    default: table.default === undefined ? undefined : compileRow({}, table.default, "default"),
    componentsFor: { full: componentsFor("full"), damage: componentsFor("damage"), theft: componentsFor("theft") },
  };
}

function compileRules(rules: readonly { code: string; when: TWhen; reason: { ru: string; en: string } }[]): CompiledRule[] {
  return rules.map((rule) => ({ code: rule.code, reason: rule.reason, tests: compileWhen(rule.when).tests }));
}

const optionalDecimal = (text: string | undefined) => (text === undefined ? undefined : new Decimal(text));

function premiumMatched(decimals: number): string {
  if (decimals === 2) return "half-up to kopecks";
  if (decimals === 0) return "half-up to whole rubles";
  return `half-up to ${decimals} decimal${decimals === 1 ? "" : "s"}`;
}

const RATE_ROUNDING_LABEL = { ru: "Округление тарифа", en: "Rate rounding" };
const PREMIUM_ROUNDING_LABEL = { ru: "Округление премии", en: "Premium rounding" };

const DEFAULT_PROGRAMME = {
  id: "standard",
  name: { ru: "Стандартная программа", en: "Standard programme" },
  description: { ru: "Единственная программа страховщика", en: "The insurer's only programme" },
  level: "full",
  risks: ["damage", "theft"],
} as const;

/** Every table and rule a book has, for questions over all of them (which variables it reads). */
function everyKeyList(book: TRateBook): (readonly TRatingVariable[])[] {
  const lists: (readonly TRatingVariable[])[] = [];
  for (const lane of Object.values(book.components)) lists.push(lane.fallback.keys);
  for (const t of book.factors) lists.push(t.keys);
  for (const p of book.programmes) {
    for (const t of p.factors) lists.push(t.keys);
    for (const rule of p.eligibility.declineWhen) lists.push(Object.keys(rule.when) as TRatingVariable[]);
  }
  for (const a of book.addOns) {
    lists.push(a.price.keys ?? []);
    for (const rule of a.eligibility.declineWhen) lists.push(Object.keys(rule.when) as TRatingVariable[]);
  }
  for (const rule of book.eligibility.declineWhen) lists.push(Object.keys(rule.when) as TRatingVariable[]);
  for (const d of book.discounts.items) lists.push(Object.keys(d.when) as TRatingVariable[]);
  return lists;
}

/** Prepares a validated rate book for pricing. Pure; call once per rate-book version and keep the result. */
export function compileRateBook(book: TRateBook): CompiledRateBook {
  const tables: CompiledTable[] = [];
  const add = (source: TableSource) => {
    const table = compileTable(source, tables.length);
    tables.push(table);
    return table;
  };
  const single = "single" in book.components;
  const base: CompiledRateBook["base"] = {};
  for (const [name, c] of Object.entries(book.components) as [TLane, TComponentBase][]) {
    base[name] = {
      label: c.label,
      byModel: new Map(Object.entries(c.byModel).map(([model, rate]) => [model, compileRow({ "vehicle.modelId": model }, rate)])),
      fallback: add({ id: `${name}-base`, label: c.label, appliesTo: [name], operation: "multiply", keys: c.fallback.keys, rows: c.fallback.rows }),
    };
  }
  const e = book.eligibility;
  const factors = book.factors.map(add);
  const laneSets = single ? SINGLE_LANES : COVERAGE_LANES;

  const plan = (own: readonly CompiledTable[], coverage: "full" | "damage" | "theft"): CoveragePlan => {
    const driverTables: CompiledTable[] = [];
    const planned: PlannedFactor[] = [];
    const lanes: readonly TLane[] = laneSets[coverage];
    for (const table of [...factors, ...own]) {
      const components = table.componentsFor[coverage].filter((lane) => lanes.includes(lane));
      if (components.length === 0) continue;
      planned.push({ table, components, driverIndex: table.perDriver ? driverTables.length : -1 });
      if (table.perDriver) driverTables.push(table);
    }
    return { lanes, factors: planned, driverTables };
  };

  const minimumPremium = new Decimal(book.minimumPremium);
  const programmeSources = book.programmes.length > 0 ? book.programmes : [undefined];
  const programmes: CompiledProgramme[] = programmeSources.map((p) => {
    const own = (p?.factors ?? []).map(add);
    const risks: readonly TRisk[] = p?.risks ?? DEFAULT_PROGRAMME.risks;
    const plans = { full: plan(own, "full"), damage: plan(own, "damage"), theft: plan(own, "theft") };
    const flat = p?.pricing.type === "flat" ? p.pricing : undefined;
    const l = p?.eligibility;
    const identity = p ?? DEFAULT_PROGRAMME;
    return {
      id: identity.id,
      name: identity.name,
      description: identity.description,
      level: identity.level,
      risks,
      pricing: flat ? "flat" : "formula",
      declared: p !== undefined,
      flatRate: flat ? compileRow({}, flat.rate, `${flat.rate} of the sum insured`) : undefined,
      minimumPremium: flat?.minimumPremium !== undefined ? new Decimal(flat.minimumPremium) : minimumPremium,
      plans,
      limits: {
        maxVehicleAgeYears: l?.maxVehicleAgeYears,
        minPrice: optionalDecimal(l?.minPrice),
        maxPrice: optionalDecimal(l?.maxPrice),
        coverages: l?.coverages && new Set(l.coverages),
        franchiseTypes: l?.franchiseTypes && new Set(l.franchiseTypes),
        declineWhen: compileRules(l?.declineWhen ?? []),
      },
      addOns: p?.addOns && new Set(p.addOns),
      quoteProgramme: p && { id: p.id, name: p.name, description: p.description, level: p.level, risks: [...p.risks], pricing: flat ? "flat" : "formula" },
    };
  });
  // Closest to full cover: the most risks; the first declared on a tie.
  const fuller = (a: CompiledProgramme | undefined, b: CompiledProgramme) => (a === undefined || b.risks.length > a.risks.length ? b : a);
  let fullest: CompiledProgramme | undefined;
  const fullestByLevel = new Map<string, CompiledProgramme>();
  for (const p of programmes) {
    fullest = fuller(fullest, p);
    fullestByLevel.set(p.level, fuller(fullestByLevel.get(p.level), p));
  }

  const addOns = new Map<string, CompiledAddOn>(
    book.addOns.map((a) => {
      const price = a.price;
      const table = compileTable(
        { id: `add-on-${a.id}`, label: a.name, appliesTo: [], operation: "add", keys: price.keys ?? [], rows: price.rows ?? [], default: price.value ?? price.default },
        -1,
      );
      return [a.id, { id: a.id, name: a.name, apply: a.apply, basis: price.basis, price: table, maxVehicleAgeYears: a.eligibility.maxVehicleAgeYears, declineWhen: compileRules(a.eligibility.declineWhen) }];
    }),
  );

  const roundingSteps: CompiledRoundingStep[] = book.rounding.steps.map((step) => ({
    id: step.id,
    label: step.label ?? (step.target === "ratePercent" ? RATE_ROUNDING_LABEL : PREMIUM_ROUNDING_LABEL),
    target: step.target,
    decimals: step.decimals,
    matched: step.target === "ratePercent" ? `rate in percent to ${step.decimals} decimals, half-up` : premiumMatched(step.decimals),
  }));

  const discounts: CompiledDiscount[] = book.discounts.items.map((d) => ({ id: d.id, label: d.label, percent: new Decimal(d.percent), tests: compileWhen(d.when).tests }));
  const maxDiscountPercent = new Decimal(book.discounts.maxTotalPercent);
  const provenance = book.provenance;
  return {
    source: book,
    written: book,
    id: book.id,
    insurerId: book.insurer.id,
    insurerName: book.insurer.name,
    effectiveFrom: book.effectiveFrom,
    single,
    base,
    factors,
    tables,
    programmes,
    fullest: fullest!,
    fullestByLevel,
    addOns,
    policyTerms: new Map(book.policyTerms.map((t) => [t.months, compileRow({ policyTermMonths: t.months }, t.factor)])),
    roundingSteps,
    premiumDecimals: roundingSteps.at(-1)!.decimals,
    readsAllowedDrivers: everyKeyList(book).some((keys) => keys.includes("allowedDrivers")),
    declineWhen: compileRules(e.declineWhen),
    declineWhenPerDriver: e.declineWhen.some((rule) => Object.keys(rule.when).some((k) => isDriverVariable(k as TRatingVariable))),
    discounts,
    maxDiscountPercent,
    discountSets: precomputeDiscountSets(discounts, maxDiscountPercent),
    minimumPremium,
    minPrice: optionalDecimal(e.minPrice),
    maxPrice: optionalDecimal(e.maxPrice),
    regionsServed: e.regionsServed === undefined ? undefined : new Set(e.regionsServed),
    quoteProvenance: provenance.kind === "published" ? { kind: "published", source: provenance.source, publishedOn: provenance.publishedOn } : undefined,
  };
}
