import "server-only";
import { catalog } from "@/lib/catalog";
import { todayIso } from "@/lib/clock";
import { libraryCacheOf } from "@/lib/db/published-library-cache.server";
import { getReadyDatabase } from "@/lib/db/ready.server";
import type { QuoteContext } from "./respond-to-quote";

/**
 * The pricing context for a web request: the published rate books (cached in the process, no
 * database read per quote), the catalog, today.
 */
export async function getQuoteContext(): Promise<QuoteContext> {
  const cache = libraryCacheOf(await getReadyDatabase());
  return { library: await cache.get(), catalog, today: todayIso() };
}
