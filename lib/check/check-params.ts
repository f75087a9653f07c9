import { Decimal } from "@/lib/rating/decimal";
import { normalizeAmount } from "@/lib/form/to-request";
import { MAX_PARAM_LENGTH } from "@/lib/form/url-codec";

/**
 * What the policy check adds to the calculator's form in the URL: the insurer (`ins`) and the
 * premium paid (`paid`). Both are figures of a tariff, not of a person: the link carries no
 * name, phone or policy number.
 */
export interface CheckFields {
  insurer: string;
  paid: string;
}

export const CHECK_PARAMS = ["ins", "paid"] as const;

type Params = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.slice(0, MAX_PARAM_LENGTH);

export function decodeCheck(params: Params): CheckFields {
  return { insurer: first(params.ins) ?? "", paid: first(params.paid) ?? "" };
}

/**
 * The check's part of the query string (without "?"), after the calculator's part. `ins` is
 * always there, even empty: it marks a submitted check, while a link that only prefills the
 * conditions (from an agent's client) has none and shows no errors.
 */
export function encodeCheck(fields: CheckFields): string {
  const q = new URLSearchParams();
  q.append("ins", fields.insurer.trim());
  if (fields.paid.trim()) q.append("paid", normalizeAmount(fields.paid));
  return q.toString();
}

/** Whether the link is a submitted check (then the page checks it and reports errors). */
export function isSubmittedCheck(params: Params): boolean {
  return params.ins !== undefined;
}

/** The check's own parameters, bounded, for the page to echo. */
export function checkQuery(params: Params): string {
  return isSubmittedCheck(params) ? encodeCheck(decodeCheck(params)) : "";
}

export const MAX_PAID = "100000000";

export type PaidResult = { ok: true; paid: string } | { ok: false; error: "required" | "invalid" | "tooLarge" };

/** The premium paid as typed ("27 370,62") → a decimal string, or why it is not one. */
export function parsePaid(text: string): PaidResult {
  const t = normalizeAmount(text);
  if (t === "") return { ok: false, error: "required" };
  if (!/^\d{1,12}(\.\d{1,2})?$/.test(t) || new Decimal(t).isZero()) return { ok: false, error: "invalid" };
  if (new Decimal(t).gt(MAX_PAID)) return { ok: false, error: "tooLarge" };
  return { ok: true, paid: new Decimal(t).toFixed(2) };
}
