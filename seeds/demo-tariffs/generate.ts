/**
 * Writes the demonstration rate books in data/rate-books/ from the figures of the source
 * article (the 2019 table and the worked example) plus the assumptions listed below.
 * It was run once to create those files; the JSON files are the source of truth from then
 * on (editors change them, not this script). Rerun only to rebuild the demonstration set:
 *   npx tsx seeds/demo-tariffs/generate.ts
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Decimal } from "@/lib/rating/decimal";
import { ZRateBook } from "@/lib/rating/rate-book-schema";
import type { TRateBookV1Input as TRateBookInput } from "@/lib/rating/rate-book-schema-v1";
import { INSURERS, TABLE_2019, type InsurerProfile } from "./profiles";

const pct = (p: string | Decimal) => new Decimal(p).div(100).toString();
const L = (ru: string, en: string) => ({ ru, en });

const BIG_CITY_REGIONS = ["02", "16", "23", "24", "34", "36", "52", "54", "55", "59", "61", "63", "66", "74"];
const AGE_BANDS: [number, number | undefined, string][] = [
  [18, 22, "young"], [22, 25, "a22"], [25, 30, "a25"], [30, 35, "a30"], [35, 60, "a35"], [60, 65, "a60"], [65, undefined, "a65"],
];
const EXP_BANDS: [number, number | undefined, string][] = [
  [0, 2, "e0"], [2, 3, "e2"], [3, 5, "e3"], [5, 10, "e5"], [10, undefined, "e10"],
];
const BONUS_MALUS: [string, string][] = [
  ["M", "1.6"], ["0", "1.45"], ["1", "1.3"], ["2", "1.15"], ["3", "1"], ["4", "0.96"], ["5", "0.93"], ["6", "0.9"],
  ["7", "0.87"], ["8", "0.85"], ["9", "0.83"], ["10", "0.81"], ["11", "0.79"], ["12", "0.77"], ["13", "0.75"],
];
const range = (gte?: number, lt?: number) => ({ ...(gte !== undefined ? { gte } : {}), ...(lt !== undefined ? { lt } : {}) });

function splitRate(totalPercent: string, theftShare: string) {
  const theft = new Decimal(totalPercent).times(theftShare).toDecimalPlaces(2);
  return { damage: pct(new Decimal(totalPercent).minus(theft)), theft: pct(theft) };
}

function buildBook(p: InsurerProfile, effectiveFrom: string, indexation = "1"): TRateBookInput {
  const damageByModel: Record<string, string> = {};
  const theftByModel: Record<string, string> = {};
  const provenance: Record<string, string> = {};
  const idx = new Decimal(indexation);
  for (const [model, total] of Object.entries(p.modelRates)) {
    const split = p.modelSplits?.[model] ?? splitRate(total, p.theftShare);
    damageByModel[model] = new Decimal(split.damage).times(idx).toDecimalPlaces(6).toString();
    theftByModel[model] = new Decimal(split.theft).times(idx).toDecimalPlaces(6).toString();
    const fromTable = TABLE_2019[model]?.[p.id] !== undefined;
    provenance[`components.*.byModel.${model}`] = fromTable
      ? `2019 table: ${total} % of the price in total; the damage/theft split (${p.theftShare} theft) is a demonstration assumption${indexation === "1" ? "" : `; indexed ×${indexation}`}`
      : p.modelNotes?.[model] ?? `demonstration value, ${total} % in total, chosen near the insurer's level in the 2019 table`;
  }
  const level = new Decimal(p.level);
  const classRates: [string, string][] = [["small", "7"], ["compact", "6.5"], ["midsize", "6"], ["executive", "5.5"], ["crossover", "6"], ["suv", "5"], ["van", "5.5"]];
  const theftGroups: [number, string][] = [[1, "0.5"], [2, "0.9"], [3, "1.4"], [4, "2"]];
  provenance["components.*.fallback"] = "demonstration: class and theft-group rates scaled by the insurer's average level in the 2019 table";

  const driverRows = [];
  for (const [ag, al, aKey] of AGE_BANDS) {
    for (const [eg, el, eKey] of EXP_BANDS) {
      const value = new Decimal(p.age[aKey] ?? "1").times(p.exp[eKey] ?? "1");
      driverRows.push({ when: { "driver.age": range(ag, al), "driver.experienceYears": range(eg, el) }, value: value.toString() });
    }
  }
  provenance["factors.driver-age-experience"] = "demonstration: age × experience grid; 1 for the reference driver (40 years, 20 years' experience); the 18–21 / under-2-years cell puts a young driver at 2–2.5× the reference premium, as the article states";

  const factors: TRateBookInput["factors"] = [
    {
      id: "vehicle-age", label: L("Возраст автомобиля (Кв)", "Vehicle age (Kv)"), appliesTo: ["damage", "theft"], operation: "multiply", keys: ["vehicle.ageYears"],
      rows: [
        { when: { "vehicle.ageYears": 0 }, value: "1" },
        { when: { "vehicle.ageYears": 1 }, value: p.vehicleAge[1]! },
        { when: { "vehicle.ageYears": 2 }, value: p.vehicleAge[2]! },
        { when: { "vehicle.ageYears": range(3, 5) }, value: p.vehicleAge[3]! },
        { when: { "vehicle.ageYears": range(5, 8) }, value: p.vehicleAge[5]! },
        { when: { "vehicle.ageYears": range(8, p.maxVehicleAge + 1) }, value: p.vehicleAge[8]! },
      ],
    },
    {
      id: "driver-age-experience", label: L("Возраст и стаж водителя (Кс)", "Driver age and experience (Ks)"), appliesTo: ["damage"], operation: "multiply",
      keys: ["driver.age", "driver.experienceYears"], rows: driverRows,
    },
    ...(p.sexFactor
      ? [{ id: "driver-sex", label: L("Пол водителя", "Driver's sex"), appliesTo: ["damage" as const], operation: "multiply" as const, keys: ["driver.sex" as const],
          rows: [{ when: { "driver.sex": "male" }, value: "1" }, { when: { "driver.sex": "female" }, value: p.sexFactor }] }]
      : []),
    ...(p.unmarriedFactor
      ? [{ id: "driver-marital-status", label: L("Семейное положение водителя", "Driver's marital status"), appliesTo: ["damage" as const], operation: "multiply" as const, keys: ["driver.married" as const],
          rows: [{ when: { "driver.married": true }, value: "1" }, { when: { "driver.married": false }, value: p.unmarriedFactor }] }]
      : []),
    ...(p.childlessFactor
      ? [{ id: "driver-children", label: L("Дети у водителя", "Driver has children"), appliesTo: ["damage" as const], operation: "multiply" as const, keys: ["driver.hasChildren" as const],
          rows: [{ when: { "driver.hasChildren": true }, value: "1" }, { when: { "driver.hasChildren": false }, value: p.childlessFactor }] }]
      : []),
    {
      id: "unlimited-drivers", label: L("Без ограничения списка водителей", "Unlimited drivers"), appliesTo: ["damage"], operation: "multiply", keys: ["unlimitedDrivers"],
      rows: [{ when: { unlimitedDrivers: false }, value: "1" }, { when: { unlimitedDrivers: true }, value: p.unlimitedDrivers ?? "1" }],
    },
    {
      id: "bonus-malus", label: L("Класс бонус-малус", "Bonus-malus class"), appliesTo: ["damage"], operation: "multiply", keys: ["bonusMalusClass"],
      rows: BONUS_MALUS.map(([cls, v]) => ({ when: { bonusMalusClass: cls }, value: new Decimal(v).minus(1).times(p.bonusMalusStrength).plus(1).toDecimalPlaces(4).toString() })),
    },
    {
      id: "engine-power", label: L("Мощность двигателя", "Engine power"), appliesTo: ["damage"], operation: "multiply", keys: ["vehicle.powerHp"],
      rows: [
        { when: { "vehicle.powerHp": range(undefined, 200) }, value: "1" },
        { when: { "vehicle.powerHp": range(200, 250) }, value: p.power[0]! },
        { when: { "vehicle.powerHp": range(250, 300) }, value: p.power[1]! },
        { when: { "vehicle.powerHp": range(300) }, value: p.power[2]! },
      ],
    },
    {
      id: "sum-insured-band", label: L("Стоимость автомобиля", "Car value band"), appliesTo: ["damage", "theft"], operation: "multiply", keys: ["vehicle.price"],
      rows: [
        { when: { "vehicle.price": range(undefined, 400000) }, value: "1.1" },
        { when: { "vehicle.price": range(400000, 1500000) }, value: "1" },
        { when: { "vehicle.price": range(1500000, 3000000) }, value: "0.95" },
        { when: { "vehicle.price": range(3000000) }, value: "0.9" },
      ],
    },
    {
      id: "region", label: L("Регион", "Region"), appliesTo: ["damage", "theft"], operation: "multiply", keys: ["region"],
      rows: [
        { when: { region: "77" }, value: p.region.moscow },
        { when: { region: "78" }, value: p.region.spb },
        { when: { region: "50" }, value: p.region.moscowOblast },
        { when: { region: BIG_CITY_REGIONS }, value: p.region.bigCity },
      ],
      default: "1",
    },
    {
      id: "anti-theft", label: L("Противоугонная система (Ко)", "Anti-theft system (Ko)"), appliesTo: ["theft"], operation: "multiply", keys: ["vehicle.antiTheft"],
      rows: [{ when: { "vehicle.antiTheft": "none" }, value: p.antiTheft.none }, { when: { "vehicle.antiTheft": "standard" }, value: "1" }, { when: { "vehicle.antiTheft": "satellite" }, value: p.antiTheft.satellite }],
    },
    {
      id: "parking", label: L("Хранение ночью", "Overnight parking"), appliesTo: ["theft"], operation: "multiply", keys: ["vehicle.parking"],
      rows: [{ when: { "vehicle.parking": "street" }, value: "1" }, { when: { "vehicle.parking": "guarded" }, value: p.parking.guarded }, { when: { "vehicle.parking": "garage" }, value: p.parking.garage }],
    },
    p.creditLoading
      ? { id: "credit", label: L("Автокредит: надбавка к тарифу", "Car loan: tariff loading"), appliesTo: ["damage"], operation: "add", keys: ["vehicle.credit"],
          rows: [{ when: { "vehicle.credit": true }, value: pct(p.creditLoading) }, { when: { "vehicle.credit": false }, value: "0" }] }
      : { id: "credit", label: L("Автокредит", "Bought on credit"), appliesTo: ["damage", "theft"], operation: "multiply", keys: ["vehicle.credit"],
          rows: [{ when: { "vehicle.credit": true }, value: p.creditFactor }, { when: { "vehicle.credit": false }, value: "1" }] },
    {
      id: "franchise", label: L("Франшиза (Кф)", "Franchise (Kf)"), appliesTo: ["damage"], operation: "multiply", keys: ["franchise.type", "franchise.amount", "franchise.percent"],
      rows: [
        { when: { "franchise.type": "none" }, value: "1" },
        ...p.franchise.fixed.map(([gte, v], i, all) => ({ when: { "franchise.type": "fixed", "franchise.amount": range(gte, all[i + 1]?.[0]) }, value: v })),
        ...p.franchise.percent.map(([gte, v], i, all) => ({ when: { "franchise.type": "percent", "franchise.percent": range(gte, all[i + 1]?.[0]) }, value: v })),
        ...p.franchise.fromSecondClaim.map(([gte, v], i, all) => ({ when: { "franchise.type": "fromSecondClaim", "franchise.amount": range(gte, all[i + 1]?.[0]) }, value: v })),
      ],
    },
    {
      id: "repair", label: L("Вариант ремонта", "Repair option"), appliesTo: ["damage"], operation: "multiply", keys: ["repair"],
      rows: Object.entries(p.repair).map(([option, v]) => ({ when: { repair: option }, value: v })),
    },
    {
      id: "wear-deduction", label: L("Выплата с учётом износа", "Payout less wear"), appliesTo: ["damage"], operation: "multiply", keys: ["wearDeduction"],
      rows: [{ when: { wearDeduction: false }, value: "1" }, { when: { wearDeduction: true }, value: p.wearDeduction }],
    },
    {
      id: "sum-insured-type", label: L("Агрегатная страховая сумма", "Aggregate sum insured"), appliesTo: ["damage", "theft"], operation: "multiply", keys: ["sumInsuredType"],
      rows: [{ when: { sumInsuredType: "non-aggregate" }, value: "1" }, { when: { sumInsuredType: "aggregate" }, value: p.aggregate }],
    },
    {
      id: "installments", label: L("Оплата в рассрочку (Кр)", "Payment in instalments (Kr)"), appliesTo: ["damage", "theft"], operation: "multiply", keys: ["installments"],
      rows: [{ when: { installments: 1 }, value: "1" }, { when: { installments: 2 }, value: p.installments[2] }, { when: { installments: 4 }, value: p.installments[4] }],
    },
  ];

  if (p.agentDiscount) {
    provenance.agentDiscount = `demonstration: an assumed cap on the agent's discount from commission (${p.agentDiscount.maxPercent} % of the premium${p.agentDiscount.singlePaymentOnly ? ", single payment only" : ""}); the source article only says such discounts exist`;
  }

  return {
    schemaVersion: 1,
    id: `${p.id}-${effectiveFrom}`,
    insurer: { id: p.id, name: p.name },
    effectiveFrom,
    currency: "RUB",
    provenance: {
      demonstration: true,
      summary: `Demonstration tariff built to reproduce the published 2019 figures${indexation === "1" ? "" : `, indexed ×${indexation} for a later edition`}; not the insurer's real tariff.`,
      values: provenance,
    },
    components: {
      damage: {
        label: L("Ущерб: базовый тариф (Бт)", "Damage: base rate (Bt)"),
        byModel: damageByModel,
        fallback: { keys: ["vehicle.class"], rows: classRates.map(([cls, r]) => ({ when: { "vehicle.class": cls }, value: pct(new Decimal(r).times(level).times(idx).toDecimalPlaces(2)) })) },
      },
      theft: {
        label: L("Угон: базовый тариф (Кх)", "Theft: base rate (Kh)"),
        byModel: theftByModel,
        fallback: { keys: ["vehicle.theftRiskGroup"], rows: theftGroups.map(([g, r]) => ({ when: { "vehicle.theftRiskGroup": g }, value: pct(new Decimal(r).times(level).times(idx).toDecimalPlaces(2)) })) },
      },
    },
    factors,
    eligibility: { ...p.eligibility, maxVehicleAgeYears: p.maxVehicleAge },
    discounts: {
      maxTotalPercent: "30",
      items: [
        { id: "switching", label: L("Переход от другого страховщика", "Switching from another insurer"), when: { switchingFromInsurer: true }, percent: p.discounts.switching },
        ...(p.discounts.telematics ? [{ id: "telematics", label: L("Телематика", "Telematics"), when: { telematics: true }, percent: p.discounts.telematics }] : []),
      ],
    },
    ...(p.agentDiscount ? { agentDiscount: p.agentDiscount } : {}),
    minimumPremium: p.minimumPremium,
    rounding: p.rounding,
    notes: p.notes,
  };
}

const outDir = join(process.cwd(), "data", "rate-books");
for (const profile of INSURERS) {
  const editions: [string, string][] = [["2019-01-01", "1"], ...(profile.laterEditions ?? [])];
  for (const [date, indexation] of editions) {
    const json = buildBook(profile, date, indexation);
    ZRateBook.parse(json);
    mkdirSync(join(outDir, profile.id), { recursive: true });
    writeFileSync(join(outDir, profile.id, `${date}.json`), `${JSON.stringify(json, null, 2)}\n`);
  }
}
console.log(`wrote ${INSURERS.length} insurers to ${outDir}`);
