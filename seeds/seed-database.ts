// Loads data/ into the database: every rate book in data/rate-books/ as a published edition.
// Idempotent: editions already there (same insurer and effective date) are left alone.
import type { Db } from "@/lib/db/client.server";
import { importPublished } from "@/lib/db/rate-books.server";
import { loadRateBooksFromDir, rateBookDir } from "@/lib/rate-books/load-from-disk.server";

export async function seedRateBooks(db: Db, dir = rateBookDir()): Promise<{ inserted: number; existing: number }> {
  let inserted = 0;
  let existing = 0;
  for (const book of loadRateBooksFromDir(dir)) {
    if ((await importPublished(db, book.written as Parameters<typeof importPublished>[1])) === "inserted") inserted += 1;
    else existing += 1;
  }
  return { inserted, existing };
}
