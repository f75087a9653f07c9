// Server-only: the one pricing context of the site — what the quote API, the calculation page
// (and its on-demand worksheets), the policy check and the agents' workspace price with.
import "server-only";
import type { QuoteContext } from "@/lib/api/respond-to-quote";
import type { Catalog } from "@/lib/catalog";
import { todayIso } from "@/lib/clock";
import { loadCatalog } from "@/lib/db/catalog.server";
import type { Db } from "@/lib/db/client.server";
import { earlyPricingData } from "@/lib/db/early-pricing.server";
import { libraryCacheOf } from "@/lib/db/published-library-cache.server";
import { loadPublishedLibrary } from "@/lib/db/published-library.server";
import { getReadyDatabase } from "@/lib/db/ready.server";

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
  const cache = libraryCacheOf(await getReadyDatabase());
  const { library, catalog } = await cache.pricingData();
  return { library, catalog, today: todayIso() };
}

/** The site's vehicle catalog: the one in the database, as cached for pricing. */
export async function getSiteCatalog(): Promise<Catalog> {
  const early = earlyPricingData();
  if (early) return early.catalog;
  return (await libraryCacheOf(await getReadyDatabase()).pricingData()).catalog;
}

/**
 * The pricing context read from `db` itself rather than the process's cache: for prices that are
 * kept (an agent's saved calculation), which must come from the editions published at that
 * moment even if another instance published one a poll interval ago.
 */
export async function pricingContextOf(db: Db, now: Date): Promise<PricingContext> {
  // Removed models too: a saved calculation of a model that has since left the catalog still prices.
  const [library, catalog] = await Promise.all([loadPublishedLibrary(db), loadCatalog(db, { withRemoved: true })]);
  return { library, catalog, today: todayIso(now) };
}
