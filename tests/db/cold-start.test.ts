// The server's cold start on the embedded database: the first quotes are priced while the
// database opens, from data/ (a new data directory) or from the snapshot beside it (an existing
// one) — and only ever with the editions the database publishes. Each "start" here is what
// lib/server/lifecycle.server.ts does: plan before opening, open and seed, build the library.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { catalog as shippedCatalog } from "@/lib/catalog";
import type { Database } from "@/lib/db/client.server";
import { loadCatalog } from "@/lib/db/catalog.server";
import { getMakeEntry, saveCatalogMake } from "@/lib/db/catalog-makes.server";
import { earlyPricingData, earlyPricingStatus, planEarlyPricing, startEarlyPricing } from "@/lib/db/early-pricing.server";
import { forgetLibraryCache, libraryCacheOf, type PricingData } from "@/lib/db/published-library-cache.server";
import { loadPublishedLibrary } from "@/lib/db/published-library.server";
import { contentHash, readSnapshot, snapshotPathOf, writeSnapshot } from "@/lib/db/published-snapshot.server";
import { createDraft, listVersions, publishDraft } from "@/lib/db/rate-books.server";
import { startDatabase } from "@/lib/db/ready.server";
import { users } from "@/lib/db/schema";
import { publish } from "@/lib/editor/actions/publish.server";
import { compareQuotes, parseQuoteRequest, type RateBookLibrary } from "@/lib/rating";
import type { Catalog } from "@/lib/catalog";

