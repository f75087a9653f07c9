/** Plain-JSON helpers: canonical text, decimal equality, display text and paths. */
import { Decimal } from "@/lib/rating/decimal";

export type Obj = Record<string, unknown>;

export const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/** JSON with object keys sorted: equal values give equal text. */
export function canonical(v: unknown): string {
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
export function decimalText(v: unknown): string | undefined {
  if (typeof v === "number" && Number.isSafeInteger(v)) return String(v);
  if (typeof v === "number" && Number.isFinite(v)) return new Decimal(v).toString();
  if (typeof v === "string" && DECIMAL.test(v)) return new Decimal(v).toString();
  return undefined;
}

export type Eq = (a: unknown, b: unknown) => boolean;
export const sameExact: Eq = (a, b) => a === b || (typeof a === "object" && typeof b === "object" && canonical(a) === canonical(b));
export const sameDecimal: Eq = (a, b) => {
  if (a === b) return true;
  const x = decimalText(a);
  const y = decimalText(b);
  return x !== undefined && y !== undefined ? x === y : sameExact(a, b);
};

/** How a value is shown to the editor: as written. */
export function show(v: unknown): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return JSON.stringify(v);
}

/** Appends a key to a dotted path; keys that are not plain words are bracketed. */
export function at(path: string, key: string | number): string {
  if (typeof key === "number" || /^[A-Za-z0-9_$-]+$/.test(key)) return path === "" ? String(key) : `${path}.${key}`;
  return `${path}[${JSON.stringify(key)}]`;
}

export const asArray = (v: unknown): unknown[] | undefined => (Array.isArray(v) ? v : undefined);

export const stringOr = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

/** An element's label text: Russian, else English. */
export const labelOf = (item: unknown) => (isObj(item) && isObj(item.label) ? (stringOr(item.label.ru) ?? stringOr(item.label.en)) : undefined);
