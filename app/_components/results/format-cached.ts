import { formatRub, INTL_LOCALE, type UiLocale } from "@/lib/format/money";

// Formatting with Intl costs microseconds a call (building a formatter, far more); the results
// pages format dozens of dates and amounts per calculation, many the same from one calculation to
// the next (tariff dates, franchise steps, axis ticks, common premiums), so the server keeps the texts.
const texts = new Map<string, string>();
const LIMIT = 2000;

function cached(key: string, make: () => string): string {
  let text = texts.get(key);
  if (text === undefined) {
    if (texts.size >= LIMIT) texts.clear();
    text = make();
    texts.set(key, text);
  }
  return text;
}

// The formatters of lib/format/money.ts's formatDate and formatGrouped (which build one per call,
// fine in the browser), made once per language here: the server formats a new link's amounts.
const dateFormats = new Map<UiLocale, Intl.DateTimeFormat>();
const groupedFormats = new Map<UiLocale, Intl.NumberFormat>();

function dateFormat(locale: UiLocale): Intl.DateTimeFormat {
  let f = dateFormats.get(locale);
  if (!f) dateFormats.set(locale, (f = new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" })));
  return f;
}

function groupedFormat(locale: UiLocale): Intl.NumberFormat {
  let f = groupedFormats.get(locale);
  if (!f) groupedFormats.set(locale, (f = new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 2 })));
  return f;
}

/** formatDate, remembered: "1 января 2019 г." */
export const dateText = (iso: string, locale: UiLocale) =>
  cached(`d:${locale}:${iso}`, () => {
    const [y, m, d] = iso.split("-").map(Number);
    return dateFormat(locale).format(new Date(Date.UTC(y!, m! - 1, d!)));
  });

/** formatGrouped, remembered: "30 000" */
export const groupedText = (amount: string, locale: UiLocale) => cached(`g:${locale}:${amount}`, () => groupedFormat(locale).format(amount as unknown as number));

/** formatRub, remembered: "49 038,00 ₽" (premiums, their parts and the chart's cells repeat across calculations). */
export const rubText = (amount: string, locale: UiLocale, whole = false) => cached(`r:${locale}:${whole ? 0 : 2}:${amount}`, () => formatRub(amount, locale, { whole }));

const labelSets = new Map<string, unknown>();

/**
 * A set of labels that is the same for every request in one language (translated once, not on
 * every calculation: formatting a message costs more than the lookup). `key` names the set and
 * its language.
 */
export function labelsOnce<T>(key: string, make: () => T): T {
  let labels = labelSets.get(key) as T | undefined;
  if (labels === undefined) {
    labels = make();
    labelSets.set(key, labels);
  }
  return labels;
}
