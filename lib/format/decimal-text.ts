/**
 * Exact text operations on decimal strings, for display in the browser without shipping a
 * decimal library: moving the decimal point is all the worksheet needs (fraction → percent).
 */
export function shiftDecimal(text: string, places: number): string {
  const negative = text.startsWith("-");
  const [intPart = "0", frac = ""] = (negative ? text.slice(1) : text).split(".");
  let digits = intPart + frac;
  let point = intPart.length + places;
  if (point < 0) {
    digits = "0".repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits = digits.padEnd(point, "0");
  let whole = digits.slice(0, point).replace(/^0+(?=\d)/, "") || "0";
  const fraction = digits.slice(point).replace(/0+$/, "");
  if (whole === "") whole = "0";
  return `${negative ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`;
}

/** A decimal string with the locale's decimal mark ("1.05" → "1,05" in Russian). */
export function localizeDecimal(text: string, locale: "ru" | "en"): string {
  return locale === "ru" ? text.replace(".", ",") : text;
}
