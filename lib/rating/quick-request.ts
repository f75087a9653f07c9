/**
 * A quicker way through the quote request schema for requests in its plain shapes: a decoded JSON
 * value that is an object of the schema's fields only, every value one the schema takes as it is
 * (numbers, booleans, codes, dates, add-ons by their codes, a programme by level), checked field
 * by field and built in the schema's output shape (defaults filled in, amounts as decimal texts,
 * keys in the schema's order). Anything else — every invalid request and the rarer valid shapes
 * (amounts as texts, add-ons with options, programmes by insurer, no policy start) — gives
 * undefined, for the schema itself to judge, so rejections and their messages are always the
 * schema's. For validating many lines (the impact analysis's portfolio files);
 * tests/property/quick-request.property.test.ts shows it takes only what the schema accepts, with
 * the same result. docs/decisions/0030-impact-premium-only.md. Its bounds and patterns are the
 * schema's own (REQUEST_LIMITS, ID_PATTERN in options.ts), read from one place.
 */
import type { Catalog } from "@/lib/catalog";
import { Decimal } from "./decimal";
import { ADD_ON_IDS, ANTI_THEFT, BONUS_MALUS_CLASSES, COVERAGES, MAX_ALLOWED_DRIVERS, PARKING, POLICY_TERM_MONTHS, PROGRAMME_LEVELS, REPAIR_OPTIONS, REQUEST_LIMITS, SEXES, SUM_INSURED_TYPES } from "./options";
import { ID_PATTERN, MONEY_PATTERN, SCHEMA_LIMITS } from "./schema-limits";
import { ZFranchisePercent, ZIsoDate, type TAddOnChoice, type TDriver, type TFranchise, type TQuoteRequest } from "./request-schema";

type Json = Record<string, unknown>;

const REQUEST_KEYS = new Set(["policyStart", "region", "vehicle", "drivers", "unlimitedDrivers", "allowedDrivers", "bonusMalusClass", "coverage", "franchise", "repair", "wearDeduction", "sumInsuredType", "installments", "policyTermMonths", "program", "addOns", "switchingFromInsurer", "telematics"]);
const VEHICLE_KEYS = new Set(["modelId", "year", "price", "powerHp", "antiTheft", "parking", "credit", "creditor", "isNew", "registeredOn"]);
const DRIVER_KEYS = new Set(["age", "experienceYears", "sex", "married", "hasChildren"]);
const ANTI_THEFT_SET = new Set<unknown>(ANTI_THEFT);
const PARKING_SET = new Set<unknown>(PARKING);
const SEX_SET = new Set<unknown>(SEXES);
const BONUS_MALUS_SET = new Set<unknown>(BONUS_MALUS_CLASSES);
const COVERAGE_SET = new Set<unknown>(COVERAGES);
const REPAIR_SET = new Set<unknown>(REPAIR_OPTIONS);
const SUM_INSURED_SET = new Set<unknown>(SUM_INSURED_TYPES);
const LEVEL_SET = new Set<unknown>(PROGRAMME_LEVELS);
const ADD_ON_SET = new Set<unknown>(ADD_ON_IDS);

/**
 * A money field's bounds (the schema's, from REQUEST_LIMITS), as decimals and as JSON numbers. A
 * whole number of rubles is checked as a number: the bounds are whole numbers a double holds
 * exactly, so a number lies between them exactly when its decimal text does, and its text is
 * already the schema's output. The upper bound has at most twelve digits, so a whole number
 * within it matches the schema's money pattern.
 */
interface MoneyBounds {
  least: Decimal;
  most: Decimal;
  leastNumber: number;
  mostNumber: number;
}

function moneyBounds(least: string, most: string): MoneyBounds {
  const [leastNumber, mostNumber] = [Number(least), Number(most)];
  for (const [text, n] of [[least, leastNumber], [most, mostNumber]] as const) {
    if (!Number.isSafeInteger(n) || String(n) !== text || n < 0 || n >= 1e12) throw new Error(`money bound ${text} is not a whole number of at most twelve digits`);
  }
  return { least: new Decimal(least), most: new Decimal(most), leastNumber, mostNumber };
}

const PRICE = moneyBounds(REQUEST_LIMITS.minPrice, REQUEST_LIMITS.maxPrice);
const FRANCHISE = moneyBounds(REQUEST_LIMITS.minFranchise, REQUEST_LIMITS.maxFranchise);

/** Thrown inside: not a plain valid shape (the schema decides). */
const NOT_PLAIN = Symbol("not plain");

function fail(): never {
  throw NOT_PLAIN;
}

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

function onlyKeys(value: Json, keys: ReadonlySet<string>): void {
  for (const key in value) if (!keys.has(key)) fail();
}

function int(v: unknown, min: number, max: number): number {
  if (typeof v !== "number" || !Number.isSafeInteger(v) || v < min || v > max) fail();
  return v;
}

