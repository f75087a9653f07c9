import "server-only";
import { catalog } from "@/lib/catalog";
import { todayIso } from "@/lib/clock";
import { loadPublishedLibrary } from "@/lib/db/published-library.server";
import { getReadyDatabase } from "@/lib/db/ready.server";
import type { QuoteContext } from "./respond-to-quote";

/** The pricing context for a web request: the published rate books in the database, the catalog, today. */
export async function getQuoteContext(): Promise<QuoteContext> {
  const { db } = await getReadyDatabase();
  return { library: await loadPublishedLibrary(db), catalog, today: todayIso() };
}
