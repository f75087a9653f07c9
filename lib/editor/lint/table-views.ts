/** Conditions and tables, normalized for the rules. */
import { Decimal } from "@/lib/rating/decimal";
import { NUMERIC_VARIABLES, type TRatingVariable } from "@/lib/rating/variables";
import { formatCondition, type TScalar } from "../condition-text";
import { type PathSegment } from "./issue";
import { type Obj, isObj, asArray, dec } from "./json";
import { addOnTableIdAt, programmeTableIdAt, tableIdAt } from "./schema-issues";

// Conditions, normalized

export type NCond = { kind: "any" } | { kind: "set"; values: TScalar[] } | { kind: "range"; lo?: Decimal; hi?: Decimal } | { kind: "bad" };

export const isScalar = (v: unknown): v is TScalar => typeof v === "string" || typeof v === "number" || typeof v === "boolean";

export function normalize(cond: unknown): NCond {
  if (cond === undefined) return { kind: "any" };
  if (isScalar(cond)) return { kind: "set", values: [cond] };
  if (Array.isArray(cond)) return cond.length > 0 && cond.every(isScalar) ? { kind: "set", values: cond } : { kind: "bad" };
  if (isObj(cond) && Object.keys(cond).every((k) => k === "gte" || k === "lt")) {
    const lo = cond.gte === undefined ? undefined : dec(cond.gte);
    const hi = cond.lt === undefined ? undefined : dec(cond.lt);
    if ((cond.gte !== undefined && lo === undefined) || (cond.lt !== undefined && hi === undefined) || (lo === undefined && hi === undefined)) return { kind: "bad" };
    if (lo !== undefined && hi !== undefined && !lo.lt(hi)) return { kind: "bad" };
    return { kind: "range", ...(lo ? { lo } : {}), ...(hi ? { hi } : {}) };
  }
  return { kind: "bad" };
}

export function sameScalar(a: TScalar, b: TScalar): boolean {
  if (typeof a === "number" && typeof b === "number") return new Decimal(a).eq(b);
  return a === b;
}

export function inRange(v: TScalar, r: { lo?: Decimal; hi?: Decimal }): boolean {
  if (typeof v !== "number") return false;
  return (r.lo === undefined || r.lo.lte(v)) && (r.hi === undefined || r.hi.gt(v));
}

export function intersects(a: NCond, b: NCond): boolean {
  if (a.kind === "any" || b.kind === "any") return true;
  if (a.kind === "bad" || b.kind === "bad") return false;
  if (a.kind === "set" && b.kind === "set") return a.values.some((x) => b.values.some((y) => sameScalar(x, y)));
  if (a.kind === "set" && b.kind === "range") return a.values.some((x) => inRange(x, b));
  if (a.kind === "range" && b.kind === "set") return b.values.some((y) => inRange(y, a));
  if (a.kind === "range" && b.kind === "range") {
    const lo = a.lo === undefined ? b.lo : b.lo === undefined ? a.lo : Decimal.max(a.lo, b.lo);
    const hi = a.hi === undefined ? b.hi : b.hi === undefined ? a.hi : Decimal.min(a.hi, b.hi);
    return lo === undefined || hi === undefined || lo.lt(hi);
  }
  return false;
}

export function condKey(c: NCond): string {
  switch (c.kind) {
    case "any":
      return "*";
    case "bad":
      return "?";
    case "set":
      return `{${[...new Set(c.values.map((v) => (typeof v === "number" ? `n${new Decimal(v).toString()}` : `${typeof v}:${String(v)}`)))].sort().join(",")}}`;
    case "range":
      return `[${c.lo?.toString() ?? "-inf"},${c.hi?.toString() ?? "inf"})`;
  }
}

export const matches = (c: NCond, v: TScalar) => c.kind === "any" || (c.kind === "set" && c.values.some((x) => sameScalar(x, v))) || (c.kind === "range" && inRange(v, c));

// Tables

export interface Row {
  index: number;
  when: Obj;
  value: Decimal | undefined;
  valueRaw: unknown;
}

export interface TableView {
  /** "price": an add-on's price table (rubles or a rate; a missing price declines the add-on, by design). */
  kind: "factor" | "fallback" | "price";
  tableId: string;
  /** Path of the table (its rows are at base + "rows"). */
  base: PathSegment[];
  keys: string[];
  rows: Row[];
  hasDefault: boolean;
  defaultValue: Decimal | undefined;
  operation: unknown;
}

export function tableViews(book: Obj): TableView[] {
  const out: TableView[] = [];
  const components = isObj(book.components) ? book.components : {};
  for (const c of ["damage", "theft"] as const) {
    const comp = components[c];
    const fb = isObj(comp) && isObj(comp.fallback) ? comp.fallback : undefined;
    if (!fb) continue;
    out.push({
      kind: "fallback",
      tableId: `${c}.fallback`,
      base: ["components", c, "fallback"],
      keys: asArray(fb.keys).filter((k): k is string => typeof k === "string"),
      rows: readRows(fb.rows),
      hasDefault: false,
      defaultValue: undefined,
      operation: undefined,
    });
  }
  const factorView = (t: unknown, tableId: string, base: PathSegment[]) => {
    if (!isObj(t)) return;
    out.push({
      kind: "factor",
      tableId,
      base,
      keys: asArray(t.keys).filter((k): k is string => typeof k === "string"),
      rows: readRows(t.rows),
      hasDefault: t.default !== undefined,
      defaultValue: dec(t.default),
      operation: t.operation,
    });
  };
  asArray(book.factors).forEach((t, i) => factorView(t, tableIdAt(book, i), ["factors", i]));
  asArray(book.programmes).forEach((p, i) => {
    if (isObj(p)) asArray(p.factors).forEach((t, j) => factorView(t, programmeTableIdAt(book, i, j), ["programmes", i, "factors", j]));
  });
  asArray(book.addOns).forEach((a, i) => {
    const price = isObj(a) && isObj(a.price) ? a.price : undefined;
    if (!price || !Array.isArray(price.rows)) return;
    out.push({
      kind: "price",
      tableId: addOnTableIdAt(book, i),
      base: ["addOns", i, "price"],
      keys: asArray(price.keys).filter((k): k is string => typeof k === "string"),
      rows: readRows(price.rows),
      hasDefault: price.default !== undefined,
      defaultValue: dec(price.default),
      operation: undefined,
    });
  });
  return out;
}

export function readRows(rows: unknown): Row[] {
  return asArray(rows).flatMap((r, index) => (isObj(r) && isObj(r.when) ? [{ index, when: r.when, value: dec(r.value), valueRaw: r.value }] : []));
}

/** All variables a pair of rows mentions, the table's keys first. */
export function variablesOf(t: TableView, ...rows: Row[]): string[] {
  const vars = [...t.keys];
  for (const r of rows) for (const k of Object.keys(r.when)) if (!vars.includes(k)) vars.push(k);
  return vars;
}

export function rowKey(t: TableView, r: Row, except?: string): string {
  return variablesOf(t, r)
    .filter((v) => v !== except)
    .map((v) => `${v}=${condKey(normalize(r.when[v]))}`)
    .join("&");
}

export const isNumeric = (v: string) => NUMERIC_VARIABLES.has(v as TRatingVariable);
export const shown = (cond: unknown) => formatCondition(cond as never);
