/** Intl locale tags for the interface languages. */
export const INTL_LOCALE = { ru: "ru-RU", en: "en-GB" } as const;
export type UiLocale = keyof typeof INTL_LOCALE;

const cache = new Map<string, Intl.NumberFormat>();
function formatter(locale: UiLocale, digits: 0 | 2): Intl.NumberFormat {
  const key = `${locale}:${digits}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALE[locale], { style: "currency", currency: "RUB", currencyDisplay: "narrowSymbol", minimumFractionDigits: digits, maximumFractionDigits: digits });
    cache.set(key, f);
  }
  return f;
}

/**
 * A ruble amount given as a decimal string, formatted for display ("27 370,62 ₽").
 * Intl formats the string exactly (no float on the way); whole amounts drop the kopecks when asked.
 */
export function formatRub(amount: string, locale: UiLocale, { whole = false }: { whole?: boolean } = {}): string {
  const digits = whole ? 0 : 2;
  return formatter(locale, digits).format(amount as unknown as number);
}

/** A plain number with grouping ("1 200 000"), for inputs and axes. */
export function formatGrouped(amount: string, locale: UiLocale): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 2 }).format(amount as unknown as number);
}

/** A calendar date (YYYY-MM-DD) in the interface language ("1 декабря 2026 г."). */
export function formatDate(iso: string, locale: UiLocale): string {
  const [y, m, d] = iso.split("-").map(Number);
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(y!, m! - 1, d!)));
}

/** Reformats a price being typed: digits grouped by thin spaces, an optional decimal comma kept. */
export function formatTypedAmount(text: string, locale: UiLocale): string {
  const separator = locale === "ru" ? "," : ".";
  // Russian: spaces group, a comma (or a dot) is the decimal mark. English: commas group, a dot is decimal.
  const cleaned = locale === "ru" ? text.replace(/[^\d.,]/g, "").replace(".", ",") : text.replace(/[^\d.]/g, "");
  const [intPart = "", ...rest] = cleaned.split(separator);
  const grouped = intPart.replace(/^0+(?=\d)/, "").replace(/\B(?=(\d{3})+(?!\d))/g, locale === "ru" ? "\u00a0" : ",");
  return rest.length > 0 ? `${grouped}${separator}${rest.join("").slice(0, 2)}` : grouped;
}
