/**
 * The JSON of a SummaryResponse (`detail=summary`, both languages), exactly what
 * `JSON.stringify(response)` gives, written as UTF-8 bytes: the batch quoter's summary lines.
 * The quotes are written by their known shape with serialize-response.ts's cached fragments (an
 * insurer's identity with its names already encoded, a rate book's reference); a decline's
 * identity is cached the same way. Anything of another shape is written by JSON.stringify instead
 * (what was written of it is dropped), so the result stays JSON.stringify's.
 * tests/property/serialize-summary.property.test.ts checks it byte for byte.
 */
import type { DeclinedSummary, QuoteSummary, SummaryResponse } from "@/lib/rating";
import { JsonBytes, putString, utf8 } from "./json-bytes";
import { hasKeys, putQuoteCommon, putRateBook, putStrings, RESPONSE_KEYS } from "./serialize-response";

/** Every key of the types, in the library's order (a missing or unknown one fails to compile). */
const QUOTE_KEYS = Object.keys({
  rank: 1, insurerId: 1, insurerName: 1, insurerNameEn: 1, premium: 1, components: 1, installments: 1,
  installmentAmount: 1, installmentSchedule: 1, rateBook: 1, programme: 1, addOns: 1, coverPremium: 1,
  policyTermMonths: 1, provenance: 1,
} satisfies Record<keyof QuoteSummary, 1>);
const DECLINED_KEYS = Object.keys({ insurerId: 1, insurerName: 1, insurerNameEn: 1, rateBook: 1, codes: 1 } satisfies Record<keyof DeclinedSummary, 1>);

const R_POLICY_START = utf8('{"policyStart":');
const R_CURRENCY = utf8(',"currency":');
const R_QUOTES = utf8(',"quotes":[');
const R_DECLINED = utf8('],"declined":[');
const D_RATE_BOOK = utf8(',"rateBook":');
const D_CODES = utf8(',"codes":');

/** Declines' identities kept before that cache is emptied. */
export const MAX_DECLINE_HEADS = 256;
/** `{"insurerId":…,"insurerName":…,"insurerNameEn":…` per insurer. */
const declineHeads = new Map<string, { name: string; nameEn: string; bytes: Uint8Array }>();

function declineHead(id: string, name: string, nameEn: string): Uint8Array {
  const cached = declineHeads.get(id);
  if (cached !== undefined && cached.name === name && cached.nameEn === nameEn) return cached.bytes;
  const bytes = utf8(`{"insurerId":${JSON.stringify(id)},"insurerName":${JSON.stringify(name)},"insurerNameEn":${JSON.stringify(nameEn)}`);
  if (declineHeads.size >= MAX_DECLINE_HEADS) declineHeads.clear();
  declineHeads.set(id, { name, nameEn, bytes });
  return bytes;
}

/** A summary quote by its shape; false (some bytes written) when it has another. */
function putQuote(out: JsonBytes, q: unknown): boolean {
  if (!hasKeys(q, QUOTE_KEYS) || !putQuoteCommon(out, q)) return false;
  out.putAscii("}");
  return true;
}

/** A summary decline by its shape; false (some bytes written) when it has another. */
function putDeclined(out: JsonBytes, d: unknown): boolean {
  if (!hasKeys(d, DECLINED_KEYS) || typeof d.insurerId !== "string" || typeof d.insurerName !== "string" || typeof d.insurerNameEn !== "string") return false;
  out.put(declineHead(d.insurerId, d.insurerName, d.insurerNameEn));
  out.put(D_RATE_BOOK);
  if (d.rateBook === null) out.putAscii("null");
  else if (!putRateBook(out, d.rateBook)) return false;
  out.put(D_CODES);
  if (!putStrings(out, d.codes)) return false;
  out.putAscii("}");
  return true;
}

/** Writes `value` with `fast`, or, if it turns out to have another shape, as JSON.stringify writes it. */
function putEither(out: JsonBytes, value: unknown, fast: (out: JsonBytes, value: unknown) => boolean): void {
  const start = out.length;
  if (fast(out, value)) return;
  out.length = start;
  out.putText(JSON.stringify(value) ?? "null");
}

function putSummary(out: JsonBytes, r: unknown): boolean {
  if (!hasKeys(r, RESPONSE_KEYS) || typeof r.policyStart !== "string" || typeof r.currency !== "string" || !Array.isArray(r.quotes) || !Array.isArray(r.declined)) return false;
  out.put(R_POLICY_START);
  putString(out, r.policyStart);
  out.put(R_CURRENCY);
  putString(out, r.currency);
  out.put(R_QUOTES);
  const quotes = r.quotes as unknown[];
  for (let i = 0; i < quotes.length; i += 1) {
    if (i > 0) out.putAscii(",");
    putEither(out, quotes[i], putQuote);
  }
  out.put(R_DECLINED);
  const declined = r.declined as unknown[];
  for (let i = 0; i < declined.length; i += 1) {
    if (i > 0) out.putAscii(",");
    putEither(out, declined[i], putDeclined);
  }
  out.putAscii("]}");
  return true;
}

/** Appends `JSON.stringify(response)` as UTF-8. */
export function writeSummary(out: JsonBytes, response: SummaryResponse): void {
  putEither(out, response, putSummary);
}
