import type { Quote } from "./result-types";

/** Compares two non-negative decimal strings ("27370.62") exactly, without parsing them. */
export function compareMoneyStrings(a: string, b: string): number {
  const [ai = "", af = ""] = a.split(".");
  const [bi = "", bf = ""] = b.split(".");
  if (ai.length !== bi.length) return ai.length - bi.length;
  if (ai !== bi) return ai < bi ? -1 : 1;
  const width = Math.max(af.length, bf.length);
  const x = af.padEnd(width, "0");
  const y = bf.padEnd(width, "0");
  return x === y ? 0 : x < y ? -1 : 1;
}

/**
 * Ranks quotes by premium, cheapest first. Equal premiums are ordered by insurer id,
 * so the ranking never depends on the order the rate books were loaded in.
 */
export function rankQuotes(quotes: readonly Omit<Quote, "rank">[]): Quote[] {
  return [...quotes]
    .sort((a, b) => compareMoneyStrings(a.premium, b.premium) || (a.insurerId < b.insurerId ? -1 : a.insurerId > b.insurerId ? 1 : 0))
    .map((q, i) => ({ rank: i + 1, ...q }));
}
