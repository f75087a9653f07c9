/**
 * Cell-by-cell differences between two rate books, in the terms a tariff editor uses: which
 * table, which row (its conditions in words), which field, the value before and after.
 *
 * Matching: factor tables by `id`, base rates by model id, table rows by their conditions
 * (`when`, not their index, so inserting a row is one added row), discounts by `id`, decline
 * rules by `code`. Decimals are compared as numbers ("1.10" equals "1.1"); the schema's
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
import { Decimal } from "@/lib/rating/decimal";

export type RateBookChangeKind = "added" | "removed" | "changed";
export type RateBookArea = "base" | "factor" | "eligibility" | "discounts" | "general";

export interface RateBookChange {
  kind: RateBookChangeKind;
  area: RateBookArea;
  /** The factor table's id (area "factor"). */
  tableId?: string;
  /** The component of a base rate (area "base"). */
  component?: "damage" | "theft";
  /**
   * The row: its conditions in words for table rows ("driver.age 18–22 × driver.experienceYears 0–2",
   * ranges half-open as in the rate book: 18–22 is 18 ≤ age < 22), the model id for base rates,
   * the id of a discount, the code of a decline rule.
   */
  rowKey?: string;
  /**
   * What changed: "value", "default", "label.ru", "maxVehicleAgeYears", …; "row", "table",
   * "discount", "declineRule", "component" when a whole element was added or removed; "when" when
   * a row's conditions were edited in place; "position" when an element moved (before/after are
   * 1-based positions).
   */
  field: string;
  /** Path in the rate-book JSON ("factors.3.rows.5.value"): in `after`, or in `before` for removals. */
  path: string;
  before?: string;
  after?: string;
}

export interface RateBookDiffSummary {
  total: number;
  byKind: Record<RateBookChangeKind, number>;
  byArea: Record<RateBookArea, number>;
  /** Counts by area, then kind. */
  byAreaAndKind: Record<RateBookArea, Record<RateBookChangeKind, number>>;
}

const KINDS: readonly RateBookChangeKind[] = ["added", "removed", "changed"];
const AREAS: readonly RateBookArea[] = ["base", "factor", "eligibility", "discounts", "general"];

export function summarizeDiff(changes: readonly RateBookChange[]): RateBookDiffSummary {
  const zeroKinds = () => Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<RateBookChangeKind, number>;
  const byKind = zeroKinds();
  const byArea = Object.fromEntries(AREAS.map((a) => [a, 0])) as Record<RateBookArea, number>;
  const byAreaAndKind = Object.fromEntries(AREAS.map((a) => [a, zeroKinds()])) as Record<RateBookArea, Record<RateBookChangeKind, number>>;
  for (const c of changes) {
    byKind[c.kind] += 1;
    byArea[c.area] += 1;
    byAreaAndKind[c.area][c.kind] += 1;
  }
  return { total: changes.length, byKind, byArea, byAreaAndKind };
}

// ---------------------------------------------------------------------------------------------
// Plain-JSON helpers

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/** JSON with object keys sorted: equal values give equal text. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (isObj(v)) {
    const keys = Object.keys(v)
      .filter((k) => v[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(",")}}`;
  }
  return v === undefined ? "undefined" : JSON.stringify(v);
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** A decimal's canonical text ("1.10" → "1.1"), or undefined when `v` is not a decimal. */
function decimalText(v: unknown): string | undefined {
  if (typeof v === "number" && Number.isSafeInteger(v)) return String(v);
  if (typeof v === "number" && Number.isFinite(v)) return new Decimal(v).toString();
  if (typeof v === "string" && DECIMAL.test(v)) return new Decimal(v).toString();
  return undefined;
}

type Eq = (a: unknown, b: unknown) => boolean;
const sameExact: Eq = (a, b) => a === b || (typeof a === "object" && typeof b === "object" && canonical(a) === canonical(b));
const sameDecimal: Eq = (a, b) => {
  if (a === b) return true;
  const x = decimalText(a);
  const y = decimalText(b);
  return x !== undefined && y !== undefined ? x === y : sameExact(a, b);
};

/** How a value is shown to the editor: as written. */
function show(v: unknown): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return JSON.stringify(v);
}

/** Appends a key to a dotted path; keys that are not plain words are bracketed. */
function at(path: string, key: string | number): string {
  if (typeof key === "number" || /^[A-Za-z0-9_$-]+$/.test(key)) return path === "" ? String(key) : `${path}.${key}`;
  return `${path}[${JSON.stringify(key)}]`;
}