const NOW = new Date("2026-11-22T09:00:00.000Z");
const TODAY = "2026-11-22";
const root = mkdtempSync(join(tmpdir(), "kasko-cold-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => startEarlyPricing(undefined));

/** Every insurer's price (or decline) for a request, as text: what a quote answers. */
function prices(library: RateBookLibrary, catalog: Catalog, policyStart: string, modelId = "hyundai-solaris"): string {
  const parsed = parseQuoteRequest({ policyStart, region: "38", vehicle: { modelId, year: 2023, price: 1_200_000 }, drivers: [{ age: 40, experienceYears: 20 }] }, catalog, TODAY);
  if (!parsed.ok) throw new Error(`bad request: ${JSON.stringify(parsed)}`);
  return JSON.stringify(compareQuotes(parsed.request, library, catalog).quotes.map((q) => [q.insurerId, q.rateBook.id, "premium" in q ? String(q.premium) : q]));
}

const maksEdition = (data: PricingData, policyStart: string) => compareQuotes(parseOk(policyStart, data.catalog), data.library, data.catalog).quotes.find((q) => q.insurerId === "maks")!.rateBook.id;
function parseOk(policyStart: string, catalog: Catalog) {
  const parsed = parseQuoteRequest({ policyStart, region: "38", vehicle: { modelId: "hyundai-solaris", year: 2023, price: 624_900 }, drivers: [{ age: 40, experienceYears: 20 }] }, catalog, TODAY);
  if (!parsed.ok) throw new Error("bad request");
  return parsed.request;
}

/** A server's start: the plan made before the database opens, then the database and its library. */
async function serverStart(dataDir: string): Promise<{ database: Database; early?: PricingData; source?: string; tookOver: boolean; data: PricingData }> {
  const plan = planEarlyPricing({ dataDir });
  startEarlyPricing(plan);
  const early = earlyPricingData();
  const database = await startDatabase({ dataDir });
  const cache = libraryCacheOf(database);
  const data = await cache.pricingData();
  expect(earlyPricingData()).toBeUndefined(); // the database's own library from now on
  return { database, early, source: plan?.source, tookOver: cache.tookOverEarly, data };
}

async function stop(database: Database): Promise<void> {
  forgetLibraryCache(database);
  await database.close();
}

async function adminOf(database: Database) {
  const [u] = await database.db.insert(users).values({ email: `admin-${Math.random().toString(36).slice(2, 8)}@example.org`, name: "Admin", role: "admin", passwordHash: "x" }).returning();
  return { id: u!.id, email: u!.email, name: u!.name, role: "admin" as const, disabledAt: null };
}

describe("the first quotes of a cold start on the embedded database", () => {
  const dataDir = join(root, "site", "pglite");
  const snapshot = snapshotPathOf(dataDir);

  it("a new data directory: priced from data/ while the database is created, with exactly what it is then seeded with", async () => {
    const { database, early, source, tookOver, data } = await serverStart(dataDir);
    try {
      expect(source).toBe("shipped");
      expect(early).toBeDefined();
      // The database's first build found the same content and took the early library over.
      expect(tookOver).toBe(true);
      const [fromDb, catalogDb] = await Promise.all([loadPublishedLibrary(database.db), loadCatalog(database.db)]);
      for (const date of ["2026-12-01", "2027-01-15", "2027-08-01"]) {
        for (const model of ["hyundai-solaris", "mazda-3", "toyota-camry"]) {
          expect(prices(early!.library, early!.catalog, date, model)).toBe(prices(fromDb, catalogDb, date, model));
        }
      }
      expect([...early!.catalog.models.keys()]).toEqual([...catalogDb.models.keys()]);
      expect(data).toBe(early);
      // Written while open, not yet sealed: a crash now would leave it unused.
      expect(readSnapshot(snapshot)).toMatchObject({ dataDir: null });
    } finally {
      await stop(database);
    }
    expect(readSnapshot(snapshot)!.dataDir).toMatch(/^[0-9a-f]{64}$/);
  }, 120_000);

  it("an edition published before a restart is priced by the next start's first quote (from the snapshot), from its date on", async () => {
    const first = await serverStart(dataDir);
    expect(first.source).toBe("snapshot");
    expect(first.tookOver).toBe(true);
    try {
      const admin = await adminOf(first.database);
      const base = (await listVersions(first.database.db)).find((v) => v.insurerId === "maks" && v.status === "published")!;
      const draft = await createDraft(first.database.db, base.id, admin.id);
      expect(await publish(first.database.db, admin, { id: String(draft.id), effectiveFrom: "2026-12-20" }, NOW)).toMatchObject({ ok: true });
      // Removed before the publish committed; written again by the rebuild that follows it.
      expect(existsSync(snapshot)).toBe(false);
      const after = await libraryCacheOf(first.database).pricingData();
      expect(maksEdition(after, "2026-12-20")).toBe("maks-2026-12-20");
      expect(readSnapshot(snapshot)!.editions).toHaveLength(10);
    } finally {
      await stop(first.database);
    }

    const plan = planEarlyPricing({ dataDir });
    startEarlyPricing(plan);
    const early = earlyPricingData()!;
    // Before the database is open: the new edition from its date, the old one before it (the clock is the request's).
    expect(plan?.source).toBe("snapshot");
    expect(maksEdition(early, "2026-12-20")).toBe("maks-2026-12-20");
    expect(maksEdition(early, "2026-12-19")).toBe("maks-2019-01-01");
    const database = await startDatabase({ dataDir });
    try {
      const cache = libraryCacheOf(database);
      expect(await cache.pricingData()).toBe(early);
      expect(cache.tookOverEarly).toBe(true);
      // Compiled from the snapshot as the database's own library is compiled from its rows.
      const [fromDb, catalogDb] = await Promise.all([loadPublishedLibrary(database.db), loadCatalog(database.db)]);
      for (const date of ["2026-12-19", "2026-12-20", "2027-08-01"]) {
        for (const model of ["hyundai-solaris", "mazda-3"]) expect(prices(early.library, early.catalog, date, model)).toBe(prices(fromDb, catalogDb, date, model));
      }
    } finally {
      await stop(database);
    }
  }, 120_000);

  it("a make's spellings changed before a restart are in the next start's early catalog (the type-ahead reads them)", async () => {
    const first = await serverStart(dataDir);
    expect(first.source).toBe("snapshot");
    try {
      const admin = await adminOf(first.database);
      const entry = (await getMakeEntry(first.database.db, "Haval"))!;
      expect(entry.make.spellings).not.toContain("хэвал");
      expect(await saveCatalogMake(first.database.db, admin, { make: { ...entry.make, spellings: [...entry.make.spellings, "хэвал"] }, baseRevision: entry.revision })).toMatchObject({ ok: true });
      // Removed before the change committed; written again by the rebuild that follows it.
      expect(existsSync(snapshot)).toBe(false);
      expect((await libraryCacheOf(first.database).pricingData()).catalog.makes.get("Haval")!.spellings).toContain("хэвал");
      expect(existsSync(snapshot)).toBe(true);
    } finally {
      await stop(first.database);
    }

    const plan = planEarlyPricing({ dataDir });
    startEarlyPricing(plan);
    const early = earlyPricingData()!;
    expect(plan?.source).toBe("snapshot");
    expect(early.catalog.makes.get("Haval")!.spellings).toContain("хэвал");
    const database = await startDatabase({ dataDir });
    try {
      const cache = libraryCacheOf(database);
      expect(await cache.pricingData()).toBe(early);
      expect(cache.tookOverEarly).toBe(true);
      expect((await loadCatalog(database.db)).makes.get("Haval")).toEqual(early.catalog.makes.get("Haval"));
    } finally {
      await stop(database);
    }
  }, 120_000);

  it("a publish that fails leaves no snapshot: the next start waits for the database, then writes one", async () => {
    const { database } = await serverStart(dataDir);
    try {
      const admin = await adminOf(database);
      const base = (await listVersions(database.db)).find((v) => v.insurerId === "liberty" && v.status === "published")!;
      const draft = await createDraft(database.db, base.id, admin.id);
      let seenDuringPublish: boolean | undefined;
      await expect(
        publishDraft(
          database.db,
          { id: draft.id, effectiveFrom: "2026-12-21", today: TODAY, userId: admin.id },
          {
            failAfterUpdate: () => {
              seenDuringPublish = existsSync(snapshot);
              throw new Error("power cut");
            },
          },
        ),
      ).rejects.toThrow("power cut");
      expect(seenDuringPublish).toBe(false);
    } finally {
      await stop(database);
    }
    expect(existsSync(snapshot)).toBe(false);
    const next = await serverStart(dataDir);
    try {
      expect(next.source).toBeUndefined();
      expect(next.early).toBeUndefined();
      expect(maksEdition(next.data, "2026-12-20")).toBe("maks-2026-12-20");
    } finally {
      await stop(next.database);
    }
    expect(planEarlyPricing({ dataDir })?.source).toBe("snapshot");
  }, 120_000);

  it("a snapshot is not used once the database was opened without sealing it (another copy, a crash, another tool)", async () => {
    expect(planEarlyPricing({ dataDir })?.source).toBe("snapshot");
    const raw = new PGlite({ dataDir });
    await raw.query("select 1");
    await raw.close();
    expect(planEarlyPricing({ dataDir })).toBeUndefined();
    const next = await serverStart(dataDir);
    try {
      expect(next.early).toBeUndefined();
    } finally {
      await stop(next.database);
    }
    expect(planEarlyPricing({ dataDir })?.source).toBe("snapshot");
  }, 120_000);

  it("a snapshot that does not match the database is found out when it opens: the database's editions from then on, and the snapshot rewritten", async () => {
    const sealed = readSnapshot(snapshot)!;
    // A snapshot sealed for this very directory that lacks the edition published above: nothing
    // here writes one (a change removes it before it commits), but it must not outlive the check.
    const editions = sealed.editions.filter((e) => (e as { id?: string }).id !== "maks-2026-12-20");
    expect(editions).toHaveLength(sealed.editions.length - 1);
    writeSnapshot(snapshot, { editions, models: sealed.models, makes: sealed.makes }, { migrations: sealed.migrations, shipped: sealed.shipped, dataDir: sealed.dataDir });
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      const next = await serverStart(dataDir);
      try {
        expect(next.source).toBe("snapshot");
        expect(next.tookOver).toBe(false);
        expect(maksEdition(next.early!, "2026-12-20")).toBe("maks-2019-01-01");
        expect(maksEdition(next.data, "2026-12-20")).toBe("maks-2026-12-20");
        expect(stderr.mock.calls.map((c) => String(c[0])).join("")).toContain("differ from what the database publishes");
        expect(readSnapshot(snapshot)!.hash).toBe(sealed.hash);
      } finally {
        await stop(next.database);
      }
    } finally {
      stderr.mockRestore();
    }
  }, 120_000);

  it("a torn snapshot, or one of other shipped data or migrations, is not used", async () => {
    const text = readFileSync(snapshot, "utf8");
    expect(planEarlyPricing({ dataDir })?.source).toBe("snapshot");
    const sealed = readSnapshot(snapshot)! as ReturnType<typeof readSnapshot> & { shipped: string };
    writeFileSync(snapshot, text.slice(0, -10));
    expect(planEarlyPricing({ dataDir })).toBeUndefined();
    writeSnapshot(snapshot, sealed, { migrations: sealed.migrations.split(",").slice(0, -1).join(","), shipped: sealed.shipped, dataDir: sealed.dataDir });
    expect(planEarlyPricing({ dataDir })).toBeUndefined();
    writeSnapshot(snapshot, sealed, { migrations: sealed.migrations, shipped: "data/ of another release", dataDir: sealed.dataDir });
    expect(planEarlyPricing({ dataDir })).toBeUndefined();
    writeSnapshot(snapshot, sealed, { migrations: sealed.migrations, shipped: sealed.shipped, dataDir: sealed.dataDir });
    expect(planEarlyPricing({ dataDir })?.source).toBe("snapshot");
    expect(contentHash(sealed)).toBe(readSnapshot(snapshot)!.hash);
  });

  it("a change made in this process ends early pricing at once (before it commits)", async () => {
    startEarlyPricing(planEarlyPricing({ dataDir }));
    expect(earlyPricingData()).toBeDefined();
    const { invalidatePublishedSnapshots } = await import("@/lib/db/published-snapshot.server");
    invalidatePublishedSnapshots();
    expect(earlyPricingData()).toBeUndefined();
    expect(earlyPricingStatus().over).toBe(true);
  });

  it("PostgreSQL (several instances publish there) and in-memory databases: no early pricing", () => {
    expect(planEarlyPricing({ url: "postgres://localhost/kasko" })).toBeUndefined();
    expect(planEarlyPricing({})).toBeUndefined();
    expect(shippedCatalog.models.size).toBeGreaterThan(100);
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)("the first quote of a cold start on PostgreSQL", () => {
  it("waits for the database (no early pricing), and prices an edition published before the restart", async () => {
    const { scratchPostgres } = await import("./test-database");
    const scratch = await scratchPostgres("kasko_cold");
    try {
      expect(planEarlyPricing({ url: scratch.url })).toBeUndefined();
      const first = await startDatabase({ url: scratch.url });
      try {
        expect(first.snapshotPath).toBeUndefined();
        const admin = await adminOf(first);
        const base = (await listVersions(first.db)).find((v) => v.insurerId === "maks" && v.status === "published")!;
        const draft = await createDraft(first.db, base.id, admin.id);
        expect(await publish(first.db, admin, { id: String(draft.id), effectiveFrom: "2026-12-20" }, NOW)).toMatchObject({ ok: true });
      } finally {
        await stop(first);
      }
      startEarlyPricing(planEarlyPricing({ url: scratch.url }));
      expect(earlyPricingData()).toBeUndefined();
      const next = await startDatabase({ url: scratch.url });
      try {
        const data = await libraryCacheOf(next).pricingData();
        expect(maksEdition(data, "2026-12-20")).toBe("maks-2026-12-20");
        expect(maksEdition(data, "2026-12-19")).toBe("maks-2019-01-01");
      } finally {
        await stop(next);
      }
    } finally {
      await scratch.drop();
    }
  }, 120_000);
});
