// Server-only: what a server on the embedded database prices its first quotes with while the
// database is still opening — only editions the database provably publishes:
// - a new data directory: the rate books and the catalog of data/, the very ones (read once, see
//   shipped-data.server.ts) the database is about to be seeded with;
// - an existing one: its snapshot (published-snapshot.server.ts), if whole, sealed by the process
//   that last closed the database (nothing has opened it since) and made by this build's
//   migrations from this build's data/;
// - otherwise, or on PostgreSQL (several instances publish there), nothing: quotes wait for the
//   database as before.
// It ends when the database's own library is built (which compares the two: the same content
// hash, or a warning and the database's from then on), when a change to what is published is
// made here, or when the database fails to start. See docs/decisions/0029-cold-start.md.
import { readdirSync } from "node:fs";
import { buildCatalog } from "@/lib/catalog";
import { buildLibrary, compileRateBook, parseRateBook } from "@/lib/rating";
import { catalogOfRows } from "./catalog-rows";
import type { OpenOptions } from "./data-dir";
import type { PricingData } from "./published-library-cache.server";
import { publishedChanges, snapshotPathOf, usableSnapshot, type PublishedContent, type PublishedSnapshot } from "./published-snapshot.server";
import { migrationsFingerprint, shippedData, shippedFingerprint } from "./shipped-data.server";
import { startupTiming } from "./startup-timings.server";

export type EarlyPlan = { source: "shipped"; snapshotPath: string } | { source: "snapshot"; snapshotPath: string; snapshot: PublishedSnapshot };

export interface EarlyPricing {
  source: EarlyPlan["source"];
  /** What it prices with, as stored: compared with the database's (contentHash) once that is open. */
  content: PublishedContent;
  data: PricingData;
}

/** A data directory the database has not been created in: missing, or empty. */
export function isNewDataDir(dataDir: string): boolean {
  try {
    return readdirSync(dataDir).length === 0;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "ENOENT";
  }
}

/** Decided before the database is opened (opening creates the directory and changes its stamp). */
export function planEarlyPricing(options: OpenOptions): EarlyPlan | undefined {
  if ("url" in options || options.dataDir === undefined || options.dataDir.includes("://") || options.loadDataDir) return undefined;
  const snapshotPath = snapshotPathOf(options.dataDir);
  if (isNewDataDir(options.dataDir)) return { source: "shipped", snapshotPath };
  const snapshot = usableSnapshot(options.dataDir, { migrations: migrationsFingerprint(), shipped: shippedFingerprint() });
  return snapshot ? { source: "snapshot", snapshotPath, snapshot } : undefined;
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The library and catalog of a plan, compiled as the database's own would be (catalog in id order). */
export function buildEarlyPricing(plan: EarlyPlan): EarlyPricing {
  if (plan.source === "shipped") {
    const { books, models, makes } = shippedData();
    return {
      source: "shipped",
      content: { editions: books.map((b) => b.written), models, makes },
      data: { library: buildLibrary(books), catalog: buildCatalog([...models].sort(byId), makes) },
    };
  }
  const { snapshot } = plan;
  // Checked and compiled as loadRateBook does; the stored body is already the book as written
  // (the database stores nothing else), so it is kept as is rather than parsed a second time.
  const library = buildLibrary(
    snapshot.editions.map((body, i) => {
      const book = compileRateBook(parseRateBook(body, `${plan.snapshotPath}: edition ${i + 1}`));
      book.written = body;
      return book;
    }),
  );
  const rows = snapshot.models.map((body) => ({ id: String((body as { id?: unknown }).id), body })).sort(byId);
  const makes = snapshot.makes.map((body) => ({ name: String((body as { name?: unknown }).name), body }));
  return { source: "snapshot", content: { editions: snapshot.editions, models: snapshot.models, makes: snapshot.makes }, data: { library, catalog: catalogOfRows(rows, makes) } };
}

interface EarlyState {
  plan: EarlyPlan;
  /** publishedChanges() when planned: any change since ends early pricing. */
  changes: number;
  /** Built on first use; null if building failed (a broken file: wait for the database). */
  pricing?: EarlyPricing | null;
  over: boolean;
}

const globalForEarly = globalThis as unknown as { kaskoEarly?: EarlyState };

/** Starts early pricing for this process (the server's start), or clears it (no plan). */
export function startEarlyPricing(plan: EarlyPlan | undefined): void {
  globalForEarly.kaskoEarly = plan ? { plan, changes: publishedChanges(), over: false } : undefined;
}

/** What to price with before the database is open, if anything (built on the first call). */
export function earlyPricingData(): PricingData | undefined {
  const state = globalForEarly.kaskoEarly;
  if (!state || state.over) return undefined;
  if (publishedChanges() !== state.changes) {
    state.over = true;
    return undefined;
  }
  if (state.pricing === undefined) {
    try {
      startupTiming("early pricing asked");
      state.pricing = buildEarlyPricing(state.plan);
      startupTiming(`early pricing built (${state.plan.source})`);
    } catch {
      state.pricing = null;
    }
  }
  return state.pricing?.data;
}

/**
 * Ends early pricing for the database whose snapshot is at `snapshotPath` (its own library is
 * built, or it failed to start); returns what was priced with, if anything, to compare.
 */
export function endEarlyPricing(snapshotPath: string): EarlyPricing | undefined {
  const state = globalForEarly.kaskoEarly;
  if (!state || state.plan.snapshotPath !== snapshotPath) return undefined;
  const wasServing = !state.over;
  state.over = true;
  return wasServing ? (state.pricing ?? undefined) : undefined;
}

/** How the early pricing stands (for tests and the start-up timings). */
export function earlyPricingStatus(): { source?: EarlyPlan["source"]; built: boolean; over: boolean } {
  const state = globalForEarly.kaskoEarly;
  return { source: state?.plan.source, built: Boolean(state?.pricing), over: state?.over ?? true };
}
