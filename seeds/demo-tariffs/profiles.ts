/**
 * The assumptions behind each demonstration tariff. Figures marked "2019 table" and
 * "worked example" come from the source article; everything else is a demonstration
 * choice within the ranges the article gives (see seeds/README.md).
 */
import type { TRateBookV1Input as TRateBookInput } from "@/lib/rating/rate-book-schema-v1";

type Localized = { ru: string; en: string };

export interface InsurerProfile {
  id: string;
  name: Localized;
  /** Total base rate (damage + theft, % of the price) by model. */
  modelRates: Record<string, string>;
  /** Explicit damage/theft split (fractions) where the worked example fixes it. */
  modelSplits?: Record<string, { damage: string; theft: string }>;
  modelNotes?: Record<string, string>;
  theftShare: string;
  /** Average level relative to the market, for class and theft-group fallbacks. */
  level: string;
  maxVehicleAge: number;
  vehicleAge: Record<1 | 2 | 3 | 5 | 8, string>;
  age: Record<string, string>;
  exp: Record<string, string>;
  sexFactor?: string;
  unmarriedFactor?: string;
  childlessFactor?: string;
  unlimitedDrivers?: string;
  bonusMalusStrength: string;
  power: [string, string, string];
  region: { moscow: string; spb: string; moscowOblast: string; bigCity: string };
  antiTheft: { none: string; satellite: string };
  parking: { guarded: string; garage: string };
  creditFactor: string;
  creditLoading?: string;
  franchise: { fixed: [number, string][]; percent: [number, string][]; fromSecondClaim: [number, string][] };
  repair: Record<string, string>;
  wearDeduction: string;
  aggregate: string;
  installments: { 2: string; 4: string };
  discounts: { switching: string; telematics?: string };
  minimumPremium: string;
  /** The largest discount from an agent's commission (demonstration); absent: none allowed. */
  agentDiscount?: { maxPercent: string; singlePaymentOnly?: boolean };
  rounding: TRateBookInput["rounding"];
  eligibility: Omit<TRateBookInput["eligibility"], "maxVehicleAgeYears">;
  notes: Localized[];
  laterEditions?: [string, string][];
}

/** The 2019 table: % of the price, by model and insurer. */
export const TABLE_2019: Record<string, Record<string, string>> = {
  "hyundai-solaris": { renaissance: "4.38", rosgosstrakh: "9.31", liberty: "8.35", maks: "9.33", surgutneftegaz: "19.60" },
  "kia-rio": { renaissance: "4.33", rosgosstrakh: "8.93", liberty: "6.33", maks: "9.83", surgutneftegaz: "20.80" },
  "lada-granta": { renaissance: "3.25", rosgosstrakh: "7.99", liberty: "10.54", maks: "8.00", surgutneftegaz: "24.00" },
  "volkswagen-polo": { renaissance: "5.28", rosgosstrakh: "10.08", liberty: "7.98", maks: "8.35", surgutneftegaz: "18.54" },
  "renault-logan": { renaissance: "5.22", rosgosstrakh: "7.58", liberty: "9.99", maks: "11.08", surgutneftegaz: "23.65" },
  "lada-largus": { renaissance: "2.73", rosgosstrakh: "6.41", liberty: "5.45", maks: "6.71", surgutneftegaz: "14.00" },
  "toyota-camry": { renaissance: "6.10", rosgosstrakh: "10.22", liberty: "7.75", maks: "11.17", surgutneftegaz: "17.07" },
};

const tableRates = (id: string, extra: Record<string, string>) => ({
  ...Object.fromEntries(Object.entries(TABLE_2019).map(([model, byInsurer]) => [model, byInsurer[id]!])),
  ...extra,
});

