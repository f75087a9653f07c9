// Server-only: the published rate-book library, kept in the process so that a quote reads
// nothing from the database. It is rebuilt only when the set of published editions changes:
// - a publish in this process announces itself (announcePublished) and the next quote waits
//   for the rebuild, so the publishing instance prices with the new edition at once;
// - on PostgreSQL, other instances' publishes are seen by a cheap check every POLL_MS (one
//   count over the published rows), so every instance prices with a new edition within a second.
// A scheduled edition (published with a future date) is already in the library: the rating
// library picks the edition in force on the policy's start date, so midnight needs no reload.
// The vehicle catalog is kept the same way, beside the library: a change of a model in the
// editor announces itself like a publish, and the poll's stamp covers the catalog too.
// An embedded database on disk also keeps the snapshot of what it publishes up to date (written
// after each build; see published-snapshot.server.ts), and its first build takes over from the
// early pricing of the server's start if that priced with the same content (early-pricing.server.ts).
import { sql } from "drizzle-orm";
import type { Catalog } from "@/lib/catalog";
import type { RateBookLibrary } from "@/lib/rating";
import { catalogOfRows } from "./catalog-rows";
import { catalogStamp, loadCatalog } from "./catalog.server";
import type { Database, Db } from "./client.server";
import { endEarlyPricing } from "./early-pricing.server";
import { libraryOfEditions, loadPublishedContent, loadPublishedLibrary } from "./published-library.server";
import { contentHash, snapshotInvalidations, writeOpenSnapshot } from "./published-snapshot.server";
import { onPublished } from "./publications.server";
import { migrationsFingerprint } from "./shipped-data.server";

/** How often an instance on PostgreSQL checks for editions published elsewhere. */
export const POLL_MS = 300;

/** What changes whenever an edition is published: published rows are never changed or removed. */
async function publishedStamp(db: Db): Promise<string> {
  const result = (await db.execute(
    sql`select count(*)::int as n, coalesce(max(id), 0)::int as top, coalesce(max(published_at)::text, '') as last from rate_book_versions where status = 'published'`,
  )) as unknown as { rows: { n: number; top: number; last: string }[] };
  const row = result.rows[0]!;
  return `${row.n}:${row.top}:${row.last}|${await catalogStamp(db)}`;
}

/** What a quote is priced with: the published editions and the catalog, from one rebuild. */
export interface PricingData {
  library: RateBookLibrary;
  catalog: Catalog;
}

/** The snapshot an embedded database's cache keeps: where, and the shipped data the database was seeded with (if known). */
export interface SnapshotTarget {
  path: string;
  seededWith?: string;
}

export class PublishedLibraryCache {
  private data?: PricingData;
  /** The content hash of the snapshot this cache last wrote. */
  private writtenHash?: string;
  /** The first build took over the early pricing's library (same content): for tests. */
  tookOverEarly = false;
  private stamp?: string;
  private building?: Promise<PricingData>;
  /** The announcements seen so far, and the count when the build in flight started. */
  private generation = 0;
  private buildingGeneration = 0;
  private stale = true;
  private timer?: ReturnType<typeof setInterval>;
  private readonly unsubscribe: () => void;
  /** Rebuilds so far (for tests and the health check). */
  rebuilds = 0;

  constructor(
    private readonly db: Db,
    poll: boolean,
    private readonly snapshot?: SnapshotTarget,
  ) {
    this.unsubscribe = onPublished(() => {
      this.stale = true;
      this.generation += 1;
    });
    if (poll) {
      this.timer = setInterval(() => void this.check(), POLL_MS);
      this.timer.unref();
    }
  }

  /** The library to price with: the cached one, unless a publish here has made it stale. */
  get(): Promise<RateBookLibrary> | RateBookLibrary {
    const data = this.pricingData();
    return data instanceof Promise ? data.then((d) => d.library) : data.library;
  }

  /** The library and the catalog to price with, from the same rebuild. */
  pricingData(): Promise<PricingData> | PricingData {
    if (this.data && !this.stale) return this.data;
    return this.rebuild();
  }

