// Loads data/ into the database: the vehicle catalog (makes and models the database does not have yet),
// then every rate book in data/rate-books/ as a published edition. Idempotent: models and
// editions already there (same model id; same insurer and effective date) are left alone, so an
// editor's change or removal of a model is never undone by a restart.
import { makeList, vehicleCatalog } from "@/lib/catalog";
import { seedCatalog } from "@/lib/db/catalog.server";
import { seedCatalogMakes } from "@/lib/db/catalog-makes.server";
import type { Db } from "@/lib/db/client.server";
import { importPublished } from "@/lib/db/rate-books.server";
import { loadRateBooksFromDir, rateBookDir } from "@/lib/rate-books/load-from-disk.server";

/** The catalog's makes (data/catalog/makes.json) and models (data/catalog/vehicles.json) that the database lacks; returns the models' counts. */
export async function seedCatalogFromData(db: Db): Promise<{ inserted: number; existing: number }> {
  await seedCatalogMakes(db, makeList);
  return seedCatalog(db, vehicleCatalog.models);
}

/** The catalog first (the rate books name its models), then the rate books; returns the rate books' counts. */
export async function seedRateBooks(db: Db, dir = rateBookDir()): Promise<{ inserted: number; existing: number }> {
  await seedCatalogFromData(db);
  let inserted = 0;
  let existing = 0;
  for (const book of loadRateBooksFromDir(dir)) {
    if ((await importPublished(db, book.written as Parameters<typeof importPublished>[1])) === "inserted") inserted += 1;
    else existing += 1;
  }
  return { inserted, existing };
}
