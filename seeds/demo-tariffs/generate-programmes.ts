/**
 * Writes the 2027-07-01 demonstration editions of two insurers in rate-book format version 2
 * (docs/decisions/0021-rate-book-programmes-and-add-ons.md): the 2019 edition's formula unchanged as the full programme, plus a
 * budget programme with a built-in franchise, a flat-rate mini programme, add-ons (GAP, ДСАГО by
 * region × sum × trailer, passenger accident cover, evacuation, …), short-term policies and more
 * instalment counts. Every new value is a demonstration assumption, recorded in the provenance.
 * Run once; the JSON files are the source of truth from then on:
 *   npx tsx seeds/demo-tariffs/generate-programmes.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ZRateBook, type TRateBookV1Input, type TRateBookV2Input } from "@/lib/rating/rate-book-schema";

const EFFECTIVE_FROM = "2027-07-01";
const L = (ru: string, en: string) => ({ ru, en });
const dir = join(process.cwd(), "data", "rate-books");

interface Profile {
  insurerId: string;
  /** Extra instalment counts and their coefficients (the 2019 ones stay). */
  installments: [number, string][];
  budgetFranchise: string;
  miniRate: string;
  gapRate: string;
  /** ДСАГО in Moscow, St Petersburg and their regions by sum insured (no trailer); elsewhere × 0.8, a trailer × 1.15. */
  dsago: [number, string][];
  accident: string;
  evacuation: string;
  extra: NonNullable<TRateBookV2Input["addOns"]>;
}

const PROFILES: Profile[] = [
  {
    insurerId: "ingosstrakh",
    installments: [[3, "1.04"], [6, "1.06"], [12, "1.08"]],
    budgetFranchise: "0.85",
    miniRate: "0.006",
    gapRate: "0.006",
    dsago: [[500000, "1500"], [1000000, "2400"], [1500000, "3100"], [3000000, "4900"]],
    accident: "1200",
    evacuation: "1500",
    extra: [
      { id: "commissioner", name: L("Аварийный комиссар", "Emergency commissioner"), description: L("Выезд аварийного комиссара на место ДТП", "An emergency commissioner comes to the accident"), apply: "afterRounding", price: { basis: "amount", value: "900" } },
    ],
  },
  {
    insurerId: "rosgosstrakh",
    installments: [[3, "1.05"], [6, "1.07"], [12, "1.09"]],
    budgetFranchise: "0.8",
    miniRate: "0.0055",
    gapRate: "0.0055",
    dsago: [[500000, "1400"], [1000000, "2300"], [1500000, "3000"], [3000000, "4700"]],
    accident: "1000",
    evacuation: "1300",
    extra: [
      { id: "glass", name: L("Стёкла без справок", "Glass without certificates"), description: L("Ремонт стёкол без справок из полиции, без ограничения числа случаев", "Glass repaired without police certificates, any number of times"), apply: "beforeRounding", price: { basis: "rate", value: "0.004" } },
    ],
  },
];

/** The usual short-term scale of Russian insurance rules: the share of the annual premium by months. */
const SHORT_TERMS: [number, string][] = [[1, "0.2"], [2, "0.3"], [3, "0.4"], [4, "0.5"], [5, "0.6"], [6, "0.7"], [7, "0.75"], [8, "0.8"], [9, "0.85"], [10, "0.9"], [11, "0.95"]];
const CAPITALS = ["77", "78", "50", "47"];

