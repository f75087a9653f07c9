/** Stable codes for broken invariants (thrown) — distinct from decline reasons (returned). */
export const RatingErrorCode = {
  InvalidRateBook: "invalid_rate_book",
  UnknownVariable: "unknown_variable",
  UnknownModel: "unknown_model",
  InvariantBroken: "invariant_broken",
} as const;
export type RatingErrorCode = (typeof RatingErrorCode)[keyof typeof RatingErrorCode];

export class RatingError extends Error {
  readonly code: RatingErrorCode;
  constructor(code: RatingErrorCode, message: string) {
    super(`${code}: ${message}`);
    this.name = "RatingError";
    this.code = code;
  }
}
