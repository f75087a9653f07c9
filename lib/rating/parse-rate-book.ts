import { compileRateBook, type CompiledRateBook } from "./compile-rate-book";
import { RatingError, RatingErrorCode } from "./errors";
import { ZRateBook, type TRateBook } from "./rate-book-schema";

/** Validates a decoded rate-book JSON value; a broken one throws naming the source, the path and the reason. */
export function parseRateBook(json: unknown, source: string): TRateBook {
  const result = ZRateBook.safeParse(json);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  at ${i.path.map(String).join(".") || "(root)"}: ${i.message}`);
    throw new RatingError(RatingErrorCode.InvalidRateBook, `${source} is not a valid rate book:\n${lines.join("\n")}`);
  }
  return result.data;
}

/** Validates and compiles in one go. */
export function loadRateBook(json: unknown, source: string): CompiledRateBook {
  return compileRateBook(parseRateBook(json, source));
}