function bool(v: unknown, byDefault: boolean): boolean {
  if (v === undefined) return byDefault;
  if (typeof v !== "boolean") fail();
  return v;
}

function oneOf<T>(v: unknown, set: ReadonlySet<unknown>, byDefault: T): T {
  if (v === undefined) return byDefault;
  if (!set.has(v)) fail();
  return v as T;
}

/** A JSON number amount as the schema's money: at most two decimals, between the bounds; its decimal text. */
function money(v: unknown, bounds: MoneyBounds): string {
  if (typeof v !== "number" || !Number.isFinite(v)) fail();
  if (Number.isInteger(v)) {
    if (v < bounds.leastNumber || v > bounds.mostNumber) fail();
    return String(v);
  }
  const text = String(v);
  if (!MONEY_PATTERN.test(text)) fail();
  const amount = new Decimal(text);
  if (amount.lt(bounds.least) || amount.gt(bounds.most)) fail();
  return amount.toFixed();
}

/** Dates seen, with the schema's verdict (a portfolio repeats a few hundred dates). */
const dates = new Map<string, boolean>();

function date(v: unknown): string {
  if (typeof v !== "string") fail();
  let ok = dates.get(v);
  if (ok === undefined) {
    ok = ZIsoDate.safeParse(v).success;
    if (dates.size >= 10_000) dates.clear();
    dates.set(v, ok);
  }
  if (!ok) fail();
  return v;
}

/** Percents seen, with the schema's verdict (its own check of the percent, memoised: a portfolio repeats a few). */
const percents = new Map<number, boolean>();

function percent(v: unknown): number {
  if (typeof v !== "number") fail();
  let ok = percents.get(v);
  if (ok === undefined) {
    ok = ZFranchisePercent.safeParse(v).success;
    if (percents.size >= 10_000) percents.clear();
    percents.set(v, ok);
  }
  if (!ok) fail();
  return v;
}

function id(v: unknown): string {
  if (typeof v !== "string" || v.length > SCHEMA_LIMITS.maxIdLength || !ID_PATTERN.test(v)) fail();
  return v;
}

function driver(v: unknown): TDriver {
  if (!isObject(v)) fail();
  onlyKeys(v, DRIVER_KEYS);
  const age = int(v.age, REQUEST_LIMITS.minDriverAge, REQUEST_LIMITS.maxDriverAge);
  const experienceYears = int(v.experienceYears, 0, REQUEST_LIMITS.maxDriverAge - REQUEST_LIMITS.earliestLicenceAge);
  if (experienceYears > age - REQUEST_LIMITS.earliestLicenceAge) fail();
  const out: TDriver = { age, experienceYears };
  if (v.sex !== undefined) out.sex = oneOf(v.sex, SEX_SET, undefined);
  if (v.married !== undefined) out.married = bool(v.married, false);
  if (v.hasChildren !== undefined) out.hasChildren = bool(v.hasChildren, false);
  return out;
}

function franchise(v: unknown): TFranchise {
  if (v === undefined) return { type: "none" };
  if (!isObject(v)) fail();
  if (v.type === "none") {
    onlyKeys(v, NONE_KEYS);
    return { type: "none" };
  }
  if (v.type === "percent") {
    onlyKeys(v, PERCENT_KEYS);
    return { type: "percent", percent: percent(v.percent) };
  }
  if (v.type !== "fixed" && v.type !== "fromSecondClaim") fail();
  onlyKeys(v, AMOUNT_KEYS);
  return { type: v.type, amount: money(v.amount, FRANCHISE) };
}

const NONE_KEYS = new Set(["type"]);
const AMOUNT_KEYS = new Set(["type", "amount"]);
const PERCENT_KEYS = new Set(["type", "percent"]);
const PROGRAM_KEYS = new Set(["level"]);

function program(v: unknown): TQuoteRequest["program"] {
  if (v === undefined) return {};
  if (!isObject(v)) fail();
  onlyKeys(v, PROGRAM_KEYS);
  return v.level === undefined ? {} : { level: oneOf(v.level, LEVEL_SET, undefined) };
}

function addOns(v: unknown): TAddOnChoice[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.length > ADD_ON_IDS.length) fail();
  const out: TAddOnChoice[] = [];
  for (let i = 0; i < v.length; i += 1) {
    const code = v[i] as unknown;
    if (!ADD_ON_SET.has(code) || v.indexOf(code) !== i) fail();
    out.push({ id: code as TAddOnChoice["id"] });
  }
  return out;
}

// Objects are built field by field in the schema's key order, an optional field only when given
// (the schema leaves an absent one out): never a `delete`, which would leave them slow to read.