const asArray = (v: unknown): unknown[] | undefined => (Array.isArray(v) ? v : undefined);

// ---------------------------------------------------------------------------------------------
// Conditions: a canonical key (for matching) and words (for the editor)

function scalarKey(v: unknown): string {
  if (typeof v === "number") return `n:${decimalText(v) ?? String(v)}`;
  if (typeof v === "string") return `s:${v}`;
  if (typeof v === "boolean") return `b:${v}`;
  return `j:${canonical(v)}`;
}

function conditionKey(cond: unknown): string {
  if (Array.isArray(cond)) return `[${[...new Set(cond.map(scalarKey))].sort().join(",")}]`;
  if (isObj(cond)) {
    const parts = Object.keys(cond)
      .filter((k) => cond[k] !== undefined)
      .sort()
      .map((k) => `${k}:${(k === "gte" || k === "lt") && decimalText(cond[k]) !== undefined ? `d:${decimalText(cond[k])}` : canonical(cond[k])}`);
    return `{${parts.join(",")}}`;
  }
  return scalarKey(cond);
}

/** The conditions of a row as a key: variable order and list order do not matter, "3" and 3.0 bounds are one. */
export function whenKey(when: unknown): string {
  if (!isObj(when)) return `j:${canonical(when)}`;
  return Object.keys(when)
    .filter((k) => when[k] !== undefined)
    .sort()
    .map((k) => `${k}=${conditionKey(when[k])}`)
    .join("&");
}

function conditionWords(name: string, cond: unknown): string {
  if (Array.isArray(cond)) return `${name} ∈ {${cond.map((v) => show(v)).join(", ")}}`;
  if (isObj(cond)) {
    const { gte, lt } = cond;
    const extra = Object.keys(cond).some((k) => k !== "gte" && k !== "lt");
    if (!extra && gte !== undefined && lt !== undefined) return `${name} ${show(gte)}–${show(lt)}`;
    if (!extra && gte !== undefined) return `${name} ≥ ${show(gte)}`;
    if (!extra && lt !== undefined) return `${name} < ${show(lt)}`;
    return `${name} ${JSON.stringify(cond)}`;
  }
  return `${name} ${show(cond)}`;
}

/** A row's conditions in words, variables in the table's key order: "driver.age 18–22 × driver.experienceYears 0–2". */
export function whenWords(when: unknown, keyOrder: readonly unknown[] = []): string {
  if (!isObj(when)) return show(when) ?? "—";
  const rank = (k: string) => {
    const i = keyOrder.indexOf(k);
    return i === -1 ? keyOrder.length : i;
  };
  const names = Object.keys(when)
    .filter((k) => when[k] !== undefined)
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return names.length === 0 ? "any" : names.map((k) => conditionWords(k, when[k])).join(" × ");
}

// ---------------------------------------------------------------------------------------------
// Aligning two sequences of keyed elements

interface Keyed {
  key: string;
  index: number;
  value: unknown;
  /** 1 for the first element with its base key, 2 for the second, … */
  occurrence: number;
}

type AlignOp =
  | { op: "both"; b: Keyed; a: Keyed; moved: boolean }
  | { op: "removed"; b: Keyed }
  | { op: "added"; a: Keyed }
  | { op: "replaced"; b: Keyed; a: Keyed };

function keyed(items: readonly unknown[], keyOf: (item: unknown) => string): Keyed[] {
  const seen = new Map<string, number>();
  return items.map((value, index) => {
    const base = keyOf(value);
    const occurrence = (seen.get(base) ?? 0) + 1;
    seen.set(base, occurrence);
    return { key: occurrence === 1 ? base : `${base}\u0000${occurrence}`, index, value, occurrence };
  });
}

/** Indices (into `seq`) of one longest strictly increasing subsequence. */
function longestIncreasing(seq: readonly number[]): Set<number> {
  const tails: number[] = []; // tails[len-1] = index in seq of the smallest tail of a run of length len
  const prev: number[] = new Array<number>(seq.length).fill(-1);
  for (let i = 0; i < seq.length; i += 1) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seq[tails[mid]!]! < seq[i]!) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const out = new Set<number>();
  for (let i = tails.length === 0 ? -1 : tails[tails.length - 1]!; i !== -1; i = prev[i]!) out.add(i);
  return out;
}

