/**
 * Which edition of a rate book prices a policy: the latest one in force on the policy start date.
 * Renaissance has two fixture editions (2019-01-01 and 2027-01-01, the latter indexed ×1.06).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildLibrary, loadRateBook, selectEdition } from "@/lib/rating";
import { fixturePath } from "@/tests/helpers/fixture-library";
import { declineCodes, INSURERS, price, quoteOf } from "@/tests/helpers/pricing";

function renaissanceEditions() {
  return ["2019-01-01", "2027-01-01"].map((date) => loadRateBook(JSON.parse(readFileSync(fixturePath("renaissance", date), "utf8")), date));
}

describe("selectEdition", () => {
  // Loaded newest first on purpose: buildLibrary must sort, selection must not depend on load order.
  const editions = buildLibrary([...renaissanceEditions()].reverse()).get("renaissance")!;

  it.each([
    ["2019-01-01", "renaissance-2019-01-01"],
    ["2026-12-31", "renaissance-2019-01-01"],
    ["2027-01-01", "renaissance-2027-01-01"],
    ["2030-06-15", "renaissance-2027-01-01"],
  ])("a policy starting %s uses %s", (policyStart, expected) => {
    expect(selectEdition(editions, policyStart)?.id).toBe(expected);
  });

  it("no edition is in force before the first one", () => {
    expect(selectEdition(editions, "2018-12-31")).toBeUndefined();
    expect(selectEdition([], "2026-12-01")).toBeUndefined();
  });
});

describe("edition selection in a comparison", () => {
  it("2026-12-31 is priced with the 2019 edition", () => {
    const quote = quoteOf(price("hyundai-solaris", { policyStart: "2026-12-31" }), "renaissance");
    expect(quote.rateBook).toEqual({ id: "renaissance-2019-01-01", effectiveFrom: "2019-01-01" });
    expect(quote.premium).toBe("27370.62");
  });

  // A 2027 model keeps the car new, so the only change is the edition: 4.38 % × 1.06 of 624 900.
  it("2027-01-01 is priced with the 2027 edition", () => {
    const response = price("hyundai-solaris", { policyStart: "2027-01-01", vehicle: { year: 2027 } });
    const quote = quoteOf(response, "renaissance");
    expect(quote.rateBook).toEqual({ id: "renaissance-2027-01-01", effectiveFrom: "2027-01-01" });
    expect(quote.premium).toBe("29012.86");
    // The other insurers have no later edition and stay on 2019.
    expect(quoteOf(response, "rosgosstrakh").rateBook.id).toBe("rosgosstrakh-2019-01-01");
  });

  it("before any edition every insurer declines with no_rate_book", () => {
    const response = price("hyundai-solaris", { policyStart: "2018-12-31", vehicle: { year: 2018 } });
    expect(response.quotes).toEqual([]);
    for (const insurerId of INSURERS) expect(declineCodes(response, insurerId)).toEqual(["no_rate_book"]);
    expect(response.declined.every((d) => d.rateBook === null)).toBe(true);
  });
});
