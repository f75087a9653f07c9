import "server-only";
import type { Catalog } from "@/lib/catalog";
import { todayIso } from "@/lib/clock";
import { libraryCacheOf } from "@/lib/db/published-library-cache.server";
import { getReadyDatabase } from "@/lib/db/ready.server";
import type { QuoteContext } from "./respond-to-quote";

/**
 * The pricing context for a web request: the published rate books and the vehicle catalog from
 * the database (both cached in the process, no database read per quote), today.
 */
export async function getQuoteContext(): Promise<QuoteContext> {
  const cache = libraryCacheOf(await getReadyDatabase());
  const { library, catalog } = await cache.pricingData();
  return { library, catalog, today: todayIso() };
}

/** The site's vehicle catalog: the one in the database, as cached for pricing. */
export async function getSiteCatalog(): Promise<Catalog> {
  return (await libraryCacheOf(await getReadyDatabase()).pricingData()).catalog;
}
