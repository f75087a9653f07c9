import { formatDate, formatGrouped, formatRub, type UiLocale } from "@/lib/format/money";

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

/** formatDate, remembered: "1 января 2019 г." */
export const dateText = (iso: string, locale: UiLocale) => cached(`d:${locale}:${iso}`, () => formatDate(iso, locale));

/** formatGrouped, remembered: "30 000" */
export const groupedText = (amount: string, locale: UiLocale) => cached(`g:${locale}:${amount}`, () => formatGrouped(amount, locale));

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
