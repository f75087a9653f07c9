import type { Catalog } from "@/lib/catalog";
import { ANTI_THEFT, BONUS_MALUS_CLASSES, PARKING, REPAIR_OPTIONS, type TQuoteRequestInput } from "@/lib/rating/request-schema";

/** A small seeded PRNG (mulberry32): the same seed gives the same requests on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Generates `count` valid, varied quote requests for benchmarks and portfolios: realistic
 * mixes of models, regions, ages and options (most requests close to typical choices).
 */
export function generateRequests(catalog: Catalog, count: number, seed = 1, policyStart = "2026-12-01"): TQuoteRequestInput[] {
  const rnd = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  const chance = (p: number) => rnd() < p;
  // Models without a list price cannot be given a realistic price: they are left out.
  const models = [...catalog.models.values()].filter((m) => m.listPrice !== undefined);
  const regions = [...catalog.regions.keys()];
  const policyYear = Number(policyStart.slice(0, 4));
  const out: TQuoteRequestInput[] = [];
  for (let i = 0; i < count; i += 1) {
    const model = pick(models);
    const age = Math.floor(rnd() * 10);
    const depreciation = 1 - Math.min(age * 0.08, 0.6);
    const price = Math.round((Number(model.listPrice) * depreciation * (0.9 + rnd() * 0.3)) / 1000) * 1000;
    const unlimited = chance(0.05);
    const driverCount = unlimited ? 0 : 1 + Math.floor(rnd() * rnd() * 4);
    const drivers = Array.from({ length: driverCount }, () => {
      const driverAge = 18 + Math.floor(rnd() * 55);
      return {
        age: driverAge,
        experienceYears: Math.floor(rnd() * (driverAge - 18 + 1)),
        ...(chance(0.7) ? { sex: pick(["male", "female"] as const) } : {}),
        ...(chance(0.5) ? { married: chance(0.6) } : {}),
        ...(chance(0.4) ? { hasChildren: chance(0.5) } : {}),
      };
    });
    const franchiseKind = rnd();
    out.push({
      policyStart,
      region: chance(0.3) ? pick(["77", "78", "50", "16", "66", "54", "38"]) : pick(regions),
      vehicle: {
        modelId: model.id,
        year: policyYear - age,
        price,
        ...(chance(0.2) ? { powerHp: Math.max(60, model.defaultPowerHp + Math.round((rnd() - 0.5) * 80)) } : {}),
        antiTheft: pick(ANTI_THEFT),
        parking: pick(PARKING),
        credit: chance(0.25),
      },
      drivers,
      unlimitedDrivers: unlimited,
      bonusMalusClass: pick(BONUS_MALUS_CLASSES),
      coverage: chance(0.85) ? "full" : pick(["damage", "theft"] as const),
      franchise:
        franchiseKind < 0.5 ? { type: "none" }
        : franchiseKind < 0.8 ? { type: "fixed", amount: pick([10000, 15000, 20000, 30000, 50000, 100000]) }
        : franchiseKind < 0.9 ? { type: "percent", percent: pick([0.5, 1, 2, 3, 5]) }
        : { type: "fromSecondClaim", amount: pick([15000, 30000]) },
      repair: age <= 3 && chance(0.6) ? "dealer" : pick(REPAIR_OPTIONS),
      wearDeduction: chance(age > 6 ? 0.7 : 0.1),
      sumInsuredType: chance(0.3) ? "aggregate" : "non-aggregate",
      installments: pick([1, 1, 1, 2, 4] as const),
      switchingFromInsurer: chance(0.3),
      telematics: chance(0.1),
    });
  }
  return out;
}