const ALL_REPAIR = ["dealer", "insurer-garage", "client-garage", "insurer-calculation", "independent-appraiser"] as const;
const FIXED: [number, string][] = [[1, "0.95"], [10000, "0.9"], [20000, "0.85"], [30000, "0.8"], [50000, "0.72"], [100000, "0.65"]];
const PERCENT: [number, string][] = [[0.01, "0.9"], [1, "0.85"], [2, "0.8"], [3, "0.75"], [5, "0.68"], [10, "0.6"]];
const SECOND: [number, string][] = [[1, "0.97"], [30000, "0.93"]];
const NO_CRIMEA = (codes: string[]) => codes.filter((c) => c !== "91" && c !== "92");
export const ALL_REGIONS = [
  ...Array.from({ length: 79 }, (_, i) => String(i + 1).padStart(2, "0")),
  "83", "86", "87", "89", "91", "92",
];
const DEALER_ONLY_NEW = (years: number) => ({
  code: "dealer-repair-age-limit",
  // Repair terms only matter when damage is covered.
  when: { coverage: ["full", "damage"], repair: "dealer", "vehicle.ageYears": { gte: years + 1 } },
  reason: {
    ru: `Ремонт у официального дилера — только для автомобилей не старше ${years} лет; выберите другой вариант ремонта`,
    en: `Dealer repair is offered for cars up to ${years} years old only; choose another repair option`,
  },
});

