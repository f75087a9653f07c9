import type { Catalog } from "@/lib/catalog";
import type { RateBookLibrary } from "@/lib/rating";

/**
 * A bounded memo of what is worked out from the published editions and the catalog alone (a
 * pricing, a franchise scan), per library and catalog object. The site's pricing context replaces
 * both objects when an edition is published or the catalog changes (here or on another instance:
 * lib/db/published-library-cache.server.ts), so nothing is served from books no longer in force,
 * and old entries go with the old objects. `limit` entries per library and catalog, then they are
 * dropped all at once and made again as they are asked for. What it keeps is shared between
 * requests: readers must not change it.
 */
export function editionsMemo<V>(limit: number) {
  const store = new WeakMap<RateBookLibrary, WeakMap<Catalog, Map<string, V>>>();
  return function remembered(library: RateBookLibrary, catalog: Catalog, key: string, make: () => V): V {
    let byCatalog = store.get(library);
    if (!byCatalog) store.set(library, (byCatalog = new WeakMap()));
    let entries = byCatalog.get(catalog);
    if (!entries) byCatalog.set(catalog, (entries = new Map()));
    let value = entries.get(key);
    if (value === undefined) {
      value = make();
      if (entries.size >= limit) entries.clear();
      entries.set(key, value);
    }
    return value;
  };
}