function edition(p: Profile): TRateBookV2Input {
  const v1 = JSON.parse(readFileSync(join(dir, p.insurerId, "2019-01-01.json"), "utf8")) as TRateBookV1Input & { rounding: { ratePercentDecimals?: number; premiumDecimals?: 0 | 2 } };
  const { schemaVersion: _v, provenance, rounding, ...rest } = v1;
  void _v;
  const factors = rest.factors.map((t) =>
    t.id === "installments" ? { ...t, rows: [...t.rows, ...p.installments.map(([n, value]) => ({ when: { installments: n }, value }))].sort((a, b) => Number(a.when.installments) - Number(b.when.installments)) } : t,
  );
  const dsagoRows = [true, false].flatMap((capital) =>
    [false, true].flatMap((trailer) =>
      p.dsago.map(([sum, value]) => {
        let amount = Number(value) * (capital ? 1 : 0.8) * (trailer ? 1.15 : 1);
        amount = Math.round(amount);
        return { when: { ...(capital ? { region: CAPITALS } : {}), "addOn.sumInsured": sum, "addOn.trailer": trailer }, value: String(amount) };
      }),
    ),
  );
  const values: Record<string, string> = {
    ...provenance.values,
    programmes: "demonstration: the 2019 formula as the full programme; a budget programme without glass, hazards and falling objects with a built-in franchise priced as a damage coefficient; a mini programme (road accidents with a known other party) as a flat rate of the sum insured",
    "programmes.budget.factors.budget-franchise": `demonstration: ${p.budgetFranchise} on damage for the built-in franchise`,
    "programmes.mini.pricing.rate": `demonstration: ${p.miniRate} of the sum insured, below the full programme's lowest rate`,
    policyTerms: "demonstration: the usual short-term scale of Russian insurance rules (1 month 20 % … 11 months 95 % of the annual premium)",
    "eligibility.installments": `demonstration: 3, 6 and 12 payments added with coefficients ${p.installments.map(([n, v]) => `${n}: ${v}`).join(", ")}`,
    "addOns.gap": `demonstration: ${p.gapRate} of the sum insured, cars up to 3 years old`,
    "addOns.dsago": "demonstration: ДСАГО premiums of the order insurers publish (about 0.15–0.3 % of the liability limit); other regions × 0.8, a trailer × 1.15",
    "addOns.accident": `demonstration: ${p.accident} RUB for the passengers' accident cover`,
    "addOns.evacuation": `demonstration: ${p.evacuation} RUB for evacuation`,
    ...Object.fromEntries(p.extra.map((a) => [`addOns.${a.id}`, `demonstration: ${a.price.value} (${a.price.basis === "rate" ? "of the sum insured" : "RUB"})`])),
  };
  const steps: TRateBookV2Input["rounding"] = {
    steps: [
      ...(rounding.ratePercentDecimals !== undefined ? [{ id: "rate-rounding", target: "ratePercent" as const, decimals: rounding.ratePercentDecimals }] : []),
      { id: "rounding", target: "premium" as const, decimals: rounding.premiumDecimals ?? 2 },
    ],
  };
  return {
    ...rest,
    schemaVersion: 2,
    id: `${p.insurerId}-${EFFECTIVE_FROM}`,
    effectiveFrom: EFFECTIVE_FROM,
    provenance: { kind: "demonstration", summary: `${provenance.summary} The ${EFFECTIVE_FROM} edition adds programmes, add-ons, short-term policies and more instalment counts, all demonstration values.`, values },
    factors,
    eligibility: { ...rest.eligibility, installments: [1, 2, 3, 4, 6, 12] as never },
    policyTerms: SHORT_TERMS.map(([months, factor]) => ({ months, factor })),
    programmes: [
      {
        id: "full",
        level: "full",
        name: L("КАСКО Полное", "Full cover"),
        description: L("Ущерб и угон: ДТП, противоправные действия, стихийные бедствия, пожар, падение предметов, стёкла, полная гибель", "Damage and theft: accidents, vandalism, natural hazards, fire, falling objects, glass, total loss"),
        risks: ["damage", "theft", "total-loss", "road-accident", "third-party-acts", "natural-hazards", "fire", "falling-objects", "glass"],
      },
      {
        id: "budget",
        level: "budget",
        name: L("КАСКО Эконом", "Budget cover"),
        description: L("Ущерб и угон без стёкол, стихийных бедствий и падения предметов; встроенная франшиза по ущербу", "Damage and theft without glass, natural hazards and falling objects; a damage franchise built in"),
        risks: ["damage", "theft", "total-loss", "road-accident", "third-party-acts", "fire"],
        factors: [{ id: "budget-franchise", label: L("Встроенная франшиза (Эконом)", "Built-in franchise (budget)"), appliesTo: ["damage"], operation: "multiply", keys: ["vehicle.class"], rows: [], default: p.budgetFranchise }],
      },
      {
        id: "mini",
        level: "mini",
        name: L("Мини-КАСКО", "Mini cover"),
        description: L("Только ДТП с установленным вторым участником; фиксированный тариф от страховой суммы", "Road accidents with a known other party only; a flat rate of the sum insured"),
        risks: ["damage", "road-accident"],
        pricing: { type: "flat", rate: p.miniRate },
        addOns: ["evacuation", "accident", "dsago"],
      },
    ],
    addOns: [
      { id: "gap", name: L("GAP", "GAP"), description: L("Возмещает разницу между страховой суммой и ценой нового автомобиля при полной гибели или угоне", "Pays the gap between the sum insured and a new car's price after a total loss or theft"), apply: "beforeRounding", price: { basis: "rate", value: p.gapRate }, eligibility: { maxVehicleAgeYears: 3 } },
      { id: "dsago", name: L("ДСАГО", "Extra liability (DSAGO)"), description: L("Ответственность перед третьими лицами сверх лимита ОСАГО", "Third-party liability above the OSAGO limit"), apply: "afterRounding", price: { basis: "amount", keys: ["region", "addOn.sumInsured", "addOn.trailer"], rows: dsagoRows } },
      { id: "accident", name: L("Несчастный случай", "Passenger accident"), description: L("Страхование водителя и пассажиров от несчастного случая", "Accident cover for the driver and passengers"), apply: "afterRounding", price: { basis: "amount", value: p.accident } },
      { id: "evacuation", name: L("Эвакуация", "Evacuation"), description: L("Эвакуатор при ДТП и поломке", "A tow truck after an accident or a breakdown"), apply: "afterRounding", price: { basis: "amount", value: p.evacuation } },
      ...p.extra,
    ],
    rounding: steps,
  };
}

for (const profile of PROFILES) {
  const json = edition(profile);
  ZRateBook.parse(json);
  mkdirSync(join(dir, profile.insurerId), { recursive: true });
  writeFileSync(join(dir, profile.insurerId, `${EFFECTIVE_FROM}.json`), `${JSON.stringify(json, null, 2)}\n`);
}
