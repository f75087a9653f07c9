/** Amounts as typed in the form; shared by the URL codec and the request mapping (and so the browser). */

/**
 * "1 200 000,50" → "1200000.50" and "1,200,000.50" → "1200000.50": spaces (incl. no-break)
 * dropped; commas in 3-digit groups are grouping, a lone comma is the decimal mark. Anything else
 * is left as typed (the schema names the field), so normalizing twice changes nothing and a
 * link stays the same however often it is submitted.
 */
export function normalizeAmount(text: string): string {
  const t = text.replace(/[\s\u00a0\u202f]/g, "");
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) return t.replace(/,/g, "");
  return t.indexOf(",") === t.lastIndexOf(",") ? t.replace(",", ".") : t;
}
