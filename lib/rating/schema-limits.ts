// The request schema's bounds that only validation reads (the schema and its quick path,
// quick-request.ts), beside the product limits in options.ts that the calculator's form reads too.
// Kept apart from options.ts so that the browser's bundle of the form's options does not carry them.

export const SCHEMA_LIMITS = {
  /** An add-on's own sum insured, in rubles. */
  minAddOnSumInsured: "1",
  maxAddOnSumInsured: "100000000",
  maxInstallments: 12,
  /** Codes (a creditor, an insurer, a programme): lowercase letters, digits and single hyphens. */
  maxIdLength: 64,
  /** Dates are taken in this range. */
  earliestDate: "2000-01-01",
  latestDate: "2100-12-31",
} as const;

/** A ruble amount's text: up to 12 whole digits and at most two decimals (non-negative). */
export const MONEY_PATTERN = /^\d{1,12}(\.\d{1,2})?$/;
/** A code's text (see SCHEMA_LIMITS.maxIdLength). */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
