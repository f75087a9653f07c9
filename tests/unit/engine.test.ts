/**
 * The pricing engine's own rules, each on a small, hand-checkable case. Expected figures come from
 * the rate books' coefficients (seeds/demo-tariffs/profiles.ts), not from the engine.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { catalog } from "@/lib/catalog";
import { buildLibrary, compareQuotes, loadRateBook, parseQuoteRequest, RatingError } from "@/lib/rating";
import { fixturePath } from "@/tests/helpers/fixture-library";
import { declineCodes, factorValue, price, priceRaw, quoteOf, referenceRequest, REFERENCE_DRIVER, stepsFor, TODAY } from "@/tests/helpers/pricing";

describe("optional driver answers", () => {
  // Omitting a table key means "not asked", not "male": the table is skipped, not defaulted.
  it("an omitted sex applies no sex factor at all", () => {
    const { age, experienceYears, married, hasChildren } = REFERENCE_DRIVER;
    const quote = quoteOf(price("hyundai-solaris", { drivers: [{ age, experienceYears, married, hasChildren }] }), "ingosstrakh");
    expect(stepsFor(quote, "driver-sex")).toEqual([]);
    expect(quote.premium).toBe("55616.00");
  });

  it("a female driver gets 0.93 on the damage rate at ingosstrakh", () => {
    const quote = quoteOf(price("hyundai-solaris", { driver: { sex: "female" } }), "ingosstrakh");
    expect(stepsFor(quote, "driver-sex").map((s) => [s.component, s.value])).toEqual([["damage", "0.93"]]);
    // 624 900 × (7.30 % × 0.93 + 1.60 %) = 52 422.861 → whole rubles
    expect(quote.premium).toBe("52423.00");
  });

  it("other insurers do not price by sex", () => {
    const male = price("hyundai-solaris");
    const female = price("hyundai-solaris", { driver: { sex: "female" } });
    for (const insurerId of ["renaissance", "rosgosstrakh", "liberty", "maks", "surgutneftegaz"]) {
      expect(quoteOf(female, insurerId).premium).toBe(quoteOf(male, insurerId).premium);
    }
  });
});

describe("the decisive driver", () => {
  it("is the one with the highest driver coefficients, and the worksheet says which", () => {
    const young = { ...REFERENCE_DRIVER, age: 19, experienceYears: 1 };
    const quote = quoteOf(price("hyundai-solaris", { drivers: [REFERENCE_DRIVER, young] }), "renaissance");
    expect(quote.conditions.drivers).toMatchObject({ unlimited: false, count: 2, decisiveDriver: 1 });
    const step = stepsFor(quote, "driver-age-experience")[0]!;
    expect(step.driver).toBe(1);
    expect(step.value).toBe("2.56");
    expect(step.lookup).toEqual({ "driver.age": 19, "driver.experienceYears": 1 });
  });

  it("with unlimited drivers no driver table applies", () => {
    const quote = quoteOf(price("hyundai-solaris", { unlimitedDrivers: true, drivers: [] }), "renaissance");
    expect(quote.conditions.drivers.decisiveDriver).toBeNull();
    expect(quote.steps.filter((s) => s.factor.startsWith("driver-"))).toEqual([]);
    expect(factorValue(quote, "unlimited-drivers")).toBe("1.85");
  });
});

describe("partial coverage", () => {
  it("theft only includes only the theft component", () => {
    const response = price("hyundai-solaris", { coverage: "theft" });
    const quote = quoteOf(response, "renaissance");
    expect(new Set(quote.steps.filter((s) => s.component !== "total").map((s) => s.component))).toEqual(new Set(["theft"]));
    expect(quote.premium).toBe("5499.12"); // 624 900 × 0.88 %
    expect(quote.components).toEqual({ damage: "0.00", theft: "5499.12" });
    expect(declineCodes(response, "surgutneftegaz")).toEqual(["coverage_not_offered"]);
  });

  it("theft-only cover is not declined by rules about damage repair or wear", () => {
    // A 7-year-old car with dealer repair and no wear deduction: declined for full cover by the
    // dealer-age and wear rules, but those terms mean nothing when only theft is covered.
    const patch = { vehicle: { year: 2019 } };
    const full = price("hyundai-solaris", patch);
    expect(declineCodes(full, "renaissance")).toEqual(["dealer-repair-age-limit"]);
    expect(declineCodes(full, "maks")).toEqual(["wear-deduction-required"]);
    const theft = price("hyundai-solaris", { ...patch, coverage: "theft" });
    for (const insurerId of ["renaissance", "liberty", "maks"]) expect(declineCodes(theft, insurerId)).toBeNull();
  });

  it("damage only includes only the damage component", () => {
    const quote = quoteOf(price("hyundai-solaris", { coverage: "damage" }), "renaissance");
    expect(new Set(quote.steps.filter((s) => s.component !== "total").map((s) => s.component))).toEqual(new Set(["damage"]));
    expect(quote.premium).toBe("21871.50"); // 624 900 × 3.50 %
    expect(quote.components).toEqual({ damage: "21871.50", theft: "0.00" });
    // Theft-only tables (anti-theft, parking) have nothing to apply to.
    expect(stepsFor(quote, "anti-theft")).toEqual([]);
  });

  it("full coverage splits the premium between the components", () => {
    const quote = quoteOf(price("hyundai-solaris"), "renaissance");
    expect(quote.components).toEqual({ damage: "21871.50", theft: "5499.12" });
  });
});

describe("minimum premium", () => {
  // Theft only on a 150 000 RUB Granta: 150 000 × 0.65 % × 1.1 (cheap-car band) = 1 072.50 at Renaissance.
  const response = price("lada-granta", { coverage: "theft", vehicle: { price: 150000 } });

  it.each([
    ["renaissance", "5000.00"],
    ["rosgosstrakh", "7000.00"],
    ["maks", "5000.00"],
  ])("%s charges its minimum of %s", (insurerId, expected) => {
    const quote = quoteOf(response, insurerId);
    expect(quote.premium).toBe(expected);
    const minimum = stepsFor(quote, "minimum-premium");
    expect(minimum).toHaveLength(1);
    expect(minimum[0]!.value).toBe(expected.replace(".00", ""));
    expect(quote.components!.theft).toBe(expected);
  });

  it("insurers with a higher minimum car price decline instead", () => {
    expect(declineCodes(response, "liberty")).toEqual(["price_too_low"]);
    expect(declineCodes(response, "ingosstrakh")).toEqual(["price_too_low"]);
  });

  // Theft only on a Solaris at Renaissance is 0.88 % of the price: 4 928 RUB at 560 000, 5 016 at 570 000.
  it.each([
    ["560000", "5000.00", 1],
    ["570000", "5016.00", 0],
  ])("at a price of %s the premium is %s (minimum steps: %i)", (carPrice, expected, minimumSteps) => {
    const quote = quoteOf(price("hyundai-solaris", { coverage: "theft", vehicle: { price: carPrice } }), "renaissance");
    expect(quote.premium).toBe(expected);
    expect(stepsFor(quote, "minimum-premium")).toHaveLength(minimumSteps);
  });

  it("does not apply above the minimum", () => {
    expect(stepsFor(quoteOf(price("hyundai-solaris"), "renaissance"), "minimum-premium")).toEqual([]);
  });
});

describe("rounding", () => {
  it("ingosstrakh rounds the premium to whole rubles (worked example: 117 935.58 → 117 936)", () => {
    const response = priceRaw(
      referenceRequest("mazda-3", { vehicle: { price: 1200000, powerHp: 120 }, driver: { age: 30, experienceYears: 5 } }),
    );
    const quote = quoteOf(response, "ingosstrakh");
    expect(quote.premium).toBe("117936.00");
    const rounding = stepsFor(quote, "rounding");
    expect(rounding.map((s) => [s.value, s.total])).toEqual([["0", "117936.00"]]);
    // Renaissance keeps kopecks: 1 200 000 × (3.13 % × 1.05 + 0.80 %) = 49 038.00
    expect(quoteOf(response, "renaissance").premium).toBe("49038.00");
  });

  it("ingosstrakh never shows kopecks", () => {
    for (const patch of [{}, { vehicle: { price: "624900.55" } }, { franchise: { type: "percent", percent: 1.37 } }, { bonusMalusClass: "7" }]) {
      expect(quoteOf(price("hyundai-solaris", patch), "ingosstrakh").premium).toMatch(/^\d+\.00$/);
    }
  });

  // 624 900 × (7.46 % × 1.11 × 1.03 + 1.87 % × 1.11) = 10.604718 % → 10.6047 %.
  it("maks rounds the combined rate to 4 decimals in percent before the premium", () => {
    const quote = quoteOf(price("hyundai-solaris", { region: "77", vehicle: { powerHp: 200 } }), "maks");
    const step = stepsFor(quote, "rate-rounding");
    expect(step).toHaveLength(1);
    expect(step[0]!.rate).toBe("0.106047");
    expect(quote.premium).toBe("66268.77"); // unrounded it would be 66 268.88
  });

  it("other insurers do not round the rate", () => {
    const quote = quoteOf(price("hyundai-solaris", { region: "77", vehicle: { powerHp: 200 } }), "renaissance");
    expect(stepsFor(quote, "rate-rounding")).toEqual([]);
  });
});

describe("credit", () => {
  it.each([
    ["liberty", "0.004", "54678.75"], // 624 900 × (6.51 % + 0.4 % + 1.84 %)
    ["ingosstrakh", "0.005", "58741.00"], // 624 900 × (7.30 % + 0.5 % + 1.60 %), whole rubles
  ])("%s adds a loading of %s to the damage rate", (insurerId, loading, expected) => {
    const quote = quoteOf(price("hyundai-solaris", { vehicle: { credit: true } }), insurerId);
    const steps = stepsFor(quote, "credit");
    expect(steps.map((s) => [s.component, s.operation, s.value])).toEqual([["damage", "add", loading]]);
    expect(quote.premium).toBe(expected);
  });

  it("the others multiply both components", () => {
    const quote = quoteOf(price("hyundai-solaris", { vehicle: { credit: true } }), "renaissance");
    expect(stepsFor(quote, "credit").map((s) => [s.component, s.operation, s.value])).toEqual([
      ["damage", "multiply", "1.05"],
      ["theft", "multiply", "1.05"],
    ]);
    expect(quote.premium).toBe("28739.15"); // 27 370.62 × 1.05 = 28 739.151
  });
});

describe("ranking", () => {
  function twin(insurerId: string) {
    const json = JSON.parse(readFileSync(fixturePath("renaissance", "2019-01-01"), "utf8"));
    json.id = `${insurerId}-2019-01-01`;
    json.insurer = { id: insurerId, name: { ru: insurerId, en: insurerId } };
    return loadRateBook(json, insurerId);
  }
  const request = () => {
    const parsed = parseQuoteRequest(referenceRequest("hyundai-solaris"), catalog, TODAY);
    if (!parsed.ok) throw new Error("invalid");
    return parsed.request;
  };

  // Two identical tariffs: the tie must be broken by insurer id, whatever the load order.
  it.each([
    ["zeta loaded first", ["zeta", "alpha", "mid"]],
    ["alpha loaded first", ["alpha", "mid", "zeta"]],
  ])("ties are broken by insurer id (%s)", (_name, order) => {
    const response = compareQuotes(request(), buildLibrary(order.map(twin)), catalog);
    expect(response.quotes.map((q) => [q.rank, q.insurerId, q.premium])).toEqual([
      [1, "alpha", "27370.62"],
      [2, "mid", "27370.62"],
      [3, "zeta", "27370.62"],
    ]);
  });

  it("the real comparison is ordered by premium", () => {
    const response = price("hyundai-solaris");
    expect(response.quotes.map((q) => [q.rank, q.insurerId, q.premium])).toEqual([
      [1, "renaissance", "27370.62"],
      [2, "liberty", "52179.15"],
      [3, "ingosstrakh", "55616.00"],
      [4, "rosgosstrakh", "58178.19"],
      [5, "maks", "58303.17"],
      [6, "surgutneftegaz", "122480.40"],
    ]);
    expect(response).toMatchObject({ policyStart: "2026-12-01", currency: "RUB", declined: [] });
  });

  it("declines are listed by insurer id with every reason", () => {
    const response = price("hyundai-solaris", { region: "91", installments: 4 });
    expect(response.declined.map((d) => [d.insurerId, d.reasons.map((r) => r.code)])).toEqual([
      ["ingosstrakh", ["region_not_served"]],
      ["liberty", ["region_not_served"]],
      ["renaissance", ["region_not_served"]],
      ["surgutneftegaz", ["installments_not_offered"]],
    ]);
  });
});

describe("price limits", () => {
  it.each([
    ["renaissance", "15000000", "15000000.01"],
    ["surgutneftegaz", "8000000", "8000000.01"],
  ])("%s quotes up to %s and declines above", (insurerId, atLimit, above) => {
    expect(quoteOf(price("toyota-camry", { vehicle: { price: atLimit } }), insurerId).premium).toMatch(/^\d+\.\d{2}$/);
    expect(declineCodes(price("toyota-camry", { vehicle: { price: above } }), insurerId)).toEqual(["price_too_high"]);
  });

  it.each([
    ["ingosstrakh", "300000", "299999.99"],
    ["liberty", "200000", "199999.99"],
  ])("%s quotes from %s and declines below", (insurerId, atLimit, below) => {
    expect(quoteOf(price("lada-granta", { vehicle: { price: atLimit } }), insurerId).premium).toMatch(/^\d+\.\d{2}$/);
    expect(declineCodes(price("lada-granta", { vehicle: { price: below } }), insurerId)).toEqual(["price_too_low"]);
  });
});

it("a validated request for a model missing from the catalog is a broken invariant, not a decline", () => {
  const parsed = parseQuoteRequest(referenceRequest("hyundai-solaris"), catalog, TODAY);
  if (!parsed.ok) throw new Error("invalid");
  const request = { ...parsed.request, vehicle: { ...parsed.request.vehicle, modelId: "no-such-model" } };
  expect(() => compareQuotes(request, buildLibrary([]), catalog)).toThrow(RatingError);
});
