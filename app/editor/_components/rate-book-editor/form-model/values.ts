/** Plain-JSON helpers: lenient reading (any shape gives a value), values as input text, canonical text of a book. */
import { fractionToPercent } from "../percent";

export type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
export const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const obj = (v: unknown): Obj => (isObj(v) ? v : {});
export const text = (v: unknown): string => (v === undefined || v === null ? "" : typeof v === "string" ? v : typeof v === "object" ? JSON.stringify(v) : String(v));
export const percentText = (v: unknown) => (typeof v === "string" ? (fractionToPercent(v) ?? v) : typeof v === "number" ? (fractionToPercent(String(v)) ?? String(v)) : text(v));

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
