// Server-only: reads rate-book files from disk (also used by the CLI, hence no "server-only" import).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildLibrary, loadRateBook, parseRateBook, RatingError, RatingErrorCode, type CompiledRateBook, type RateBookLibrary, type TRateBook } from "@/lib/rating";

/** Where the rate books live: data/rate-books/<insurer>/<effective-date>.json under the project root. */
export function rateBookDir(root = process.cwd()): string {
  return join(root, "data", "rate-books");
}

/** Each rate-book file under `dir` (insurer folders, files in name order), decoded; a file that is not JSON throws naming it. */
function* rateBookFiles(dir: string): Generator<{ path: string; insurer: string; file: string; json: unknown }> {
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
      yield { path, insurer: insurer.name, file, json };
    }
  }
}

function checkPlace(path: string, insurer: string, file: string, insurerId: string, effectiveFrom: string): void {
  if (insurerId !== insurer || `${effectiveFrom}.json` !== file) {
    throw new RatingError(RatingErrorCode.InvalidRateBook, `${path}: file must be named <insurer.id>/<effectiveFrom>.json (found insurer "${insurerId}", effectiveFrom ${effectiveFrom})`);
  }
}

/** Reads, validates and compiles every rate book under `dir`; a broken file throws naming the file and the field. */
export function loadRateBooksFromDir(dir: string): CompiledRateBook[] {
  const books: CompiledRateBook[] = [];
  for (const { path, insurer, file, json } of rateBookFiles(dir)) {
    const book = loadRateBook(json, path);
    checkPlace(path, insurer, file, book.insurerId, book.effectiveFrom);
    books.push(book);
  }
  return books;
}

/**
 * Reads and validates every rate book under `dir` without compiling them, with the same checks
 * and errors as loadRateBooksFromDir: what the batch quoter hands to its workers, which only
 * compile (a validated book crosses to a thread as a structured clone).
 */
export function readRateBooksFromDir(dir: string): TRateBook[] {
  const books: TRateBook[] = [];
  for (const { path, insurer, file, json } of rateBookFiles(dir)) {
    const book = parseRateBook(json, path);
    checkPlace(path, insurer, file, book.insurer.id, book.effectiveFrom);
    books.push(book);
  }
  return books;
}

let cached: RateBookLibrary | undefined;

/** The rate-book library from data/, loaded and compiled once per process. */
export function getDiskLibrary(): RateBookLibrary {
  cached ??= buildLibrary(loadRateBooksFromDir(rateBookDir()));
  return cached;
}
