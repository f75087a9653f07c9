import type { Catalog } from "@/lib/catalog";
import type { RateBookLibrary, TQuoteRequest } from "@/lib/rating";
import { scanFranchise, type FranchiseScan } from "@/lib/results/franchise-scan";

/** Scans kept per library and catalog before they are dropped (all at once). */
export const SCAN_CACHE_LIMIT = 500;

const scans = new WeakMap<RateBookLibrary, WeakMap<Catalog, Map<string, FranchiseScan>>>();

/**
 * `scanFranchise`, remembered. The scan prices the request at every franchise size of the chart,
 * whatever franchise the request asks for, so it is the same for every calculation that differs
 * only in its franchise — the what-if's franchise, the chart's own subject, changes just that —
 * and for a link reloaded, shared or gone Back to. Kept per library and catalog object: the site's
 * pricing context replaces both when editions or the catalog change (a publication here or on
 * another instance), so a scan is never served from books no longer in force, and the old
 * entries go with the old objects. The scan is shared: its readers must not change it.
 */
export function scanFranchiseCached(request: TQuoteRequest, library: RateBookLibrary, catalog: Catalog): FranchiseScan {
  let byCatalog = scans.get(library);
  if (!byCatalog) scans.set(library, (byCatalog = new WeakMap()));
  let byRequest = byCatalog.get(catalog);
  if (!byRequest) byCatalog.set(catalog, (byRequest = new Map()));
  const key = JSON.stringify({ ...request, franchise: null });
  let scan = byRequest.get(key);
  if (!scan) {
    scan = scanFranchise(request, library, catalog);
    if (byRequest.size >= SCAN_CACHE_LIMIT) byRequest.clear();
    byRequest.set(key, scan);
  }
  return scan;
}
