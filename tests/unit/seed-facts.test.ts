/**
 * The ranges and rules the source article states (see ../shared/seeds/README.md), checked over
 * every model of the 2019 table × every insurer that quotes it. The demonstration tariffs were
 * built to honour them, so a rate-book edit that breaks one fails here.
 */
import { describe, expect, it } from "vitest";
import { Decimal, type ComparisonResponse } from "@/lib/rating";
import {
  declineCodes,
  findQuote,
  INSURERS,
  premiumOf,
  priceDemo as price,
  ratio,
  REFERENCE_DRIVER,
  TABLE_MODELS,
  type RequestPatch,
} from "@/tests/helpers/pricing";

const reference = new Map(TABLE_MODELS.map((m) => [m, price(m)] as const));

/** Every (model, insurer) pair quoted for the reference profile: the population every fact ranges over. */
const PAIRS = TABLE_MODELS.flatMap((modelId) => reference.get(modelId)!.quotes.map((q) => [modelId, q.insurerId] as const));

it("every insurer quotes every table model for the reference profile", () => {
  expect(PAIRS).toHaveLength(TABLE_MODELS.length * INSURERS.length);
});

function referencePremium(modelId: string, insurerId: string): Decimal {
  return premiumOf(reference.get(modelId as (typeof TABLE_MODELS)[number])!, insurerId);
}

/**
 * The premium of a variant, or null when the insurer declines it for one of `offeredOnly` reasons
 * ("where offered"); any other decline is a failure.
 */
function variantPremium(response: ComparisonResponse, insurerId: string, offeredOnly: string[] = []): Decimal | null {
  if (findQuote(response, insurerId)) return premiumOf(response, insurerId);
  const codes = declineCodes(response, insurerId) ?? [];
  expect(codes.length > 0 && codes.every((c) => offeredOnly.includes(c)), `${insurerId} declined: ${codes.join(", ")}`).toBe(true);
  return null;
}

it("some insurers offer a garage of the client's choice (else the per-insurer check below would compare nothing)", () => {
  const offering = INSURERS.filter((insurerId) => findQuote(price(TABLE_MODELS[0], { repair: "client-garage" }), insurerId));
  expect(offering.length).toBeGreaterThanOrEqual(2);
});

describe.each(PAIRS)("%s at %s", (modelId, insurerId) => {
  const ref = () => referencePremium(modelId, insurerId);
  const variant = (patch: RequestPatch, offeredOnly: string[] = []) => variantPremium(price(modelId, patch), insurerId, offeredOnly);

  it("a young driver (19, 1 year's experience) pays 2–2.5 times the reference premium", () => {
    const r = ratio(variant({ driver: { age: 19, experienceYears: 1 } })!, ref());
    expect(r).toBeGreaterThanOrEqual(2);
    expect(r).toBeLessThanOrEqual(2.5);
  });

  it("a 3-year-old car costs 3–7 % more than a new one", () => {
    const r = ratio(variant({ vehicle: { year: 2023 } })!, ref());
    expect(r).toBeGreaterThanOrEqual(1.03);
    expect(r).toBeLessThanOrEqual(1.07);
  });

  it("a fixed 30 000 RUB franchise saves 5–30 %", () => {
    const r = ratio(variant({ franchise: { type: "fixed", amount: 30000 } })!, ref());
    expect(r).toBeGreaterThanOrEqual(0.7);
    expect(r).toBeLessThanOrEqual(0.95);
  });

  it("a garage of the client's choice costs about 20 % more than the insurer's garage, where offered", () => {
    const client = variant({ repair: "client-garage" }, ["repair_not_offered"]);
    if (client === null) return;
    const r = ratio(client, variant({ repair: "insurer-garage" })!);
    expect(r).toBeGreaterThanOrEqual(1.15);
    expect(r).toBeLessThanOrEqual(1.25);
  });

  it("an aggregate sum insured is 5–10 % cheaper than a non-aggregate one", () => {
    const r = ratio(variant({ sumInsuredType: "aggregate" })!, variant({ sumInsuredType: "non-aggregate" })!);
    expect(r).toBeGreaterThanOrEqual(0.9);
    expect(r).toBeLessThanOrEqual(0.95);
  });

  // Ingosstrakh asks 30 % + 10 %: the cap, not the sum, must reach the premium. Both premiums are
  // rounded separately (to whole rubles at Ingosstrakh), so 70 % may be missed by under a ruble.
  it("the switching discount, alone or with telematics, never exceeds 30 %", () => {
    for (const patch of [{ switchingFromInsurer: true }, { switchingFromInsurer: true, telematics: true }]) {
      const discounted = variant(patch)!;
      expect(discounted.gte(ref().times("0.7").minus(1)), `${discounted} vs reference ${ref()}`).toBe(true);
      expect(discounted.lt(ref())).toBe(true);
    }
  });
});