export const INSURERS: InsurerProfile[] = [
  {
    id: "renaissance",
    name: { ru: "Ренессанс Страхование", en: "Renaissance Insurance" },
    modelRates: tableRates("renaissance", { "mazda-3": "4.07" }),
    modelSplits: { "mazda-3": { damage: "0.0313", theft: "0.008" } },
    modelNotes: { "mazda-3": "worked example: 3.13 % damage, 0.80 % theft, so that the example driver (30 years, 5 years' experience) pays ≈49 000 RUB on 1 200 000" },
    theftShare: "0.2",
    level: "0.53",
    maxVehicleAge: 10,
    vehicleAge: { 1: "1.02", 2: "1.03", 3: "1.04", 5: "1.08", 8: "1.15" },
    age: { young: "1.6", a22: "1.3", a25: "1.1", a30: "1", a35: "1", a60: "1.05", a65: "1.2" },
    exp: { e0: "1.6", e2: "1.35", e3: "1.15", e5: "1.05", e10: "1" },
    childlessFactor: "1.03",
    unlimitedDrivers: "1.85",
    bonusMalusStrength: "1",
    power: ["1.05", "1.1", "1.2"],
    region: { moscow: "1.12", spb: "1.08", moscowOblast: "1.07", bigCity: "1.04" },
    antiTheft: { none: "1.25", satellite: "0.75" },
    parking: { guarded: "0.92", garage: "0.85" },
    creditFactor: "1.05",
    franchise: { fixed: FIXED, percent: PERCENT, fromSecondClaim: SECOND },
    repair: { dealer: "1", "insurer-garage": "0.86", "client-garage": "1.05", "insurer-calculation": "0.78", "independent-appraiser": "0.84" },
    wearDeduction: "0.85",
    aggregate: "0.93",
    installments: { 2: "1.03", 4: "1.05" },
    discounts: { switching: "10", telematics: "15" },
    minimumPremium: "5000",
    agentDiscount: { maxPercent: "10" },
    rounding: { premiumDecimals: 2 },
    eligibility: {
      minDriverAge: 18, minDriverExperienceYears: 0, minPrice: "150000", maxPrice: "15000000",
      regionsServed: NO_CRIMEA(ALL_REGIONS), coverages: ["full", "damage", "theft"], repairOptions: [...ALL_REPAIR],
      franchiseTypes: ["none", "fixed", "percent", "fromSecondClaim"], installments: [1, 2, 4], unlimitedDrivers: true,
      declineWhen: [DEALER_ONLY_NEW(5)],
    },
    notes: [{ ru: "Ремонт у дилера — для автомобилей не старше 5 лет.", en: "Dealer repair for cars up to 5 years old." }],
    laterEditions: [["2027-01-01", "1.06"]],
  },
  {
    id: "rosgosstrakh",
    name: { ru: "Росгосстрах", en: "Rosgosstrakh" },
    modelRates: tableRates("rosgosstrakh", { "mazda-3": "9.50" }),
    theftShare: "0.18",
    level: "1.02",
    maxVehicleAge: 10,
    vehicleAge: { 1: "1.02", 2: "1.04", 3: "1.05", 5: "1.09", 8: "1.16" },
    age: { young: "1.55", a22: "1.3", a25: "1.12", a30: "1.04", a35: "1", a60: "1.06", a65: "1.25" },
    exp: { e0: "1.65", e2: "1.4", e3: "1.2", e5: "1.06", e10: "1" },
    unmarriedFactor: "1.05",
    unlimitedDrivers: "1.9",
    bonusMalusStrength: "0.9",
    power: ["1.04", "1.08", "1.15"],
    region: { moscow: "1.1", spb: "1.07", moscowOblast: "1.06", bigCity: "1.03" },
    antiTheft: { none: "1.2", satellite: "0.8" },
    parking: { guarded: "0.93", garage: "0.88" },
    creditFactor: "1.06",
    franchise: { fixed: FIXED, percent: PERCENT, fromSecondClaim: SECOND },
    repair: { dealer: "1", "insurer-garage": "0.85", "client-garage": "1.04", "insurer-calculation": "0.8", "independent-appraiser": "0.86" },
    wearDeduction: "0.87",
    aggregate: "0.92",
    installments: { 2: "1.04", 4: "1.06" },
    discounts: { switching: "15", telematics: "10" },
    minimumPremium: "7000",
    agentDiscount: { maxPercent: "7", singlePaymentOnly: true },
    rounding: { premiumDecimals: 2 },
    eligibility: {
      minDriverAge: 18, minDriverExperienceYears: 0, minPrice: "150000", maxPrice: "30000000",
      coverages: ["full", "damage", "theft"], repairOptions: [...ALL_REPAIR],
      franchiseTypes: ["none", "fixed", "percent", "fromSecondClaim"], installments: [1, 2, 4], unlimitedDrivers: true, declineWhen: [],
    },
    notes: [],
  },
  {
    id: "liberty",
    name: { ru: "Либерти Страхование", en: "Liberty Insurance" },
    modelRates: tableRates("liberty", { "mazda-3": "8.10" }),
    theftShare: "0.22",
    level: "0.95",
    maxVehicleAge: 8,
    vehicleAge: { 1: "1.03", 2: "1.05", 3: "1.06", 5: "1.1", 8: "1.18" },
    age: { young: "1.7", a22: "1.35", a25: "1.12", a30: "1.03", a35: "1", a60: "1.05", a65: "1.2" },
    exp: { e0: "1.55", e2: "1.3", e3: "1.15", e5: "1.05", e10: "1" },
    unmarriedFactor: "1.04",
    unlimitedDrivers: "1.8",
    bonusMalusStrength: "1.1",
    power: ["1.05", "1.12", "1.25"],
    region: { moscow: "1.13", spb: "1.09", moscowOblast: "1.07", bigCity: "1.05" },
    antiTheft: { none: "1.3", satellite: "0.7" },
    parking: { guarded: "0.9", garage: "0.85" },
    creditFactor: "1",
    creditLoading: "0.4",
    franchise: { fixed: FIXED, percent: PERCENT, fromSecondClaim: SECOND },
    repair: { dealer: "1", "insurer-garage": "0.85", "client-garage": "1.04", "insurer-calculation": "0.77", "independent-appraiser": "0.83" },
    wearDeduction: "0.85",
    aggregate: "0.94",
    installments: { 2: "1.03", 4: "1.06" },
    discounts: { switching: "20" },
    minimumPremium: "6000",
    agentDiscount: { maxPercent: "8" },
    rounding: { premiumDecimals: 2 },
    eligibility: {
      minDriverAge: 18, minDriverExperienceYears: 0, minPrice: "200000", maxPrice: "30000000",
      regionsServed: NO_CRIMEA(ALL_REGIONS), coverages: ["full", "damage", "theft"], repairOptions: [...ALL_REPAIR],
      franchiseTypes: ["none", "fixed", "percent", "fromSecondClaim"], installments: [1, 2, 4], unlimitedDrivers: true,
      declineWhen: [DEALER_ONLY_NEW(5)],
    },
    notes: [{ ru: "Для кредитных автомобилей к тарифу ущерба добавляется 0,4 % суммы.", en: "Cars bought on credit carry a loading of 0.4 % of the sum on the damage rate." }],
  },
  {
    id: "maks",
    name: { ru: "МАКС", en: "MAKS" },
    modelRates: tableRates("maks", { "mazda-3": "10.30" }),
    theftShare: "0.2",
    level: "1.08",
    maxVehicleAge: 9,
    vehicleAge: { 1: "1.01", 2: "1.02", 3: "1.035", 5: "1.07", 8: "1.12" },
    age: { young: "1.6", a22: "1.3", a25: "1.1", a30: "1.02", a35: "1", a60: "1.04", a65: "1.18" },
    exp: { e0: "1.6", e2: "1.35", e3: "1.18", e5: "1.05", e10: "1" },
    unlimitedDrivers: "1.75",
    bonusMalusStrength: "0.8",
    power: ["1.03", "1.08", "1.15"],
    region: { moscow: "1.11", spb: "1.08", moscowOblast: "1.06", bigCity: "1.04" },
    antiTheft: { none: "1.2", satellite: "0.8" },
    parking: { guarded: "0.92", garage: "0.87" },
    creditFactor: "1.05",
    franchise: { fixed: FIXED, percent: PERCENT, fromSecondClaim: SECOND },
    repair: { dealer: "1", "insurer-garage": "0.86", "insurer-calculation": "0.8", "independent-appraiser": "0.85" },
    wearDeduction: "0.86",
    aggregate: "0.93",
    installments: { 2: "1.03", 4: "1.05" },
    discounts: { switching: "10" },
    minimumPremium: "5000",
    agentDiscount: { maxPercent: "5", singlePaymentOnly: true },
    rounding: { ratePercentDecimals: 4, premiumDecimals: 2 },
    eligibility: {
      minDriverAge: 18, minDriverExperienceYears: 0, minPrice: "150000", maxPrice: "30000000",
      coverages: ["full", "damage", "theft"], repairOptions: ["dealer", "insurer-garage", "insurer-calculation", "independent-appraiser"],
      franchiseTypes: ["none", "fixed", "percent", "fromSecondClaim"], installments: [1, 2, 4], unlimitedDrivers: true,
      declineWhen: [{
        code: "wear-deduction-required",
        when: { coverage: ["full", "damage"], wearDeduction: false, "vehicle.ageYears": { gte: 7 } },
        reason: { ru: "Автомобили от 7 лет — только с выплатой с учётом износа", en: "Cars 7 years and older are insured only with payout less wear" },
      }],
    },
    notes: [{ ru: "Тариф округляется до 4 знаков (в процентах) до расчёта премии.", en: "The combined rate is rounded to 4 decimals (in percent) before the premium." }],
  },
  {
    id: "surgutneftegaz",
    name: { ru: "Сургутнефтегаз", en: "Surgutneftegaz" },
    modelRates: tableRates("surgutneftegaz", { "mazda-3": "18.00" }),
    theftShare: "0.15",
    level: "2.3",
    maxVehicleAge: 8,
    vehicleAge: { 1: "1.03", 2: "1.05", 3: "1.065", 5: "1.1", 8: "1.2" },
    age: { young: "1.55", a22: "1.3", a25: "1.1", a30: "1.03", a35: "1", a60: "1.08", a65: "1.25" },
    exp: { e0: "1.6", e2: "1.35", e3: "1.2", e5: "1.08", e10: "1" },
    bonusMalusStrength: "0.7",
    power: ["1.05", "1.1", "1.2"],
    region: { moscow: "1.08", spb: "1.06", moscowOblast: "1.05", bigCity: "1.03" },
    antiTheft: { none: "1.3", satellite: "0.75" },
    parking: { guarded: "0.9", garage: "0.85" },
    creditFactor: "1.07",
    franchise: { fixed: FIXED, percent: PERCENT, fromSecondClaim: SECOND },
    repair: { dealer: "1", "insurer-garage": "0.88", "client-garage": "1.07", "insurer-calculation": "0.82" },
    wearDeduction: "0.88",
    aggregate: "0.94",
    installments: { 2: "1.04", 4: "1.06" },
    discounts: { switching: "5" },
    minimumPremium: "10000",
    rounding: { premiumDecimals: 2 },
    eligibility: {
      minDriverAge: 18, maxDriverAge: 75, minDriverExperienceYears: 0, minPrice: "150000", maxPrice: "8000000",
      coverages: ["full", "damage"], repairOptions: ["dealer", "insurer-garage", "client-garage", "insurer-calculation"],
      franchiseTypes: ["none", "fixed", "percent"], installments: [1, 2], unlimitedDrivers: false, declineWhen: [],
    },
    notes: [{ ru: "Рассрочка — не более чем на 2 платежа.", en: "At most 2 instalments." }],
  },
  {
    id: "ingosstrakh",
    name: { ru: "Ингосстрах", en: "Ingosstrakh" },
    modelRates: {
      "hyundai-solaris": "8.90", "kia-rio": "8.60", "lada-granta": "9.50", "volkswagen-polo": "8.80",
      "renault-logan": "10.20", "lada-largus": "7.10", "toyota-camry": "9.40", "mazda-3": "8.94",
    },
    modelSplits: { "mazda-3": { damage: "0.0719", theft: "0.0175" } },
    modelNotes: { "mazda-3": "worked example: 7.19 % damage, 1.75 % theft, so that the example driver (30 years, 5 years' experience) pays ≈118 000 RUB on 1 200 000" },
    theftShare: "0.18",
    level: "1.05",
    maxVehicleAge: 10,
    vehicleAge: { 1: "1.02", 2: "1.04", 3: "1.05", 5: "1.08", 8: "1.14" },
    age: { young: "1.6", a22: "1.32", a25: "1.12", a30: "1.05", a35: "1", a60: "1.05", a65: "1.2" },
    exp: { e0: "1.6", e2: "1.38", e3: "1.18", e5: "1.07", e10: "1" },
    sexFactor: "0.93",
    unmarriedFactor: "1.05",
    unlimitedDrivers: "1.9",
    bonusMalusStrength: "1.1",
    power: ["1.04", "1.1", "1.18"],
    region: { moscow: "1.12", spb: "1.09", moscowOblast: "1.07", bigCity: "1.05" },
    antiTheft: { none: "1.25", satellite: "0.75" },
    parking: { guarded: "0.92", garage: "0.85" },
    creditFactor: "1",
    creditLoading: "0.5",
    franchise: { fixed: FIXED, percent: PERCENT, fromSecondClaim: SECOND },
    repair: { dealer: "1", "insurer-garage": "0.85", "client-garage": "1.04", "insurer-calculation": "0.78", "independent-appraiser": "0.84" },
    wearDeduction: "0.85",
    aggregate: "0.92",
    installments: { 2: "1.03", 4: "1.05" },
    discounts: { switching: "30", telematics: "10" },
    minimumPremium: "15000",
    agentDiscount: { maxPercent: "12" },
    rounding: { premiumDecimals: 0 },
    eligibility: {
      minDriverAge: 18, minDriverExperienceYears: 1, minPrice: "300000", maxPrice: "50000000",
      regionsServed: NO_CRIMEA(ALL_REGIONS), coverages: ["full", "damage", "theft"], repairOptions: [...ALL_REPAIR],
      franchiseTypes: ["none", "fixed", "percent", "fromSecondClaim"], installments: [1, 2, 4], unlimitedDrivers: true, declineWhen: [],
    },
    notes: [
      { ru: "Премия округляется до целых рублей.", en: "The premium is rounded to whole rubles." },
      { ru: "Женщинам-водителям — понижающий коэффициент 0,93.", en: "Female drivers get a 0.93 coefficient." },
    ],
  },
];
