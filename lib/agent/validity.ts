// How long a saved quote holds. Pure: the caller passes the dates (no clock here).
//
// A quote holds DEFAULT_VALIDITY_DAYS days from the day it was priced, or until a newer edition of
// the insurer's rate book takes effect, whichever comes first: from that day the insurer prices
// with other figures, so the quoted premium no longer stands.

export const DEFAULT_VALIDITY_DAYS = 14;

/** YYYY-MM-DD plus `days` (negative allowed), in calendar days. */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The default last day: the day priced plus 14 days. */
export function defaultValidUntil(pricedOn: string, days = DEFAULT_VALIDITY_DAYS): string {
  return addDays(pricedOn, days);
}

/**
 * The last day one insurer's offer holds: the default last day, or the day before the first of
 * the insurer's editions newer than the one quoted takes effect, whichever is earlier.
 * `editionDates`: the effective dates of the insurer's published editions (any order).
 */
export function offerValidUntil(defaultUntil: string, quotedEdition: string, editionDates: readonly string[]): string {
  let until = defaultUntil;
  for (const date of editionDates) {
    if (date > quotedEdition) {
      const lastDay = addDays(date, -1);
      if (lastDay < until) until = lastDay;
    }
  }
  return until;
}

/** Whether a quote valid until `validUntil` (inclusive) has expired on `today`. */
export function isExpired(validUntil: string, today: string): boolean {
  return today > validUntil;
}
