import "server-only";
import { catalog } from "@/lib/catalog";
import { todayIso } from "@/lib/clock";
import { getDiskLibrary } from "@/lib/rate-books/load-from-disk.server";
import type { QuoteContext } from "./respond-to-quote";

/** The pricing context for a web request: published rate books, the catalog and today's date. */
export function getQuoteContext(): QuoteContext {
  return { library: getDiskLibrary(), catalog, today: todayIso() };
}
