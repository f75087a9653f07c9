/**
 * An add-on's price table (ДСАГО: region × sum insured × trailer → rubles) checked as a grid,
 * beyond what the rate-book schema says: a ruble amount is positive with at most two decimals
 * (kopecks), no two rows have the same conditions (the second would never be used), and every
 * region code is a region of the catalog. The editor shows these at the cell (lintRateBook); a
 * draft save refuses a book that has them (saveDraft), so neither path writes such a table.
 * Pure: no I/O; the region codes are given.
 */
import * as z from "zod";
import { formatPath, type LintIssue, type PathSegment } from "./lint/issue";
import { asArray, isObj, type Obj } from "./lint/json";
import { locate } from "./lint/schema-issues";
import { condKey, normalize } from "./lint/table-views";

export interface PriceTableOptions {
  /** The catalog's region codes ("77"): a region outside them is an error. Not checked when absent. */
  regionCodes?: { has(code: string): boolean };
}

const RUBLES = /^\d+(\.\d{1,2})?$/;
const FRACTION = /^\d+(\.\d+)?$/;

const positive = (s: string) => Number(s) > 0;

/** One row's price: rubles (kopecks at most) or a fraction of the sum insured. */
export function priceValueSchema(basis: "rate" | "amount") {
  return basis === "amount"
    ? z.string({ error: "Введите цену в рублях числом, например 2400" }).regex(RUBLES, { error: "Цена в рублях: число через точку, не больше двух знаков после точки, например 2400 или 2400.50" }).refine(positive, { error: "Цена должна быть больше 0" })
    : z.string({ error: "Введите ставку числом" }).regex(FRACTION, { error: "Ставка: десятичное число через точку" }).refine(positive, { error: "Ставка должна быть больше 0" });
}

/** The rows of one price table over `keys`: values, repeated conditions, region codes. */
export function priceRowsSchema(basis: "rate" | "amount", keys: readonly string[], options: PriceTableOptions) {
  return z.array(z.looseObject({ when: z.record(z.string(), z.unknown()), value: priceValueSchema(basis) })).superRefine((rows, ctx) => {
    const first = new Map<string, number>();
    rows.forEach((row, r) => {
      const key = keys.map((k) => `${k}=${condKey(normalize(row.when[k]))}`).join("&");
      const seen = first.get(key);
      if (seen === undefined) first.set(key, r);
      else ctx.addIssue({ code: "custom", path: [r, "when", keys[0] ?? "value"], message: `ряд ${r + 1} повторяет условия ряда ${seen + 1} — он никогда не сработает`, params: { rule: "duplicate-row" } });
      const region = row.when.region;
      if (!options.regionCodes || region === undefined) return;
      const codes = (Array.isArray(region) ? region : [region]).filter((c): c is string => typeof c === "string");
      const unknown = codes.filter((c) => !options.regionCodes!.has(c));
      if (unknown.length > 0) ctx.addIssue({ code: "custom", path: [r, "when", "region"], message: `Нет такого региона: ${unknown.join(", ")} (код региона из справочника, например 77)`, params: { rule: "unknown-region" } });
    });
  });
}

function ruleOf(issue: z.core.$ZodIssue): LintIssue["code"] {
  if (issue.code === "custom") {
    const rule = (issue.params as { rule?: unknown } | undefined)?.rule;
    if (rule === "duplicate-row" || rule === "unknown-region") return rule;
  }
  return "price-amount";
}

/** Every add-on price table's findings, at the cell (addOns.1.price.rows.3.value). */
export function priceTableIssues(book: unknown, options: PriceTableOptions = {}): LintIssue[] {
  if (!isObj(book)) return [];
  const out: LintIssue[] = [];
  asArray(book.addOns).forEach((addOn, i) => {
    const price: Obj = isObj(addOn) && isObj(addOn.price) ? addOn.price : {};
    if (!Array.isArray(price.rows)) return;
    const keys = asArray(price.keys).filter((k): k is string => typeof k === "string");
    const rows = price.rows.filter(isObj);
    if (rows.length !== price.rows.length) return; // a broken shape: the schema reports it
    const parsed = priceRowsSchema(price.basis === "rate" ? "rate" : "amount", keys, options).safeParse(rows.map((r) => ({ ...r, when: isObj(r.when) ? r.when : {} })));
    if (parsed.success) return;
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      const segs: PathSegment[] = ["addOns", i, "price", "rows", ...issue.path.filter((s): s is PathSegment => typeof s === "string" || typeof s === "number")];
      const path = formatPath(segs);
      if (seen.has(path)) continue; // the first issue of a cell says the most ("1500,5" is not a number; no need to add "must be > 0")
      seen.add(path);
      const code = ruleOf(issue);
      out.push({ severity: "error", code, key: `${code}|${path}`, path, ...locate(segs, book), message: issue.message });
    }
  });
  return out;
}
