import type { TRateBook, TRoundingStep } from "./rate-book-schema";
import type { TRateBookV1 } from "./rate-book-schema-v1";

/**
 * A validated version-1 rate book as version 2, priced exactly as before: a version-1 book is
 * one default programme with no add-ons and no short-term policies; its demonstration
 * provenance keeps its texts; its rounding (an optional rate rounding, then the premium's)
 * becomes the same two named steps, with the worksheet ids version 1 wrote ("rate-rounding",
 * "rounding"). The file itself is never rewritten.
 */
export function migrateRateBookV1(book: TRateBookV1): TRateBook {
  const { provenance, rounding, ...rest } = book;
  const steps: TRoundingStep[] = [];
  if (rounding.ratePercentDecimals !== undefined) steps.push({ id: "rate-rounding", target: "ratePercent", decimals: rounding.ratePercentDecimals });
  steps.push({ id: "rounding", target: "premium", decimals: rounding.premiumDecimals });
  return {
    ...rest,
    schemaVersion: 2,
    provenance: { kind: "demonstration", summary: provenance.summary, values: provenance.values },
    policyTerms: [],
    programmes: [],
    addOns: [],
    rounding: { steps },
  };
}