/**
 * Aligns `before` and `after` by key, in document order: elements in both (the longest run kept in
 * order is "in place", the others "moved"), removed and added ones where they were / are.
 * With `pairReplacements`, a run of n removed elements directly followed by n added ones at the
 * same place is reported as n elements edited in place ("replaced").
 */
function align(before: readonly Keyed[], after: readonly Keyed[], pairReplacements: boolean): AlignOp[] {
  const afterByKey = new Map(after.map((a) => [a.key, a]));
  const beforeKeys = new Set(before.map((b) => b.key));
  const common = before.filter((b) => afterByKey.has(b.key));
  const kept = longestIncreasing(common.map((b) => afterByKey.get(b.key)!.index));
  const stable = new Set(common.filter((_, i) => kept.has(i)).map((b) => b.key));

  const ops: AlignOp[] = [];
  const beforeByKey = new Map(before.map((b) => [b.key, b]));
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    const b = before[i];
    const a = after[j];
    if (b !== undefined && !afterByKey.has(b.key)) {
      ops.push({ op: "removed", b });
      i += 1;
    } else if (b !== undefined && !stable.has(b.key)) {
      i += 1; // moved: reported where it now stands
    } else if (a !== undefined && !beforeKeys.has(a.key)) {
      ops.push({ op: "added", a });
      j += 1;
    } else if (a !== undefined && !stable.has(a.key)) {
      ops.push({ op: "both", b: beforeByKey.get(a.key)!, a, moved: true });
      j += 1;
    } else if (a !== undefined && b !== undefined) {
      ops.push({ op: "both", b, a, moved: false });
      i += 1;
      j += 1;
    } else {
      break; // unreachable: stable elements pair up
    }
  }
  if (!pairReplacements) return ops;

  const out: AlignOp[] = [];
  for (let k = 0; k < ops.length; ) {
    let r = k;
    while (r < ops.length && ops[r]!.op === "removed") r += 1;
    let s = r;
    while (s < ops.length && ops[s]!.op === "added") s += 1;
    if (r > k && s - r === r - k) {
      for (let n = 0; n < r - k; n += 1) {
        const removed = ops[k + n] as { b: Keyed };
        const added = ops[r + n] as { a: Keyed };
        out.push({ op: "replaced", b: removed.b, a: added.a });
      }
      k = s;
    } else {
      out.push(...ops.slice(k, Math.max(r, k + 1)));
      k = Math.max(r, k + 1);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The diff

interface Where {
  area: RateBookArea;
  tableId?: string;
  component?: "damage" | "theft";
  rowKey?: string;
}

class Differ {
  readonly changes: RateBookChange[] = [];

  private push(where: Where, kind: RateBookChangeKind, field: string, path: string, before: unknown, after: unknown) {
    const b = show(before);
    const a = show(after);
    const change: RateBookChange = {
      kind,
      area: where.area,
      ...(where.tableId !== undefined ? { tableId: where.tableId } : {}),
      ...(where.component !== undefined ? { component: where.component } : {}),
      ...(where.rowKey !== undefined ? { rowKey: where.rowKey } : {}),
      field,
      path,
      ...(b !== undefined ? { before: b } : {}),
      ...(a !== undefined ? { after: a } : {}),
    };
    this.changes.push(change);
  }

  added(where: Where, field: string, path: string, after: unknown) {
    this.push(where, "added", field, path, undefined, after);
  }

  removed(where: Where, field: string, path: string, before: unknown) {
    this.push(where, "removed", field, path, before, undefined);
  }

  changed(where: Where, field: string, path: string, before: unknown, after: unknown) {
    this.push(where, "changed", field, path, before, after);
  }

  /** One value: added, removed or changed (under `eq`). */
  leaf(where: Where, field: string, path: string, b: unknown, a: unknown, eq: Eq = sameExact) {
    if (b === undefined && a === undefined) return;
    if (b === undefined) this.added(where, field, path, a);
    else if (a === undefined) this.removed(where, field, path, b);
    else if (!eq(b, a)) this.changed(where, field, path, b, a);
  }

  /** An object of known shape: `fn` when both sides are objects, else compared as a whole. */
  object(where: Where, field: string, path: string, b: unknown, a: unknown, fn: (b: Obj, a: Obj) => void) {
    if ((b === undefined || isObj(b)) && (a === undefined || isObj(a))) fn(b ?? {}, a ?? {});
    else this.leaf(where, field, path, b, a);
  }

  /** Keys the diff does not know (a draft's typo): compared as whole values. */
  unknownKeys(where: Where, prefix: string, path: string, b: Obj, a: Obj, known: readonly string[]) {
    const keys = new Set([...Object.keys(b), ...Object.keys(a)]);
    for (const k of keys) if (!known.includes(k)) this.leaf(where, prefix === "" ? k : `${prefix}.${k}`, at(path, k), b[k], a[k]);
  }

  /** { ru, en } text, field by field ("label.ru"). */
  localized(where: Where, field: string, path: string, b: unknown, a: unknown) {
    this.object(where, field, path, b, a, (bo, ao) => {
      for (const lang of ["ru", "en"]) this.leaf(where, `${field}.${lang}`, at(path, lang), bo[lang], ao[lang]);
      this.unknownKeys(where, field, path, bo, ao, ["ru", "en"]);
    });
  }

  /** A list with set meaning (order and repeats do not count): one change per element added or removed. */
  set(where: Where, field: string, path: string, b: unknown, a: unknown) {
    const bl = asArray(b);
    const al = asArray(a);
    if (bl === undefined || al === undefined) {
      if (b === undefined && al !== undefined) this.added(where, field, path, al.map((v) => show(v)).join(", "));
      else if (a === undefined && bl !== undefined) this.removed(where, field, path, bl.map((v) => show(v)).join(", "));
      else this.leaf(where, field, path, b, a);
      return;
    }
    const bKeys = new Set(bl.map(scalarKey));
    const aKeys = new Set(al.map(scalarKey));
    const seen = new Set<string>();
    bl.forEach((v, i) => {
      const k = scalarKey(v);
      if (!aKeys.has(k) && !seen.has(k)) this.removed(where, field, at(path, i), v);
      seen.add(k);
    });
    al.forEach((v, i) => {
      const k = scalarKey(v);
      if (!bKeys.has(k) && !seen.has(k)) this.added(where, field, at(path, i), v);
      seen.add(k);
    });
  }

  /** A list whose order counts but whose elements are plain values (table keys): compared as a whole. */
  ordered(where: Where, field: string, path: string, b: unknown, a: unknown) {
    const text = (v: unknown) => (Array.isArray(v) ? v.map((x) => show(x)).join(", ") : v);
    if (!sameExact(b, a)) this.leaf(where, field, path, text(b), text(a), () => false);
  }

  position(where: Where, path: string, b: Keyed, a: Keyed) {
    this.changed(where, "position", path, String(b.index + 1), String(a.index + 1));
  }

  /** Table rows, matched by their conditions. */
  rows(where: Where, path: string, b: unknown, a: unknown, keysBefore: unknown, keysAfter: unknown) {
    const bl = asArray(b);
    const al = asArray(a);
    if (bl === undefined || al === undefined) return this.leaf(where, "rows", path, b, a);
    const keyOrder = (v: unknown) => asArray(v) ?? [];
    const words = (row: Keyed, keys: unknown) => {
      const w = whenWords(isObj(row.value) ? row.value.when : row.value, keyOrder(keys));
      return row.occurrence === 1 ? w : `${w} (repeat ${row.occurrence})`;
    };
    const rowText = (row: unknown) => (isObj(row) ? (row.note === undefined ? row.value : `${show(row.value)} (${show(row.note)})`) : row);
    const ops = align(
      keyed(bl, (r) => whenKey(isObj(r) ? r.when : r)),
      keyed(al, (r) => whenKey(isObj(r) ? r.when : r)),
      true,
    );
    for (const op of ops) {
      if (op.op === "removed") {
        this.removed({ ...where, rowKey: words(op.b, keysBefore) }, "row", at(path, op.b.index), rowText(op.b.value));
      } else if (op.op === "added") {
        this.added({ ...where, rowKey: words(op.a, keysAfter) }, "row", at(path, op.a.index), rowText(op.a.value));
      } else {
        const rowWhere = { ...where, rowKey: words(op.a, keysAfter) };
        const rowPath = at(path, op.a.index);
        if (op.op === "replaced") this.changed(rowWhere, "when", at(rowPath, "when"), words(op.b, keysBefore), words(op.a, keysAfter));
        else if (op.moved) this.position(rowWhere, rowPath, op.b, op.a);
        this.row(rowWhere, rowPath, op.b.value, op.a.value);
      }
    }
  }

  private row(where: Where, path: string, b: unknown, a: unknown) {
    this.object(where, "row", path, b, a, (bo, ao) => {
      this.leaf(where, "value", at(path, "value"), bo.value, ao.value, sameDecimal);
      this.leaf(where, "note", at(path, "note"), bo.note, ao.note);
      this.unknownKeys(where, "", path, bo, ao, ["when", "value", "note"]);
    });
  }

  /** A sequence of elements matched by id (tables, discounts, decline rules). */
  byId(
    b: unknown,
    a: unknown,
    path: string,
    where: Where,
    field: string,
    idOf: (item: unknown) => string | undefined,
    whereOf: (item: unknown) => Where,
    describe: (item: unknown) => unknown,
    each: (where: Where, path: string, b: unknown, a: unknown) => void,
  ) {
    const bl = asArray(b ?? []);
    const al = asArray(a ?? []);
    if (bl === undefined || al === undefined) return this.leaf(where, field, path, b, a);
    const keyOf = (item: unknown) => {
      const id = idOf(item);
      return id === undefined ? `j:${canonical(item)}` : `id:${id}`;
    };
    for (const op of align(keyed(bl, keyOf), keyed(al, keyOf), false)) {
      if (op.op === "removed") this.removed(whereOf(op.b.value), field, at(path, op.b.index), describe(op.b.value));
      else if (op.op === "added") this.added(whereOf(op.a.value), field, at(path, op.a.index), describe(op.a.value));
      else if (op.op === "both") {
        const itemPath = at(path, op.a.index);
        if (op.moved) this.position(whereOf(op.a.value), itemPath, op.b, op.a);
        each(whereOf(op.a.value), itemPath, op.b.value, op.a.value);
      }
    }
  }
}

const stringOr = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

function diffBase(d: Differ, b: Obj, a: Obj) {
  const path = "components";
  d.object({ area: "base" }, "components", path, b.components, a.components, (bc, ac) => {
    for (const component of ["damage", "theft"] as const) {
      const where: Where = { area: "base", component };
      const cPath = at(path, component);
      if (bc[component] === undefined || ac[component] === undefined) {
        d.leaf(where, "component", cPath, bc[component] === undefined ? undefined : component, ac[component] === undefined ? undefined : component);
        continue;
      }
      d.object(where, "component", cPath, bc[component], ac[component], (bo, ao) => {
        d.localized(where, "label", at(cPath, "label"), bo.label, ao.label);
        const mPath = at(cPath, "byModel");
        d.object(where, "byModel", mPath, bo.byModel, ao.byModel, (bm, am) => {
          const models = [...Object.keys(am), ...Object.keys(bm).filter((m) => !(m in am))];
          for (const model of models) {
            const rowWhere = { ...where, rowKey: model };
            if (!(model in bm)) d.added(rowWhere, "row", at(mPath, model), am[model]);
            else if (!(model in am)) d.removed(rowWhere, "row", at(mPath, model), bm[model]);
            else d.leaf(rowWhere, "value", at(mPath, model), bm[model], am[model], sameDecimal);
          }
        });
        const fPath = at(cPath, "fallback");
        d.object(where, "fallback", fPath, bo.fallback, ao.fallback, (bf, af) => {
          d.ordered(where, "fallback.keys", at(fPath, "keys"), bf.keys, af.keys);
          d.rows(where, at(fPath, "rows"), bf.rows, af.rows, bf.keys, af.keys);
          d.unknownKeys(where, "fallback", fPath, bf, af, ["keys", "rows"]);
        });
        d.unknownKeys(where, "", cPath, bo, ao, ["label", "byModel", "fallback"]);
      });
    }
    d.unknownKeys({ area: "base" }, "components", path, bc, ac, ["damage", "theft"]);
  });
}

const labelOf = (item: unknown) => (isObj(item) && isObj(item.label) ? (stringOr(item.label.ru) ?? stringOr(item.label.en)) : undefined);

function diffFactors(d: Differ, b: Obj, a: Obj) {
  const idOf = (t: unknown) => (isObj(t) ? stringOr(t.id) : undefined);
  const whereOf = (t: unknown): Where => ({ area: "factor", tableId: idOf(t) });
  const sortedSet = (v: unknown) => (Array.isArray(v) ? [...new Set(v.map((x) => show(x)))].sort().join(", ") : v);
  d.byId(b.factors, a.factors, "factors", { area: "factor" }, "table", idOf, whereOf, (t) => labelOf(t) ?? idOf(t) ?? t, (where, path, bt, at_) => {
    d.object(where, "table", path, bt, at_, (bo, ao) => {
      d.localized(where, "label", at(path, "label"), bo.label, ao.label);
      d.localized(where, "description", at(path, "description"), bo.description, ao.description);
      d.leaf(where, "appliesTo", at(path, "appliesTo"), sortedSet(bo.appliesTo), sortedSet(ao.appliesTo));
      d.leaf(where, "operation", at(path, "operation"), bo.operation, ao.operation);
      d.ordered(where, "keys", at(path, "keys"), bo.keys, ao.keys);
      d.leaf(where, "default", at(path, "default"), bo.default, ao.default, sameDecimal);
      d.rows(where, at(path, "rows"), bo.rows, ao.rows, bo.keys, ao.keys);
      d.unknownKeys(where, "", path, bo, ao, ["id", "label", "description", "appliesTo", "operation", "keys", "rows", "default"]);
    });
  });
}

const ELIGIBILITY_SCALARS = ["maxVehicleAgeYears", "minDriverAge", "maxDriverAge", "minDriverExperienceYears", "unlimitedDrivers"] as const;
const ELIGIBILITY_DECIMALS = ["minPrice", "maxPrice"] as const;
const ELIGIBILITY_SETS = ["regionsServed", "coverages", "repairOptions", "franchiseTypes", "installments"] as const;

function diffEligibility(d: Differ, b: Obj, a: Obj) {
  const where: Where = { area: "eligibility" };
  const path = "eligibility";
  d.object(where, "eligibility", path, b.eligibility, a.eligibility, (be, ae) => {
    for (const f of ELIGIBILITY_SCALARS) d.leaf(where, f, at(path, f), be[f], ae[f]);
    for (const f of ELIGIBILITY_DECIMALS) d.leaf(where, f, at(path, f), be[f], ae[f], sameDecimal);
    for (const f of ELIGIBILITY_SETS) d.set(where, f, at(path, f), be[f], ae[f]);
    const codeOf = (r: unknown) => (isObj(r) ? stringOr(r.code) : undefined);
    const ruleWhere = (r: unknown): Where => ({ area: "eligibility", rowKey: codeOf(r) });
    const describe = (r: unknown) => (isObj(r) ? `${whenWords(r.when)}${isObj(r.reason) && r.reason.ru !== undefined ? ` — ${show(r.reason.ru)}` : ""}` : r);
    d.byId(be.declineWhen, ae.declineWhen, at(path, "declineWhen"), where, "declineRule", codeOf, ruleWhere, describe, (w, rPath, br, ar) => {
      d.object(w, "declineRule", rPath, br, ar, (bo, ao) => {
        if (whenKey(bo.when) !== whenKey(ao.when)) d.changed(w, "when", at(rPath, "when"), whenWords(bo.when), whenWords(ao.when));
        d.localized(w, "reason", at(rPath, "reason"), bo.reason, ao.reason);
        d.unknownKeys(w, "", rPath, bo, ao, ["code", "when", "reason"]);
      });
    });
    d.unknownKeys(where, "", path, be, ae, [...ELIGIBILITY_SCALARS, ...ELIGIBILITY_DECIMALS, ...ELIGIBILITY_SETS, "declineWhen"]);
  });
}

function diffDiscounts(d: Differ, b: Obj, a: Obj) {
  const where: Where = { area: "discounts" };
  const path = "discounts";
  d.object(where, "discounts", path, b.discounts, a.discounts, (bd, ad) => {
    d.leaf(where, "maxTotalPercent", at(path, "maxTotalPercent"), bd.maxTotalPercent, ad.maxTotalPercent, sameDecimal);
    const idOf = (x: unknown) => (isObj(x) ? stringOr(x.id) : undefined);
    const itemWhere = (x: unknown): Where => ({ area: "discounts", rowKey: idOf(x) });
    const describe = (x: unknown) => (isObj(x) ? `${labelOf(x) ?? idOf(x)}: ${show(x.percent)} % (${whenWords(x.when)})` : x);
    d.byId(bd.items, ad.items, at(path, "items"), where, "discount", idOf, itemWhere, describe, (w, iPath, bi, ai) => {
      d.object(w, "discount", iPath, bi, ai, (bo, ao) => {
        d.localized(w, "label", at(iPath, "label"), bo.label, ao.label);
        if (whenKey(bo.when) !== whenKey(ao.when)) d.changed(w, "when", at(iPath, "when"), whenWords(bo.when), whenWords(ao.when));
        d.leaf(w, "percent", at(iPath, "percent"), bo.percent, ao.percent, sameDecimal);
        d.unknownKeys(w, "", iPath, bo, ao, ["id", "label", "when", "percent"]);
      });
    });
    d.unknownKeys(where, "", path, bd, ad, ["maxTotalPercent", "items"]);
  });
}

/** Notes: a sequence of texts, matched by content; an edited note is one change per language. */
function diffNotes(d: Differ, b: unknown, a: unknown) {
  const where: Where = { area: "general" };
  const bl = asArray(b ?? []);
  const al = asArray(a ?? []);
  if (bl === undefined || al === undefined) return d.leaf(where, "notes", "notes", b, a);
  const text = (n: unknown) => (isObj(n) ? (n.ru ?? n.en) : n);
  for (const op of align(keyed(bl, canonical), keyed(al, canonical), true)) {
    if (op.op === "removed") d.removed(where, "note", at("notes", op.b.index), text(op.b.value));
    else if (op.op === "added") d.added(where, "note", at("notes", op.a.index), text(op.a.value));
    else if (op.op === "replaced") d.localized(where, "note", at("notes", op.a.index), op.b.value, op.a.value);
    else if (op.moved) d.position({ ...where, rowKey: show(text(op.a.value)) }, at("notes", op.a.index), op.b, op.a);
  }
}

function diffGeneralHead(d: Differ, b: Obj, a: Obj) {
  const where: Where = { area: "general" };
  for (const f of ["$schema", "schemaVersion", "id"]) d.leaf(where, f, f, b[f], a[f]);
  d.object(where, "insurer", "insurer", b.insurer, a.insurer, (bi, ai) => {
    d.leaf(where, "insurer.id", "insurer.id", bi.id, ai.id);
    d.localized(where, "insurer.name", "insurer.name", bi.name, ai.name);
    d.unknownKeys(where, "insurer", "insurer", bi, ai, ["id", "name"]);
  });
  for (const f of ["effectiveFrom", "currency"]) d.leaf(where, f, f, b[f], a[f]);
}

function diffGeneralTail(d: Differ, b: Obj, a: Obj) {
  const where: Where = { area: "general" };
  d.leaf(where, "minimumPremium", "minimumPremium", b.minimumPremium ?? "0", a.minimumPremium ?? "0", sameDecimal);
  d.object(where, "rounding", "rounding", b.rounding, a.rounding, (br, ar) => {
    d.leaf(where, "rounding.ratePercentDecimals", "rounding.ratePercentDecimals", br.ratePercentDecimals, ar.ratePercentDecimals);
    d.leaf(where, "rounding.premiumDecimals", "rounding.premiumDecimals", br.premiumDecimals ?? 2, ar.premiumDecimals ?? 2);
    d.unknownKeys(where, "rounding", "rounding", br, ar, ["ratePercentDecimals", "premiumDecimals"]);
  });
  diffNotes(d, b.notes, a.notes);
  d.object(where, "provenance", "provenance", b.provenance, a.provenance, (bp, ap) => {
    d.leaf(where, "provenance.demonstration", "provenance.demonstration", bp.demonstration, ap.demonstration);
    d.leaf(where, "provenance.summary", "provenance.summary", bp.summary, ap.summary);
    d.object(where, "provenance.values", "provenance.values", bp.values, ap.values, (bv, av) => {
      const keys = [...Object.keys(av), ...Object.keys(bv).filter((k) => !(k in av))];
      for (const k of keys) d.leaf({ ...where, rowKey: k }, "provenance.values", at("provenance.values", k), bv[k], av[k]);
    });
    d.unknownKeys(where, "provenance", "provenance", bp, ap, ["demonstration", "summary", "values"]);
  });
}

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
  "discounts",
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
  diffGeneralTail(d, before, after);
  d.unknownKeys({ area: "general" }, "", "", before, after, TOP_LEVEL);
  return d.changes;
}
