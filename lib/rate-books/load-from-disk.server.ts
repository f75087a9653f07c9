// Server-only: reads rate-book files from disk (also used by the CLI, hence no "server-only" import).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildLibrary, loadRateBook, RatingError, RatingErrorCode, type CompiledRateBook, type RateBookLibrary } from "@/lib/rating";

/** Where the rate books live: data/rate-books/<insurer>/<effective-date>.json under the project root. */
export function rateBookDir(root = process.cwd()): string {
  return join(root, "data", "rate-books");
}

/** Reads, validates and compiles every rate book under `dir`; a broken file throws naming the file and the field. */
export function loadRateBooksFromDir(dir: string): CompiledRateBook[] {
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
      const book = loadRateBook(json, path);
      if (book.insurerId !== insurer.name || `${book.effectiveFrom}.json` !== file) {
        throw new RatingError(RatingErrorCode.InvalidRateBook, `${path}: file must be named <insurer.id>/<effectiveFrom>.json (found insurer "${book.insurerId}", effectiveFrom ${book.effectiveFrom})`);
      }
      books.push(book);
    }
  }
  return books;
}

let cached: RateBookLibrary | undefined;

/** The rate-book library from data/, loaded and compiled once per process. */
export function getDiskLibrary(): RateBookLibrary {
  cached ??= buildLibrary(loadRateBooksFromDir(rateBookDir()));
  return cached;
}
