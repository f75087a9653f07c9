// Base rates are fractions of the sum insured in the data ("0.0438") and percent on screen
// ("4.38"). The conversion moves the decimal point by two places in the text: no float is involved.

const DECIMAL = /^\d+(\.\d+)?$/;

function tidy(int: string, frac: string): string {
  const i = int.replace(/^0+(?=\d)/, "") || "0";
  const f = frac.replace(/0+$/, "");
  return f === "" ? i : `${i}.${f}`;
}

/** "0.0438" → "4.38"; undefined when the text is not a non-negative decimal. */
export function fractionToPercent(fraction: string): string | undefined {
  if (!DECIMAL.test(fraction)) return undefined;
  const [int = "0", frac = ""] = fraction.split(".");
  const digits = (int + frac).padEnd(int.length + 2, "0");
  return tidy(digits.slice(0, int.length + 2), digits.slice(int.length + 2));
}

/** "4.38" (or "4,38", "4.38 %") → "0.0438"; undefined when the text is not a non-negative decimal. */
export function percentToFraction(percent: string): string | undefined {
  const text = percent.trim().replace(/\s*%$/, "").replace(",", ".");
  if (!DECIMAL.test(text)) return undefined;
  const [int = "0", frac = ""] = text.split(".");
  const padded = int.padStart(3, "0");
  return tidy(padded.slice(0, -2), padded.slice(-2) + frac);
}
