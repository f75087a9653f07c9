// Server-only: reads rate-book files from disk (also used by the CLI, hence no "server-only" import).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildLibrary, loadRateBook, RatingError, RatingErrorCode, type CompiledRateBook, type RateBookLibrary } from "@/lib/rating";

/** Where the rate books live: data/rate-books/<insurer>/<effective-date>.json under the project root. */
export function rateBookDir(root = process.cwd()): string {
  return join(root, "data", "rate-books");
}

/**
 * Reads, validates and compiles every rate book under `dir`; a broken file throws naming the file
 * and the field. `keepWritten` false skips the written form (see loadRateBook).
 */
export function loadRateBooksFromDir(dir: string, keepWritten = true): CompiledRateBook[] {
  const books: CompiledRateBook[] = [];
  for (const insurer of readdirSync(dir, { withFileTypes: true })) {
    if (!insurer.isDirectory()) continue;
    for (const file of readdirSync(join(dir, insurer.name)).sort()) {
      if (!file.endsWith(".json")) continue;
      const path = join(dir, insurer.name, file);
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(path, "utf8"));
      } catch (e) {
        throw new RatingError(RatingErrorCode.InvalidRateBook, `${path} is not valid JSON: ${(e as Error).message}`);
      }
      const book = loadRateBook(json, path, keepWritten);
      if (book.insurerId !== insurer.name || `${book.effectiveFrom}.json` !== file) {
        throw new RatingError(RatingErrorCode.InvalidRateBook, `${path}: file must be named <insurer.id>/<effectiveFrom>.json (found insurer "${book.insurerId}", effectiveFrom ${book.effectiveFrom})`);
      }
      books.push(book);
    }
  }
  return books;
}

let cached: RateBookLibrary | undefined;
let cachedForPricing: RateBookLibrary | undefined;

/** The rate-book library from data/, loaded and compiled once per process. */
export function getDiskLibrary(): RateBookLibrary {
  cached ??= buildLibrary(loadRateBooksFromDir(rateBookDir()));
  return cached;
}

/** The same books for a process that only prices (the batch quoter): validated once instead of twice, without the written form. */
export function getDiskLibraryForPricing(): RateBookLibrary {
  cachedForPricing ??= cached ?? buildLibrary(loadRateBooksFromDir(rateBookDir(), false));
  return cachedForPricing;
}
