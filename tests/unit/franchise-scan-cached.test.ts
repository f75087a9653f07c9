import { describe, expect, it } from "vitest";
import { catalog } from "@/lib/catalog";
import { parseQuoteRequest, type TQuoteRequest } from "@/lib/rating";
import { getDiskLibrary } from "@/lib/rate-books/load-from-disk.server";
import { generateRequests } from "@/lib/sample/generate-requests";
import { scanFranchise } from "@/lib/results/franchise-scan";
import { SCAN_CACHE_LIMIT, scanFranchiseCached } from "@/app/_components/results/franchise-scan-cached";
import { chartView, chartViewOf } from "@/app/_components/results/chart-view";
import { translator } from "@/tests/components/helpers";

function parsed(raw: unknown): TQuoteRequest {
  const result = parseQuoteRequest(raw, catalog, "2026-12-01");
  if (!result.ok) throw new Error(JSON.stringify(result.error.issues));
  return result.request;
}

describe("the franchise scan, remembered", () => {
  const library = getDiskLibrary();
  const requests = generateRequests(catalog, 60, 21).map(parsed);

  it("is the scan of the request, for 60 generated requests", () => {
    for (const request of requests) expect(scanFranchiseCached(request, library, catalog)).toEqual(scanFranchise(request, library, catalog));
  });

  it("is shared by calculations that differ only in their franchise, and by nothing else", () => {
    const base = parsed({ policyStart: "2026-12-06", region: "38", vehicle: { modelId: "mazda-3", year: 2026, price: 1200000 }, drivers: [{ age: 30, experienceYears: 5 }] });
    const scan = scanFranchiseCached(base, library, catalog);
    expect(scanFranchiseCached({ ...base, franchise: { type: "fixed", amount: "30000" } }, library, catalog)).toBe(scan);
    expect(scanFranchiseCached({ ...base, franchise: { type: "percent", percent: 2 } }, library, catalog)).toBe(scan);
    const cheaper = { ...base, vehicle: { ...base.vehicle, price: "900000" } };
    expect(scanFranchiseCached(cheaper, library, catalog)).not.toBe(scan);
    expect(scanFranchiseCached(cheaper, library, catalog)).toEqual(scanFranchise(cheaper, library, catalog));
    const older = { ...base, drivers: [{ ...base.drivers[0]!, age: 45 }] };
    expect(scanFranchiseCached(older, library, catalog).series).not.toEqual(scan.series);
  });

  it("is not served from another library or catalog (a publication replaces them)", () => {
    const request = requests[0]!;
    const scan = scanFranchiseCached(request, library, catalog);
    // The same editions in a new library object, as the site's cache makes after a publication.
    const republished = new Map(library);
    const again = scanFranchiseCached(request, republished, catalog);
    expect(again).not.toBe(scan);
    expect(again).toEqual(scan);
    // A library with one insurer fewer: its scan has no line for that insurer.
    const [first] = library.keys();
    const fewer = new Map([...library].filter(([id]) => id !== first));
    expect(scanFranchiseCached(request, fewer, catalog).series.map((s) => s.insurerId)).not.toContain(first);
    const otherCatalog = { ...catalog };
    expect(scanFranchiseCached(request, library, otherCatalog)).not.toBe(scan);
  });

  it("is bounded: past its limit the scans are dropped and made again", () => {
    const own = new Map(library);
    const base = parsed({ policyStart: "2026-12-06", region: "77", vehicle: { modelId: "mazda-3", year: 2026, price: 1200000 }, drivers: [{ age: 30, experienceYears: 5 }] });
    const first = scanFranchiseCached(base, own, catalog);
    for (let i = 1; i < SCAN_CACHE_LIMIT; i++) scanFranchiseCached({ ...base, vehicle: { ...base.vehicle, price: String(1200000 + i) } }, own, catalog);
    expect(scanFranchiseCached(base, own, catalog)).toBe(first);
    scanFranchiseCached({ ...base, vehicle: { ...base.vehicle, price: "2000000" } }, own, catalog);
    const after = scanFranchiseCached(base, own, catalog);
    expect(after).not.toBe(first);
    expect(after).toEqual(first);
  });

  it("draws a remembered scan once per language, as chartView draws it", () => {
    const request = requests[1]!;
    const scan = scanFranchiseCached(request, library, catalog);
    const ru = chartViewOf(scan, translator("Chart", "ru"), "ru");
    expect(ru).toEqual(chartView(scan, translator("Chart", "ru"), "ru"));
    expect(chartViewOf(scan, translator("Chart", "ru"), "ru")).toBe(ru);
    const en = chartViewOf(scan, translator("Chart", "en"), "en");
    expect(en).toEqual(chartView(scan, translator("Chart", "en"), "en"));
    expect(en?.title).not.toBe(ru?.title);
    // Another scan (another price) is drawn afresh.
    const other = scanFranchise({ ...request, vehicle: { ...request.vehicle, price: "3000000" } }, library, catalog);
    expect(chartViewOf(other, translator("Chart", "ru"), "ru")).not.toBe(ru);
  });
});
