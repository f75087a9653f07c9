// The editor's working copy of a rate book: the JSON with every editable value as the text of
// its input, rows tagged with ids (React keys, focus), and each part's original JSON kept so that
// fields the editor does not show survive a save. `toForm` reads a book (of any shape: a broken
// draft must open too); `toBody` writes it back and reports the cells whose text cannot be
// written (a condition or a percent that does not parse). A book opened and written back
// unchanged is the same JSON (up to key order).
import { formatCondition, parseCondition } from "@/lib/editor/condition-text";
import { formatPath, type LintIssue, type PathSegment } from "@/lib/editor/lint-rate-book";
import type { TCondition } from "@/lib/rating/rate-book-schema";
import { fractionToPercent, percentToFraction } from "./percent";

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const obj = (v: unknown): Obj => (isObj(v) ? v : {});
const text = (v: unknown): string => (v === undefined || v === null ? "" : typeof v === "string" ? v : typeof v === "object" ? JSON.stringify(v) : String(v));

let nextUid = 0;
export const uid = () => `r${(nextUid += 1)}`;

/** An issue found by the editor itself (a cell that does not parse) or by lintRateBook. */
export type EditorIssue = Omit<LintIssue, "code"> & { code: string };

export interface RowForm {
  uid: string;
  /** Condition text per key variable. */
  cells: Record<string, string>;
  /** The row's `when` as loaded: a cell the editor has not touched writes its original condition back. */
  origWhen: Obj;
  /** Cells the editor has typed in (a variable, "value"): only those are read from their text. */
  touched: Readonly<Record<string, true>>;
  /** Coefficient (factor tables) or percent (fallback tables), as typed. */
  value: string;
  note: string;
  orig: Obj;
}

export interface TableForm {
  uid: string;
  orig: Obj;
  id: string;
  labelRu: string;
  labelEn: string;
  appliesTo: string[];
  operation: string;
  keys: string[];
  default: string;
  rows: RowForm[];
}

export interface FallbackForm {
  orig: Obj;
  keys: string[];
  rows: RowForm[];
}

export interface ModelRateForm {
  uid: string;
  model: string;
  /** Percent text, "" for none. */
  damage: string;
  theft: string;
  orig: { damage: unknown; theft: unknown };
}

export interface DiscountForm {
  uid: string;
  orig: Obj;
  id: string;
  labelRu: string;
  labelEn: string;
  cells: Record<string, string>;
  origWhen: Obj;
  touched: Readonly<Record<string, true>>;
  percent: string;
}

export interface NoteForm {
  uid: string;
  orig: Obj;
  ru: string;
  en: string;
}

export const OPTION_LISTS = ["coverages", "repairOptions", "franchiseTypes", "installments"] as const;
export type OptionList = (typeof OPTION_LISTS)[number];
export const ELIGIBILITY_INTS = ["maxVehicleAgeYears", "minDriverAge", "maxDriverAge", "minDriverExperienceYears"] as const;
export const ELIGIBILITY_DECIMALS = ["minPrice", "maxPrice"] as const;

export interface EligibilityForm {
  orig: Obj;
  ints: Record<(typeof ELIGIBILITY_INTS)[number], string>;
  decimals: Record<(typeof ELIGIBILITY_DECIMALS)[number], string>;
  regionsServed: string;
  /** undefined: as loaded (absent or not a list). */
  lists: Record<OptionList, (string | number)[] | undefined>;
  unlimitedDrivers: boolean | undefined;
}

export interface RateBookForm {
  orig: Obj;
  /** Shown, not edited: publishing sets the date (and the id). */
  effectiveFrom: string;
  models: ModelRateForm[];
  fallback: { damage: FallbackForm; theft: FallbackForm };
  factors: TableForm[];
  eligibility: EligibilityForm;
  discounts: { orig: Obj; maxTotalPercent: string; keys: string[]; items: DiscountForm[] };
  minimumPremium: string;
  rounding: { orig: Obj; ratePercentDecimals: string; premiumDecimals: string };
  notes: NoteForm[];
}

export const COMPONENTS = ["damage", "theft"] as const;
export type Component = (typeof COMPONENTS)[number];

