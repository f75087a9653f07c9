// Server-only: the one pricing context of the site — what the quote API, the calculation page
// (and its on-demand worksheets), the policy check and the agents' workspace price with.
import "server-only";
import type { QuoteContext } from "@/lib/api/respond-to-quote";
import { catalog } from "@/lib/catalog";
import { todayIso } from "@/lib/clock";
import type { Db } from "@/lib/db/client.server";
import { libraryCacheOf } from "@/lib/db/published-library-cache.server";
import { loadPublishedLibrary } from "@/lib/db/published-library.server";
import { getReadyDatabase } from "@/lib/db/ready.server";

/** The published rate books, the catalog and today's date (Moscow), as the rating library takes them. */
export type PricingContext = QuoteContext;

/**
 * The pricing context for a web request: the published rate books (cached in the process, no
 * database read per quote), the catalog, today.
 */
export async function getPricingContext(): Promise<PricingContext> {
  const cache = libraryCacheOf(await getReadyDatabase());
  return { library: await cache.get(), catalog, today: todayIso() };
}

/**
 * The pricing context read from `db` itself rather than the process's cache: for prices that are
 * kept (an agent's saved calculation), which must come from the editions published at that
 * moment even if another instance published one a poll interval ago.
 */
export async function pricingContextOf(db: Db, now: Date): Promise<PricingContext> {
  return { library: await loadPublishedLibrary(db), catalog, today: todayIso(now) };
}
