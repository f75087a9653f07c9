/**
 * The rate books the engine tests price against: a fixed set under tests/fixtures/rate-books/v1
 * (one folder per insurer, one file per edition, the data/ format), so that editing the
 * demonstration tariffs in data/ never breaks a test of the engine. They began as a copy of the
 * 2026-12 demonstration tariffs and change only when a test needs them to. The demonstration data
 * keeps its own tests (tests/golden, tests/unit/seed-facts.test.ts), which price with data/.
 */
import { join } from "node:path";
import { buildLibrary, type RateBookLibrary } from "@/lib/rating";
import { getDiskLibrary, loadRateBooksFromDir } from "@/lib/rate-books/load-from-disk.server";

export const FIXTURE_RATE_BOOKS = join(process.cwd(), "tests", "fixtures", "rate-books", "v1");

let cached: RateBookLibrary | undefined;

/** Every fixture rate book, validated and compiled (once per test file). */
export function fixtureLibrary(): RateBookLibrary {
  cached ??= buildLibrary(loadRateBooksFromDir(FIXTURE_RATE_BOOKS));
  return cached;
}

/** The path of one fixture edition, e.g. fixturePath("renaissance", "2019-01-01"). */
export function fixturePath(insurerId: string, effectiveFrom: string): string {
  return join(FIXTURE_RATE_BOOKS, insurerId, `${effectiveFrom}.json`);
}

/** The demonstration tariffs in data/: only for the tests of that data (golden files, seed facts). */
export const demoLibrary = getDiskLibrary;