// ---------------------------------------------------------------------------------------------
// Paths of the editor's cells (the lint paths where a cell shows a JSON value)

export const paths = {
  factor: (t: number, ...rest: PathSegment[]) => formatPath(["factors", t, ...rest]),
  factorCell: (t: number, r: number, key: string) => formatPath(["factors", t, "rows", r, "when", key]),
  factorRow: (t: number, r: number, field: "value" | "note") => formatPath(["factors", t, "rows", r, field]),
  fallback: (c: Component) => formatPath(["components", c, "fallback"]),
  fallbackCell: (c: Component, r: number, key: string) => formatPath(["components", c, "fallback", "rows", r, "when", key]),
  fallbackRow: (c: Component, r: number, field: "value" | "note") => formatPath(["components", c, "fallback", "rows", r, field]),
  /** Cells of the model grid are addressed by position (two rows may hold the same id while typing). */
  model: (r: number, field: "model" | Component) => formatPath(["base", r, field]),
  discount: (i: number, ...rest: PathSegment[]) => formatPath(["discounts", "items", i, ...rest]),
  discountCell: (i: number, key: string) => formatPath(["discounts", "items", i, "when", key]),
};

// ---------------------------------------------------------------------------------------------
// JSON → form

function rowForm(row: unknown, keys: readonly string[], value: (v: unknown) => string): RowForm {
  const r = obj(row);
  const when = obj(r.when);
  const cells: Record<string, string> = {};
  for (const k of keys) cells[k] = formatCondition(when[k] as TCondition | undefined);
  return { uid: uid(), cells, origWhen: when, touched: {}, value: value(r.value), note: text(r.note), orig: r };
}

const stringKeys = (v: unknown) => asArray(v).filter((k): k is string => typeof k === "string");
const percentText = (v: unknown) => (typeof v === "string" ? (fractionToPercent(v) ?? v) : typeof v === "number" ? (fractionToPercent(String(v)) ?? String(v)) : text(v));

function tableForm(t: unknown): TableForm {
  const o = obj(t);
  const keys = stringKeys(o.keys);
  const label = obj(o.label);
  return {
    uid: uid(),
    orig: o,
    id: text(o.id),
    labelRu: text(label.ru),
    labelEn: text(label.en),
    appliesTo: stringKeys(o.appliesTo),
    operation: text(o.operation),
    keys,
    default: text(o.default),
    rows: asArray(o.rows).map((r) => rowForm(r, keys, text)),
  };
}

function fallbackForm(component: unknown): FallbackForm {
  const fb = obj(obj(component).fallback);
  const keys = stringKeys(fb.keys);
  return { orig: fb, keys, rows: asArray(fb.rows).map((r) => rowForm(r, keys, percentText)) };
}

function whenKeysInOrder(items: unknown[]): string[] {
  const keys: string[] = [];
  for (const item of items) for (const k of Object.keys(obj(obj(item).when))) if (!keys.includes(k)) keys.push(k);
  return keys;
}

