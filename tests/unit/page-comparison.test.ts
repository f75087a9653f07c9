import { describe, expect, it } from "vitest";
import { catalog } from "@/lib/catalog";
import { compareQuotes, parseQuoteRequest } from "@/lib/rating";
import { getDiskLibrary } from "@/lib/rate-books/load-from-disk.server";
import { generateRequests } from "@/lib/sample/generate-requests";
import { scanFranchise } from "@/lib/results/franchise-scan";
import { pageComparison } from "@/app/_components/results/pricing.server";

// The calculation page prices without worksheets (they load when opened): what it shows must be
// exactly the full comparison's figures, conditions and declines.
function withoutSteps<T extends { steps: unknown }>(quote: T): Omit<T, "steps"> {
  const copy: Partial<T> = { ...quote };
  delete copy.steps;
  return copy as Omit<T, "steps">;
}

describe("the calculation page's pricing (no worksheets)", () => {
  const library = getDiskLibrary();
  const requests = generateRequests(catalog, 300, 14).map((raw) => {
    const parsed = parseQuoteRequest(raw, catalog, "2026-12-01");
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error.issues));
    return parsed.request;
  });

  it("gives the full comparison's quotes without their worksheets, and the same declines, for 300 generated requests", () => {
    let quotes = 0;
    for (const request of requests) {
      const full = compareQuotes(request, library, catalog);
      const page = pageComparison(request, library, catalog);
      // The full quotes without their worksheets, and without the decisive driver (which the worksheet names).
      const expected = full.quotes.map((q) => {
        const { unlimited, count } = q.conditions.drivers;
        return { ...withoutSteps(q), conditions: { ...q.conditions, drivers: { unlimited, count } } };
      });
      expect(page.quotes).toEqual(expected);
      expect(page.declined).toEqual(full.declined);
      expect(page.policyStart).toBe(full.policyStart);
      quotes += page.quotes.length;
    }
    expect(quotes).toBeGreaterThan(900);
  });

  it("scans the franchise sizes with the same premiums the full comparison gives at each size", () => {
    for (const request of requests.slice(0, 40)) {
      const scan = scanFranchise(request, library, catalog);
      scan.amounts.forEach((amount, i) => {
        const franchise = amount === "0" ? ({ type: "none" } as const) : ({ type: "fixed", amount } as const);
        const full = compareQuotes({ ...request, franchise }, library, catalog);
        for (const s of scan.series) expect(s.premiums[i]).toBe(full.quotes.find((q) => q.insurerId === s.insurerId)?.premium ?? null);
      });
    }
  });
});
