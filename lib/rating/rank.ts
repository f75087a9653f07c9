
/** Compares two non-negative decimal strings ("27370.62") exactly, without parsing them. */
export function compareMoneyStrings(a: string, b: string): number {
  let ai = a.indexOf(".");
  let bi = b.indexOf(".");
  if (ai < 0) ai = a.length;
  if (bi < 0) bi = b.length;
  // More integer digits is more (the strings carry no leading zeros).
  if (ai !== bi) return ai - bi;
  // Same integer width: compare digit by digit, a missing fraction digit counting as 0.
  const width = Math.max(a.length, b.length);
  for (let i = 0; i < width; i += 1) {
    const x = i < a.length ? a.charCodeAt(i) : i === ai ? 46 : 48;
    const y = i < b.length ? b.charCodeAt(i) : i === bi ? 46 : 48;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** Cheapest first; equal premiums by insurer id. */
export function byPremium(a: { premium: string; insurerId: string }, b: { premium: string; insurerId: string }): number {
  return compareMoneyStrings(a.premium, b.premium) || (a.insurerId < b.insurerId ? -1 : a.insurerId > b.insurerId ? 1 : 0);
}

/**
 * Ranks quotes by premium, cheapest first. Equal premiums are ordered by insurer id,
 * so the ranking never depends on the order the rate books were loaded in. The quotes come
 * fresh from pricing, unranked and not yet shared, so each is given its rank in place.
 */
export function rankQuotes<T extends { rank: number; premium: string; insurerId: string }>(quotes: readonly T[]): T[] {
  const ranked = [...quotes].sort(byPremium);
  for (let i = 0; i < ranked.length; i += 1) ranked[i]!.rank = i + 1;
  return ranked;
}