export function toForm(body: unknown): RateBookForm {
  const b = obj(body);
  const components = obj(b.components);
  const byModel = (c: Component) => obj(obj(components[c]).byModel);
  const modelIds: string[] = [];
  for (const c of COMPONENTS) for (const m of Object.keys(byModel(c))) if (!modelIds.includes(m)) modelIds.push(m);
  const elig = obj(b.eligibility);
  const discounts = obj(b.discounts);
  const items = asArray(discounts.items);
  const discountKeys = whenKeysInOrder(items);
  const rounding = obj(b.rounding);
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string | number => typeof x === "string" || typeof x === "number") : undefined);
  return {
    orig: b,
    effectiveFrom: text(b.effectiveFrom),
    models: modelIds.map((m) => ({
      uid: uid(),
      model: m,
      damage: byModel("damage")[m] === undefined ? "" : percentText(byModel("damage")[m]),
      theft: byModel("theft")[m] === undefined ? "" : percentText(byModel("theft")[m]),
      orig: { damage: byModel("damage")[m], theft: byModel("theft")[m] },
    })),
    fallback: { damage: fallbackForm(components.damage), theft: fallbackForm(components.theft) },
    factors: asArray(b.factors).map(tableForm),
    eligibility: {
      orig: elig,
      ints: { maxVehicleAgeYears: text(elig.maxVehicleAgeYears), minDriverAge: text(elig.minDriverAge), maxDriverAge: text(elig.maxDriverAge), minDriverExperienceYears: text(elig.minDriverExperienceYears) },
      decimals: { minPrice: text(elig.minPrice), maxPrice: text(elig.maxPrice) },
      regionsServed: Array.isArray(elig.regionsServed) ? elig.regionsServed.map(text).join(", ") : text(elig.regionsServed),
      lists: { coverages: list(elig.coverages), repairOptions: list(elig.repairOptions), franchiseTypes: list(elig.franchiseTypes), installments: list(elig.installments) },
      unlimitedDrivers: typeof elig.unlimitedDrivers === "boolean" ? elig.unlimitedDrivers : undefined,
    },
    discounts: {
      orig: discounts,
      maxTotalPercent: text(discounts.maxTotalPercent),
      keys: discountKeys,
      items: items.map((item) => {
        const o = obj(item);
        const when = obj(o.when);
        const cells: Record<string, string> = {};
        for (const k of discountKeys) cells[k] = formatCondition(when[k] as TCondition | undefined);
        return { uid: uid(), orig: o, id: text(o.id), labelRu: text(obj(o.label).ru), labelEn: text(obj(o.label).en), cells, origWhen: when, touched: {}, percent: text(o.percent) };
      }),
    },
    minimumPremium: text(b.minimumPremium),
    rounding: { orig: rounding, ratePercentDecimals: text(rounding.ratePercentDecimals), premiumDecimals: text(rounding.premiumDecimals) },
    notes: asArray(b.notes).map((n) => ({ uid: uid(), orig: obj(n), ru: text(obj(n).ru), en: text(obj(n).en) })),
  };
}

// ---------------------------------------------------------------------------------------------
// Form → JSON

class Writer {
  readonly issues: EditorIssue[] = [];

  private problem(path: string, code: string, message: string, where: Pick<EditorIssue, "tableId" | "row" | "column">) {
    this.issues.push({ severity: "error", code, key: `${code}|${path}`, path, ...where, message });
  }

  /**
   * A row's `when`. A cell the editor has not touched keeps its original condition, even a broken
   * one (the check reports it; opening a draft never changes it). A touched cell is read from its
   * text — keeping the original when it means the same ("18–22" for { gte: 18, lt: "22" }) — and
   * left out (and reported) when it does not parse.
   */
  when(
    keys: readonly string[],
    cells: Record<string, string>,
    origWhen: Obj,
    touched: Readonly<Record<string, true>>,
    pathOf: (key: string) => string,
    where: (key: string) => Pick<EditorIssue, "tableId" | "row" | "column">,
  ): Obj {
    const out: Obj = {};
    const order = [...Object.keys(origWhen), ...keys.filter((k) => !(k in origWhen))];
    for (const k of order) {
      if (!keys.includes(k)) {
        out[k] = origWhen[k]; // not a column (a broken draft): kept for the schema check to report
        continue;
      }
      const orig = origWhen[k];
      if (!touched[k]) {
        if (orig !== undefined) out[k] = orig;
        continue;
      }
      const parsed = parseCondition(cells[k] ?? "", k);
      if (!parsed.ok) this.problem(pathOf(k), "cell-syntax", parsed.message, where(k));
      else if (parsed.condition !== undefined) out[k] = orig !== undefined && sameCondition(orig, parsed.condition) ? orig : parsed.condition;
    }
    return out;
  }

  /** A fraction from percent text: the original when untouched; undefined (and reported) when it does not parse. */
  percent(cellText: string, orig: unknown, path: string, where: Pick<EditorIssue, "tableId" | "row" | "column">): string | undefined {
    if (typeof orig === "string" && cellText === percentText(orig)) return orig;
    const fraction = percentToFraction(cellText);
    if (fraction === undefined) this.problem(path, "cell-syntax", "Введите ставку в процентах числом, например 4.38", where);
    return fraction;
  }

