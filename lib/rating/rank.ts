import { Decimal } from "./decimal";
import type { Quote } from "./result-types";

/**
 * Ranks quotes by premium, cheapest first. Equal premiums are ordered by insurer id,
 * so the ranking never depends on the order the rate books were loaded in.
 */
export function rankQuotes(quotes: readonly Omit<Quote, "rank">[]): Quote[] {
  return quotes
    .map((q) => ({ q, premium: new Decimal(q.premium) }))
    .sort((a, b) => a.premium.comparedTo(b.premium) || (a.q.insurerId < b.q.insurerId ? -1 : a.q.insurerId > b.q.insurerId ? 1 : 0))
    .map(({ q }, i) => ({ rank: i + 1, ...q }));
}
