import { compileRateBook, type CompiledRateBook } from "./compile-rate-book";
import { RatingError, RatingErrorCode } from "./errors";
import { ZRateBook, ZRateBookV1, ZRateBookV2, type TRateBook, type TRateBookV1 } from "./rate-book-schema";

/** Validates a decoded rate-book JSON value; a broken one throws naming the source, the path and the reason. */
export function parseRateBook(json: unknown, source: string): TRateBook {
  const result = ZRateBook.safeParse(json);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  at ${i.path.map(String).join(".") || "(root)"}: ${i.message}`);
    throw new RatingError(RatingErrorCode.InvalidRateBook, `${source} is not a valid rate book:\n${lines.join("\n")}`);
  }
  return result.data;
}

/**
 * A valid rate book as it is stored: in the version it was written in, defaults filled in (a
 * version-1 book stays version 1, so the editor shows what its author wrote). Call after
 * parseRateBook succeeded.
 */
export function writtenRateBook(json: unknown): TRateBookV1 | TRateBook {
  return (json as { schemaVersion?: unknown }).schemaVersion === 1 ? ZRateBookV1.parse(json) : ZRateBookV2.parse(json);
}

/**
 * Validates and compiles in one go; the compiled book keeps the book as written (`written`). With
 * `keepWritten` false `written` stays the validated book, as compileRateBook leaves it: a process
 * that only prices (the batch quoter) skips the second schema pass.
 */
export function loadRateBook(json: unknown, source: string, keepWritten = true): CompiledRateBook {
  const book = compileRateBook(parseRateBook(json, source));
  if (keepWritten) book.written = writtenRateBook(json);
  return book;
}