function vehicleOf(v: Json, catalog: Catalog): TQuoteRequest["vehicle"] {
  onlyKeys(v, VEHICLE_KEYS);
  if (typeof v.modelId !== "string" || !catalog.models.has(v.modelId)) fail();
  const vehicle = { modelId: v.modelId, year: int(v.year, REQUEST_LIMITS.minYear, REQUEST_LIMITS.maxYear), price: money(v.price, PRICE) } as TQuoteRequest["vehicle"];
  if (v.powerHp !== undefined) vehicle.powerHp = int(v.powerHp, REQUEST_LIMITS.minPowerHp, REQUEST_LIMITS.maxPowerHp);
  vehicle.antiTheft = oneOf(v.antiTheft, ANTI_THEFT_SET, "standard");
  vehicle.parking = oneOf(v.parking, PARKING_SET, "street");
  vehicle.credit = bool(v.credit, false);
  if (v.creditor !== undefined) vehicle.creditor = id(v.creditor);
  vehicle.isNew = bool(v.isNew, false);
  if (v.registeredOn !== undefined) vehicle.registeredOn = date(v.registeredOn);
  return vehicle;
}

/** Whether a money text (the schema's output) is at least another: as numbers when both are whole (exact below 2^53), else as decimals. */
function moneyAtLeast(a: string, b: string): boolean {
  const [x, y] = [Number(a), Number(b)];
  if (Number.isSafeInteger(x) && Number.isSafeInteger(y) && !a.includes(".") && !b.includes(".")) return x >= y;
  return new Decimal(a).gte(b);
}

function build(raw: unknown, catalog: Catalog): TQuoteRequest {
  if (!isObject(raw)) fail();
  onlyKeys(raw, REQUEST_KEYS);
  const policyStart = date(raw.policyStart);
  const region = raw.region;
  if (typeof region !== "string" || !catalog.regions.has(region)) fail();
  if (!isObject(raw.vehicle)) fail();
  const vehicle = vehicleOf(raw.vehicle, catalog);
  if (raw.drivers !== undefined && (!Array.isArray(raw.drivers) || raw.drivers.length > REQUEST_LIMITS.maxNamedDrivers)) fail();
  const drivers = raw.drivers === undefined ? [] : (raw.drivers as unknown[]).map(driver);
  const unlimitedDrivers = bool(raw.unlimitedDrivers, false);
  const request = { policyStart, region, vehicle, drivers, unlimitedDrivers } as TQuoteRequest;
  const allowedDrivers = raw.allowedDrivers === undefined ? undefined : int(raw.allowedDrivers, 1, MAX_ALLOWED_DRIVERS);
  if (allowedDrivers !== undefined) request.allowedDrivers = allowedDrivers;
  request.bonusMalusClass = oneOf(raw.bonusMalusClass, BONUS_MALUS_SET, "3");
  request.coverage = oneOf(raw.coverage, COVERAGE_SET, "full");
  request.franchise = franchise(raw.franchise);
  request.repair = oneOf(raw.repair, REPAIR_SET, "dealer");
  request.wearDeduction = bool(raw.wearDeduction, false);
  request.sumInsuredType = oneOf(raw.sumInsuredType, SUM_INSURED_SET, "non-aggregate");
  request.installments = raw.installments === undefined ? 1 : int(raw.installments, 1, SCHEMA_LIMITS.maxInstallments);
  request.policyTermMonths = raw.policyTermMonths === undefined ? POLICY_TERM_MONTHS.annual : int(raw.policyTermMonths, POLICY_TERM_MONTHS.min, POLICY_TERM_MONTHS.max);
  request.program = program(raw.program);
  request.addOns = addOns(raw.addOns);
  request.switchingFromInsurer = bool(raw.switchingFromInsurer, false);
  request.telematics = bool(raw.telematics, false);
  // The schema's checks across fields: any of them failing is for the schema to report.
  if (vehicle.year > Number(policyStart.slice(0, 4)) + 1) fail();
  if (unlimitedDrivers ? drivers.length > 0 || allowedDrivers !== undefined : drivers.length === 0) fail();
  if (allowedDrivers !== undefined && allowedDrivers < drivers.length) fail();
  if (vehicle.creditor !== undefined && !vehicle.credit) fail();
  if (vehicle.registeredOn !== undefined && (vehicle.registeredOn > policyStart || Number(vehicle.registeredOn.slice(0, 4)) < vehicle.year - 1)) fail();
  const f = request.franchise;
  if ((f.type === "fixed" || f.type === "fromSecondClaim") && moneyAtLeast(f.amount, vehicle.price)) fail();
  return request;
}

/** The validated request when `raw` (a decoded JSON value) is in one of the plain shapes and valid; else undefined (ask the schema). */
export function quickQuoteRequest(raw: unknown, catalog: Catalog): TQuoteRequest | undefined {
  try {
    return build(raw, catalog);
  } catch (error) {
    if (error === NOT_PLAIN) return undefined;
    throw error;
  }
}
