import { describe, expect, it } from "vitest";
import { catalog } from "@/lib/catalog";
import { getDiskLibrary } from "@/lib/rate-books/load-from-disk.server";
import { formOfQuery } from "@/lib/form/url-codec";
import { parseForm } from "@/lib/form/to-request";
import { pageComparison, priceFormIn } from "@/app/_components/results/pricing.server";

const QUERY = "model=mazda-3&year=2026&price=1200000&power=120&region=38&d=30_5_m_y_y";

describe("the calculation page's pricing, remembered per editions", () => {
  const library = getDiskLibrary();
  const ctx = { library, catalog, today: "2026-12-06" };

  it("is the form validated and priced, and the same answer when asked again", () => {
    const form = formOfQuery(QUERY)!;
    const priced = priceFormIn(form, ctx);
    const parsed = parseForm(form, catalog, ctx.today);
    if (!parsed.ok || !priced.ok) throw new Error("the calculation should price");
    expect(priced.request).toEqual(parsed.request);
    expect(priced.result).toEqual(pageComparison(parsed.request, library, catalog));
    expect(priceFormIn(formOfQuery(QUERY)!, ctx)).toBe(priced);
  });

  it("tells forms, days, libraries and catalogs apart", () => {
    const priced = priceFormIn(formOfQuery(QUERY)!, ctx);
    const dearer = priceFormIn(formOfQuery(QUERY.replace("1200000", "1500000"))!, ctx);
    expect(dearer).not.toBe(priced);
    expect(dearer.ok && priced.ok && dearer.result.quotes[0]!.premium !== priced.result.quotes[0]!.premium).toBe(true);
    // Another day: the policy starts then.
    const tomorrow = priceFormIn(formOfQuery(QUERY)!, { ...ctx, today: "2026-12-07" });
    expect(tomorrow.ok && tomorrow.result.policyStart).toBe("2026-12-07");
    // A library replaced by a publication (here: one insurer fewer) prices again.
    const [first] = library.keys();
    const fewer = priceFormIn(formOfQuery(QUERY)!, { ...ctx, library: new Map([...library].filter(([id]) => id !== first)) });
    expect(fewer.ok && fewer.result.quotes.map((q) => q.insurerId)).not.toContain(first);
    expect(priceFormIn(formOfQuery(QUERY)!, { ...ctx, catalog: { ...catalog } })).not.toBe(priced);
  });

  it("remembers a form's errors as they are", () => {
    const form = formOfQuery(QUERY.replace("price=1200000", "price=12"))!;
    const priced = priceFormIn(form, ctx);
    const parsed = parseForm(form, catalog, ctx.today);
    expect(parsed.ok).toBe(false);
    expect(priced).toEqual({ ok: false, issues: parsed.ok ? [] : parsed.error.issues });
    expect(priceFormIn(form, ctx)).toBe(priced);
  });
});