  modelId(model: string, path: string, where: Pick<EditorIssue, "tableId" | "row" | "column">, seen: Set<string>): boolean {
    if (model === "") this.problem(path, "model-id", "Укажите идентификатор модели, например kia-rio", where);
    else if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(model)) this.problem(path, "model-id", "Идентификатор модели: строчные латинские буквы, цифры и дефисы, например kia-rio", where);
    else if (seen.has(model)) this.problem(path, "model-id", `Модель ${model} уже есть в таблице`, where);
    else {
      seen.add(model);
      return true;
    }
    return false;
  }
}

/** "007.50" → "7.5". */
function canonicalDecimal(s: string): string {
  const [int = "", frac = ""] = s.split(".");
  const i = int.replace(/^(-?)0+(?=\d)/, "$1");
  const f = frac.replace(/0+$/, "");
  return f === "" ? i : `${i}.${f}`;
}

/** Whether a stored condition means exactly what the parsed one does (bounds "22" and 22, ["77"] and "77" alike). */
function sameCondition(stored: unknown, parsed: TCondition): boolean {
  const bound = (v: unknown) => (typeof v === "number" || (typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v)) ? canonicalDecimal(String(v)) : v === undefined ? undefined : Symbol());
  if (isObj(stored) || isObj(parsed)) {
    if (!isObj(stored) || !isObj(parsed) || !Object.keys(stored).every((k) => k === "gte" || k === "lt")) return false;
    return bound(stored.gte) === bound(parsed.gte) && bound(stored.lt) === bound(parsed.lt);
  }
  const a = Array.isArray(stored) ? stored : [stored];
  const b = Array.isArray(parsed) ? parsed : [parsed];
  return a.length === b.length && a.every((x) => b.some((y) => x === y));
}

/** `orig` with `patch` written over it (keys of `patch` set to undefined are removed); key order kept. */
function overwrite(orig: Obj, patch: Obj): Obj {
  const out: Obj = { ...orig };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  return out;
}

const optional = (s: string) => (s.trim() === "" ? undefined : s.trim());
const intOrText = (s: string) => {
  const t = s.trim();
  if (t === "") return undefined;
  return /^-?\d+$/.test(t) ? Number(t) : t;
};

function writeRows(
  w: Writer,
  rows: readonly RowForm[],
  keys: readonly string[],
  cellPath: (r: number, key: string) => string,
  tableId: string,
  value: (row: RowForm, r: number) => unknown,
): Obj[] {
  return rows.map((row, r) => {
    const loc = { tableId, row: r + 1 };
    const when = w.when(keys, row.cells, row.origWhen, row.touched, (k) => cellPath(r, k), (k) => ({ ...loc, column: k }));
    return overwrite(row.orig, { when, value: value(row, r), note: row.note === "" ? undefined : row.note });
  });
}