  /** Editions in the current library (0 before the first build). */
  editionCount(): number {
    let n = 0;
    for (const books of this.data?.library.values() ?? []) n += books.length;
    return n;
  }

  /** One cheap look at the database; rebuilds in the background if something was published. */
  async check(): Promise<void> {
    if (this.building || !this.data) return;
    try {
      if ((await publishedStamp(this.db)) !== this.stamp) await this.rebuild();
    } catch {
      // The database is briefly unreachable: keep pricing with what is cached; the health check says so.
    }
  }

  private rebuild(): Promise<PricingData> {
    if (this.building) {
      // A build that started before the latest announcement may have read the database before
      // that change committed: let it finish, then build again, rather than hand out what it read.
      if (this.buildingGeneration !== this.generation) return this.building.then(() => this.pricingData(), () => this.pricingData());
      return this.building;
    }
    const generation = (this.buildingGeneration = this.generation);
    this.building = (async () => {
      try {
        // The cache stays stale until this build is done (every reader meanwhile waits for it), and
        // after it only if nothing was announced while it ran.
        const stamp = await publishedStamp(this.db);
        const data = this.snapshot ? await this.buildKeepingSnapshot(this.snapshot) : await this.build();
        this.data = data;
        this.stamp = stamp;
        if (this.generation === generation) this.stale = false;
        this.rebuilds += 1;
        return data;
      } catch (e) {
        this.stale = true;
        throw e;
      } finally {
        this.building = undefined;
      }
    })();
    return this.building;
  }

  private async build(): Promise<PricingData> {
    const [library, catalog] = await Promise.all([loadPublishedLibrary(this.db), loadCatalog(this.db)]);
    return { library, catalog };
  }

  /** The build of an embedded database on disk: from the stored bodies, which the snapshot is written from. */
  private async buildKeepingSnapshot(target: SnapshotTarget): Promise<PricingData> {
    const invalidations = snapshotInvalidations();
    const content = await loadPublishedContent(this.db);
    const stored = { editions: content.editions.map((e) => e.body), models: content.models.map((m) => m.body), makes: content.makes.map((k) => k.body) };
    const hash = contentHash(stored);
    const early = endEarlyPricing(target.path);
    let data: PricingData;
    if (early && contentHash(early.content) === hash) {
      data = early.data;
      this.tookOverEarly = true;
    } else {
      if (early) process.stderr.write(`kasko-compare: the first quotes were priced from the ${early.source === "snapshot" ? "snapshot beside the database" : "rate books in data/"}, which differ from what the database publishes; pricing from the database from now on\n`);
      data = { library: libraryOfEditions(this.db, content.editions), catalog: catalogOfRows(content.models, content.makes) };
    }
    // Not if something was changed since the reading began: that change's own build writes it.
    if (hash !== this.writtenHash && snapshotInvalidations() === invalidations) {
      try {
        writeOpenSnapshot(target.path, stored, { migrations: migrationsFingerprint(), shipped: target.seededWith ?? null }, hash);
        this.writtenHash = hash;
      } catch (e) {
        // No snapshot only costs the next start its head start.
        process.stderr.write(`kasko-compare: could not write ${target.path} (${e instanceof Error ? e.message : String(e)})\n`);
      }
    }
    return data;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.unsubscribe();
  }
}

const globalForCache = globalThis as unknown as { kaskoLibraryCaches?: WeakMap<Database, PublishedLibraryCache> };

/** The cache of a database (made on first use: PostgreSQL polls, the embedded database's single owner needs not). */
export function libraryCacheOf(database: Database): PublishedLibraryCache {
  const caches = (globalForCache.kaskoLibraryCaches ??= new WeakMap());
  let cache = caches.get(database);
  if (!cache) {
    cache = new PublishedLibraryCache(database.db, database.kind === "postgres", database.snapshotPath ? { path: database.snapshotPath, seededWith: database.seededWith } : undefined);
    caches.set(database, cache);
  }
  return cache;
}

export function forgetLibraryCache(database: Database): void {
  globalForCache.kaskoLibraryCaches?.get(database)?.stop();
  globalForCache.kaskoLibraryCaches?.delete(database);
}