describe("several drivers", () => {
  const YOUNG = { ...REFERENCE_DRIVER, age: 19, experienceYears: 1 };
  const SENIOR = { ...REFERENCE_DRIVER, age: 67, experienceYears: 45 };
  const SINGLE_WOMAN = { ...REFERENCE_DRIVER, age: 33, experienceYears: 8, sex: "female", married: false, hasChildren: false };
  const NO_ANSWERS = { age: 27, experienceYears: 4 };
  const PAIRS_OF_DRIVERS = [
    ["reference + young", REFERENCE_DRIVER, YOUNG],
    ["senior + reference", SENIOR, REFERENCE_DRIVER],
    ["single woman + senior", SINGLE_WOMAN, SENIOR],
    ["no optional answers + single woman", NO_ANSWERS, SINGLE_WOMAN],
    ["young + senior", YOUNG, SENIOR],
  ] as const;

  describe.each(TABLE_MODELS)("%s", (modelId) => {
    it.each(PAIRS_OF_DRIVERS)("%s cost exactly what the worse of them costs alone, in either order", (_name, a, b) => {
      const alone = [price(modelId, { drivers: [a] }), price(modelId, { drivers: [b] })];
      const both = [price(modelId, { drivers: [a, b] }), price(modelId, { drivers: [b, a] })];
      for (const insurerId of INSURERS) {
        const worse = Decimal.max(premiumOf(alone[0]!, insurerId), premiumOf(alone[1]!, insurerId));
        for (const response of both) expect(premiumOf(response, insurerId).toFixed(2), insurerId).toBe(worse.toFixed(2));
      }
    });
  });
});

/**
 * Each chain lists variants from the cheapest to the dearest: a "cheaper" option must never raise
 * the price. `offeredOnly` names the decline codes that mean "this insurer does not offer it".
 */
const CHAINS: { name: string; variants: RequestPatch[]; offeredOnly?: string[] }[] = [
  { name: "anti-theft: satellite ≤ standard ≤ none", variants: [{ vehicle: { antiTheft: "satellite" } }, { vehicle: { antiTheft: "standard" } }, { vehicle: { antiTheft: "none" } }] },
  { name: "parking: garage ≤ guarded ≤ street", variants: [{ vehicle: { parking: "garage" } }, { vehicle: { parking: "guarded" } }, { vehicle: { parking: "street" } }] },
  { name: "wear deduction on ≤ off", variants: [{ wearDeduction: true }, { wearDeduction: false }] },
  { name: "aggregate ≤ non-aggregate", variants: [{ sumInsuredType: "aggregate" }, { sumInsuredType: "non-aggregate" }] },
  {
    name: "larger fixed franchise ≤ smaller ≤ none",
    variants: [...[100000, 50000, 30000, 20000, 10000, 1].map((amount): RequestPatch => ({ franchise: { type: "fixed", amount } })), { franchise: { type: "none" } }],
  },
  {
    name: "larger percent franchise ≤ smaller ≤ none",
    variants: [...[10, 5, 3, 2, 1, 0.01].map((percent): RequestPatch => ({ franchise: { type: "percent", percent } })), { franchise: { type: "none" } }],
  },
  {
    name: "franchise from the second claim ≤ none",
    variants: [{ franchise: { type: "fromSecondClaim", amount: 30000 } }, { franchise: { type: "fromSecondClaim", amount: 1 } }, { franchise: { type: "none" } }],
    offeredOnly: ["franchise_not_offered"],
  },
  { name: "repair: insurer-calculation ≤ insurer-garage ≤ dealer", variants: [{ repair: "insurer-calculation" }, { repair: "insurer-garage" }, { repair: "dealer" }] },
  { name: "telematics on ≤ off", variants: [{ telematics: true }, { telematics: false }] },
  { name: "switching on ≤ off", variants: [{ switchingFromInsurer: true }, { switchingFromInsurer: false }] },
  {
    name: "bonus-malus: a higher class ≤ a lower one, M highest",
    variants: ["13", "12", "11", "10", "9", "8", "7", "6", "5", "4", "3", "2", "1", "0", "M"].map((bonusMalusClass) => ({ bonusMalusClass })),
  },
];

describe.each(CHAINS)("cheaper options never raise the price — $name", ({ variants, offeredOnly = [] }) => {
  it.each(TABLE_MODELS)("%s", (modelId) => {
    const responses = variants.map((patch) => price(modelId, patch));
    for (const insurerId of INSURERS) {
      const premiums = responses.map((r) => variantPremium(r, insurerId, offeredOnly)).filter((p): p is Decimal => p !== null);
      // An insurer that offers only one variant (declined the others as not offered) has nothing to order.
      if (premiums.length < 2) expect(offeredOnly.length, `${insurerId} quotes at most one variant`).toBeGreaterThan(0);
      for (let i = 1; i < premiums.length; i += 1) {
        expect(premiums[i - 1]!.lte(premiums[i]!), `${insurerId}: variant ${i - 1} (${premiums[i - 1]}) > variant ${i} (${premiums[i]})`).toBe(true);
      }
    }
  });
});