export function toBody(form: RateBookForm): { body: Obj; issues: EditorIssue[] } {
  const w = new Writer();
  const b = form.orig;
  const components = obj(b.components);

  const seen = new Set<string>();
  const byModel: Record<Component, Obj> = { damage: {}, theft: {} };
  form.models.forEach((m, r) => {
    const ok = w.modelId(m.model.trim(), paths.model(r, "model"), { tableId: "base-rates", row: r + 1, column: "model" }, seen);
    for (const c of COMPONENTS) {
      if (m[c].trim() === "") continue;
      const fraction = w.percent(m[c], m.orig[c], paths.model(r, c), { tableId: "base-rates", row: r + 1, column: c });
      if (ok && fraction !== undefined) byModel[c][m.model.trim()] = fraction;
    }
  });

  const componentBody = (c: Component): Obj => {
    const fb = form.fallback[c];
    const rows = writeRows(
      w,
      fb.rows,
      fb.keys,
      (r, k) => paths.fallbackCell(c, r, k),
      `${c}.fallback`,
      (row, r) => w.percent(row.value, row.orig.value, paths.fallbackRow(c, r, "value"), { tableId: `${c}.fallback`, row: r + 1, column: "value" }),
    );
    return overwrite(obj(components[c]), { byModel: byModel[c], fallback: overwrite(fb.orig, { keys: fb.keys, rows }) });
  };

  const factors = form.factors.map((t, i) => {
    const rows = writeRows(
      w,
      t.rows,
      t.keys,
      (r, k) => paths.factorCell(i, r, k),
      t.id || `#${i + 1}`,
      (row) => (row.touched.value || row.orig.value === undefined ? row.value.trim() : row.orig.value),
    );
    return overwrite(t.orig, {
      id: t.id,
      label: overwrite(obj(t.orig.label), { ru: t.labelRu, en: t.labelEn }),
      appliesTo: t.appliesTo,
      operation: t.operation,
      keys: t.keys,
      rows,
      default: optional(t.default),
    });
  });

  const e = form.eligibility;
  const regions = e.regionsServed.split(/[\s,;]+/).filter((s) => s !== "");
  const origRegions = e.orig.regionsServed;
  const eligibility = overwrite(e.orig, {
    ...Object.fromEntries(Object.entries(e.ints).map(([k, v]) => [k, intOrText(v)])),
    ...Object.fromEntries(Object.entries(e.decimals).map(([k, v]) => [k, optional(v)])),
    regionsServed: Array.isArray(origRegions) && origRegions.join(", ") === e.regionsServed ? origRegions : regions.length > 0 ? regions : undefined,
    ...Object.fromEntries(OPTION_LISTS.flatMap((k) => (e.lists[k] === undefined ? [] : [[k, e.lists[k]]]))),
    ...(e.unlimitedDrivers === undefined ? {} : { unlimitedDrivers: e.unlimitedDrivers }),
  });

  const d = form.discounts;
  const items = d.items.map((item, i) =>
    overwrite(item.orig, {
      id: item.id,
      label: overwrite(obj(item.orig.label), { ru: item.labelRu, en: item.labelEn }),
      when: w.when(d.keys, item.cells, item.origWhen, item.touched, (k) => paths.discountCell(i, k), (k) => ({ tableId: "discounts", row: i + 1, column: k })),
      percent: item.percent.trim(),
    }),
  );

  const rounding = overwrite(form.rounding.orig, {
    ratePercentDecimals: intOrText(form.rounding.ratePercentDecimals),
    premiumDecimals: intOrText(form.rounding.premiumDecimals),
  });

  const body = overwrite(b, {
    effectiveFrom: form.effectiveFrom === "" && b.effectiveFrom === undefined ? undefined : form.effectiveFrom,
    components: overwrite(components, { damage: componentBody("damage"), theft: componentBody("theft") }),
    factors,
    eligibility,
    discounts: overwrite(d.orig, { maxTotalPercent: d.maxTotalPercent.trim(), items }),
    minimumPremium: optional(form.minimumPremium),
    rounding: Object.keys(rounding).length === 0 && b.rounding === undefined ? undefined : rounding,
    notes: form.notes.length === 0 && b.notes === undefined ? undefined : form.notes.map((n) => overwrite(n.orig, { ru: n.ru, en: n.en })),
  });
  return { body, issues: w.issues };
}

// ---------------------------------------------------------------------------------------------
// Building blocks for edits

export function emptyRow(keys: readonly string[], value = ""): RowForm {
  return { uid: uid(), cells: Object.fromEntries(keys.map((k) => [k, ""])), origWhen: {}, touched: {}, value, note: "", orig: {} };
}

export function newTable(input: { id: string; labelRu: string; labelEn: string; operation: "multiply" | "add"; keys: string[] }): TableForm {
  return {
    uid: uid(),
    orig: {},
    id: input.id,
    labelRu: input.labelRu,
    labelEn: input.labelEn,
    appliesTo: ["damage", "theft"],
    operation: input.operation,
    keys: input.keys,
    default: "",
    rows: [emptyRow(input.keys, input.operation === "multiply" ? "1" : "0")],
  };
}

/** Moves element `from` by `delta` places (no-op at the ends). */
export function move<T>(list: readonly T[], from: number, delta: number): T[] {
  const to = from + delta;
  if (to < 0 || to >= list.length) return [...list];
  const out = [...list];
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item!);
  return out;
}

/** JSON with object keys sorted: equal books give equal text (for "unsaved changes"). */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(",")}]`;
  if (isObj(v)) {
    return `{${Object.keys(v)
      .filter((k) => v[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(v[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(v) ?? "null";
}
