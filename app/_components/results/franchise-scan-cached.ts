import type { Catalog } from "@/lib/catalog";
import type { RateBookLibrary, TQuoteRequest } from "@/lib/rating";
import { scanFranchise, type FranchiseScan } from "@/lib/results/franchise-scan";
import { editionsMemo } from "./editions-memo";

/** Scans kept per library and catalog before they are dropped (all at once). */
export const SCAN_CACHE_LIMIT = 500;

const scans = editionsMemo<FranchiseScan>(SCAN_CACHE_LIMIT);

/**
 * `scanFranchise`, remembered per library and catalog (editions-memo.ts). The scan prices the
 * request at every franchise size of the chart, whatever franchise the request asks for, so it is
 * the same for every calculation that differs only in its franchise — the what-if's franchise, the
 * chart's own subject, changes just that — and for a link reloaded, shared or gone Back to.
 */
export function scanFranchiseCached(request: TQuoteRequest, library: RateBookLibrary, catalog: Catalog): FranchiseScan {
  return scans(library, catalog, JSON.stringify({ ...request, franchise: null }), () => scanFranchise(request, library, catalog));
}
