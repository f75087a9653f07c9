// Loads data/ into the database: the vehicle catalog (makes and models the database does not have yet),
// then every rate book in data/rate-books/ as a published edition. Idempotent: models and
// editions already there (same model id; same insurer and effective date) are left alone, so an
// editor's change or removal of a model is never undone by a restart.
// Cheap when nothing is missing (every start of an existing database): the file names and the
// model ids and make names are compared with three small queries, and no rate book is read. Whatever is missing
// is added in one transaction, with multi-row inserts.
import { eq } from "drizzle-orm";
import { makeList, vehicleCatalog } from "@/lib/catalog";
import { seedCatalog } from "@/lib/db/catalog.server";
import { seedCatalogMakes } from "@/lib/db/catalog-makes.server";
import type { Db } from "@/lib/db/client.server";
import { invalidatePublishedSnapshots } from "@/lib/db/published-snapshot.server";
import { auditLog, catalogMakes, catalogModels, insurers, rateBookVersions } from "@/lib/db/schema";
import { listShippedRateBooks, shippedData } from "@/lib/db/shipped-data.server";
import { rateBookDir } from "@/lib/rate-books/load-from-disk.server";
import type { TRateBook, TRateBookV1 } from "@/lib/rating";

/** The catalog's makes (data/catalog/makes.json) and models (data/catalog/vehicles.json) that the database lacks; returns the models' counts. */
export async function seedCatalogFromData(db: Db): Promise<{ inserted: number; existing: number }> {
  await seedCatalogMakes(db, makeList);
  return seedCatalog(db, vehicleCatalog.models);
}

const key = (insurerId: string, effectiveFrom: string) => `${insurerId}/${effectiveFrom}`;

/** The catalog first (the rate books name its models), then the rate books; returns the rate books' counts. */
export async function seedRateBooks(db: Db, dir = rateBookDir()): Promise<{ inserted: number; existing: number }> {
  const files = listShippedRateBooks(dir);
  const models = vehicleCatalog.models;
  const published = async (q: Db | Parameters<Parameters<Db["transaction"]>[0]>[0]) =>
    new Set((await q.select({ insurerId: rateBookVersions.insurerId, effectiveFrom: rateBookVersions.effectiveFrom }).from(rateBookVersions).where(eq(rateBookVersions.status, "published"))).map((r) => key(r.insurerId, r.effectiveFrom!)));
  const [havePublished, haveModels, haveMakes] = await Promise.all([published(db), db.select({ id: catalogModels.id }).from(catalogModels), db.select({ name: catalogMakes.name }).from(catalogMakes)]);
  const haveModelIds = new Set(haveModels.map((r) => r.id));
  const haveMakeNames = new Set(haveMakes.map((r) => r.name));
  if (files.every((f) => havePublished.has(key(f.insurerId, f.effectiveFrom))) && models.every((m) => haveModelIds.has(m.id)) && makeList.every((m) => haveMakeNames.has(m.name))) return { inserted: 0, existing: files.length };

  // Something is missing: read and check the books (a broken file stops the start, naming it).
  const books = shippedData(dir).books.map((b) => b.written as TRateBook | TRateBookV1);
  return db.transaction(async (tx) => {
    const missingModels = models.filter((m) => !haveModelIds.has(m.id));
    const missingMakes = makeList.filter((m) => !haveMakeNames.has(m.name));
    const inTx = await published(tx);
    const missingBooks = books.filter((b) => !inTx.has(key(b.insurer.id, b.effectiveFrom)));
    if (missingModels.length === 0 && missingMakes.length === 0 && missingBooks.length === 0) return { inserted: 0, existing: books.length };
    invalidatePublishedSnapshots("seed");
    if (missingMakes.length > 0) {
      await tx.insert(catalogMakes).values(missingMakes.map((m) => ({ name: m.name, body: m }))).onConflictDoNothing();
      await tx.insert(auditLog).values({ userId: null, action: "catalog.make.import", details: { makes: missingMakes.map((m) => m.name) } });
    }
    if (missingModels.length > 0) {
      await tx.insert(catalogModels).values(missingModels.map((m) => ({ id: m.id, body: m }))).onConflictDoNothing();
      await tx.insert(auditLog).values({ userId: null, action: "catalog.import", details: { models: missingModels.map((m) => m.id) } });
    }
    if (missingBooks.length > 0) {
      const insurerRows = new Map(missingBooks.map((b) => [b.insurer.id, { id: b.insurer.id, nameRu: b.insurer.name.ru, nameEn: b.insurer.name.en }]));
      await tx.insert(insurers).values([...insurerRows.values()]).onConflictDoNothing();
      const now = new Date();
      const rows = await tx
        .insert(rateBookVersions)
        .values(missingBooks.map((b) => ({ insurerId: b.insurer.id, status: "published" as const, effectiveFrom: b.effectiveFrom, body: b, note: "seed", publishedAt: now, publishedBy: null, createdBy: null })))
        .returning({ id: rateBookVersions.id, insurerId: rateBookVersions.insurerId, effectiveFrom: rateBookVersions.effectiveFrom });
      const bookId = new Map(missingBooks.map((b) => [key(b.insurer.id, b.effectiveFrom), b.id]));
      await tx
        .insert(auditLog)
        .values(rows.map((r) => ({ userId: null, action: "version.import", insurerId: r.insurerId, versionId: r.id, details: { rateBookId: bookId.get(key(r.insurerId, r.effectiveFrom!)) } })));
    }
    return { inserted: missingBooks.length, existing: books.length - missingBooks.length };
  });
}
