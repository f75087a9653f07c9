/** Reading plain JSON drafts safely. */
import { Decimal } from "@/lib/rating/decimal";

// Plain-JSON helpers

export type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
export const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const DECIMAL = /^-?\d+(\.\d+)?$/;

export function dec(v: unknown): Decimal | undefined {
  if (typeof v === "number" && Number.isFinite(v)) return new Decimal(v);
  if (typeof v === "string" && DECIMAL.test(v)) return new Decimal(v);
  return undefined;
}

export const percentOf = (fraction: Decimal) => fraction.times(100).toString();

/** Base rates above this share of the sum insured are flagged (real ones reach about 0.2; 4.38 typed for 4.38 % is 438 %). */
export const BASE_RATE_LIMIT = "0.3";
