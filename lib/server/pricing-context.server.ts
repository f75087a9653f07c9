// Server-only: the one pricing context of the site — what the quote API, the calculation page
// (and its on-demand worksheets), the policy check and the agents' workspace price with.
import "server-only";
import type { QuoteContext } from "@/lib/api/respond-to-quote";
import type { Catalog } from "@/lib/catalog";
import { todayIso } from "@/lib/clock";
import type { Db } from "@/lib/db/client.server";
import { earlyPricingData } from "@/lib/db/early-pricing.server";

// The database's modules are imported on first use: a quote priced early (while the database
// opens at the server's start) loads none of them.
type DatabaseModules = [typeof import("@/lib/db/ready.server"), typeof import("@/lib/db/published-library-cache.server")];
let databaseModules: DatabaseModules | undefined;

async function siteCache() {
  databaseModules ??= await Promise.all([import("@/lib/db/ready.server"), import("@/lib/db/published-library-cache.server")]);
  const [{ getReadyDatabase }, { libraryCacheOf }] = databaseModules;
  return libraryCacheOf(await getReadyDatabase());
}

/** The published rate books, the catalog and today's date (Moscow), as the rating library takes them. */
export type PricingContext = QuoteContext;

/**
 * The pricing context for a web request: the published rate books and the vehicle catalog from
 * the database (both cached in the process, no database read per quote), today. While the
 * embedded database is still opening at the server's start, the same editions from data/ or from
 * the database's snapshot, where they provably are the same (lib/db/early-pricing.server.ts).
 */
export async function getPricingContext(): Promise<PricingContext> {
  const early = earlyPricingData();
  if (early) return { library: early.library, catalog: early.catalog, today: todayIso() };
  const cache = await siteCache();
  const { library, catalog } = await cache.pricingData();
  return { library, catalog, today: todayIso() };
}

/** The site's vehicle catalog: the one in the database, as cached for pricing. */
export async function getSiteCatalog(): Promise<Catalog> {
  const early = earlyPricingData();
  if (early) return early.catalog;
  return (await (await siteCache()).pricingData()).catalog;
}

/**
 * The pricing context read from `db` itself rather than the process's cache: for prices that are
 * kept (an agent's saved calculation), which must come from the editions published at that
 * moment even if another instance published one a poll interval ago.
 */
export async function pricingContextOf(db: Db, now: Date): Promise<PricingContext> {
  // Removed models too: a saved calculation of a model that has since left the catalog still prices.
  const [{ loadPublishedLibrary }, { loadCatalog }] = await Promise.all([import("@/lib/db/published-library.server"), import("@/lib/db/catalog.server")]);
  const [library, catalog] = await Promise.all([loadPublishedLibrary(db), loadCatalog(db, { withRemoved: true })]);
  return { library, catalog, today: todayIso(now) };
}
