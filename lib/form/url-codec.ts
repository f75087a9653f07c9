import { ADD_ON_IDS, ANTI_THEFT, COVERAGES, PARKING, PROGRAMME_LEVELS, REPAIR_OPTIONS, REQUEST_LIMITS, type TAddOnId } from "@/lib/rating/options";
import type { TDriver, TQuoteRequest } from "@/lib/rating/request-schema";
import { normalizeAmount } from "./amount";
import { DEFAULT_FORM, FRANCHISE_KINDS, INSTALLMENT_CHOICES, TERM_CHOICES, type DriverFields, type FormState, type Tri } from "./form-state";

/**
 * The one mapping between the calculator's URL and its form (and a validated request back to
 * both): every page, action and link that reads or writes a calculation's query goes through
 * here. The form state in the URL: short keys, only what differs from the defaults, so a
 * calculation is a readable link. Drivers are one `d` parameter each:
 * age_experience_sex_married_children, with sex m/f and the others y/n, "x" for "not said"
 * (trailing x's dropped). Safe in the browser (no catalog data, no schema).
 */
export type Params = Record<string, string | string[] | undefined>;

const oneOf = <T extends string>(options: readonly T[], value: string | undefined, fallback: T): T =>
  value !== undefined && (options as readonly string[]).includes(value) ? (value as T) : fallback;

/** No field of the form is longer than this; longer values are cut (and then fail validation). */
export const MAX_PARAM_LENGTH = 64;
/** One driver more than a request may name, so that the page still says "at most 5" — and no more. */
export const MAX_URL_DRIVERS = REQUEST_LIMITS.maxNamedDrivers + 1;

/** The parameters the form uses; any others in a link are ignored. */
export const FORM_PARAMS = ["model", "year", "price", "power", "region", "alarm", "parking", "credit", "unlimited", "d", "bm", "cover", "fr", "fra", "frp", "repair", "wear", "agg", "pay", "start", "switch", "tele", "new", "reg", "bank", "nd", "prog", "ao", "dsum", "dtr", "term"] as const;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.slice(0, MAX_PARAM_LENGTH);
const all = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).slice(0, MAX_URL_DRIVERS).map((s) => s.slice(0, MAX_PARAM_LENGTH));

/**
 * A link's query reduced to what the form reads: its own parameters only, each value at most
 * MAX_PARAM_LENGTH characters, at most MAX_URL_DRIVERS drivers. A page echoes this, never the
 * raw query, so a long link cannot make a long page.
 */
export function formQuery(params: Params): string {
  const q = new URLSearchParams();
  for (const key of FORM_PARAMS) {
    const values = key === "d" ? all(params.d) : [first(params[key])].filter((v): v is string => v !== undefined);
    for (const v of values) q.append(key, v);
  }
  return q.toString();
}
const flag = (v: string | string[] | undefined) => first(v) === "1";

const triToCode = (t: Tri) => (t === "yes" ? "y" : t === "no" ? "n" : "x");
const codeToTri = (c: string | undefined): Tri => (c === "y" ? "yes" : c === "n" ? "no" : "");

export function encodeDriver(d: DriverFields): string {
  const parts = [d.age.trim(), d.experience.trim(), d.sex === "male" ? "m" : d.sex === "female" ? "f" : "x", triToCode(d.married), triToCode(d.children)];
  while (parts.length > 2 && parts[parts.length - 1] === "x") parts.pop();
  return parts.join("_");
}

export function decodeDriver(text: string): DriverFields {
  const [age = "", experience = "", sex, married, children] = text.split("_");
  return { age, experience, sex: sex === "m" ? "male" : sex === "f" ? "female" : "", married: codeToTri(married), children: codeToTri(children) };
}

/** Whether the URL carries a calculation at all (then the page prices it, and names what is missing). */
export function hasCalculation(params: Params): boolean {
  return ["model", "year", "price", "region", "d", "unlimited"].some((key) => first(params[key]) !== undefined);
}

/** `ao=gap.dsago`: the chosen add-ons, known codes only, each once, in the order of ADD_ON_IDS. */
function decodeAddOns(text: string | undefined): TAddOnId[] {
  const asked = new Set((text ?? "").split("."));
  return ADD_ON_IDS.filter((id) => asked.has(id));
}

export function decodeForm(params: Params): FormState {
  const drivers = all(params.d).map(decodeDriver);
  const unlimited = flag(params.unlimited);
  return {
    model: first(params.model) ?? "",
    year: first(params.year) ?? "",
    price: first(params.price) ?? "",
    power: first(params.power) ?? "",
    antiTheft: oneOf(ANTI_THEFT, first(params.alarm), DEFAULT_FORM.antiTheft),
    parking: oneOf(PARKING, first(params.parking), DEFAULT_FORM.parking),
    credit: flag(params.credit),
    region: first(params.region) ?? "",
    drivers: drivers.length > 0 || unlimited ? drivers : DEFAULT_FORM.drivers,
    unlimited,
    bonusMalus: first(params.bm) ?? DEFAULT_FORM.bonusMalus,
    coverage: oneOf(COVERAGES, first(params.cover), DEFAULT_FORM.coverage),
    franchise: oneOf(FRANCHISE_KINDS, first(params.fr), DEFAULT_FORM.franchise),
    franchiseAmount: first(params.fra) ?? DEFAULT_FORM.franchiseAmount,
    franchisePercent: first(params.frp) ?? DEFAULT_FORM.franchisePercent,
    repair: oneOf(REPAIR_OPTIONS, first(params.repair), DEFAULT_FORM.repair),
    wear: flag(params.wear),
    aggregate: flag(params.agg),
    installments: oneOf(INSTALLMENT_CHOICES, first(params.pay), DEFAULT_FORM.installments),
    start: first(params.start) ?? "",
    switching: flag(params.switch),
    telematics: flag(params.tele),
    isNew: flag(params.new),
    registeredOn: first(params.reg) ?? "",
    creditor: first(params.bank) ?? "",
    allowedDrivers: first(params.nd) ?? "",
    programme: oneOf(PROGRAMME_LEVELS, first(params.prog), "") as FormState["programme"],
    addOns: decodeAddOns(first(params.ao)),
    dsagoSum: first(params.dsum) ?? DEFAULT_FORM.dsagoSum,
    dsagoTrailer: flag(params.dtr),
    term: oneOf(TERM_CHOICES, first(params.term), DEFAULT_FORM.term),
  };
}

/** The query string of a form state (without "?"), only non-default values. */
export function encodeForm(form: FormState): string {
  const q = new URLSearchParams();
  const put = (key: string, value: string, fallback = "") => {
    if (value.trim() !== fallback) q.append(key, value.trim());
  };
  const putFlag = (key: string, value: boolean) => {
    if (value) q.append(key, "1");
  };
  put("model", form.model);
  put("year", form.year);
  put("price", normalizeAmount(form.price));
  put("power", form.power);
  put("region", form.region);
  put("alarm", form.antiTheft, DEFAULT_FORM.antiTheft);
  put("parking", form.parking, DEFAULT_FORM.parking);
  putFlag("credit", form.credit);
  putFlag("unlimited", form.unlimited);
  if (!form.unlimited) for (const d of form.drivers) q.append("d", encodeDriver(d));
  put("bm", form.bonusMalus, DEFAULT_FORM.bonusMalus);
  put("cover", form.coverage, DEFAULT_FORM.coverage);
  put("fr", form.franchise, DEFAULT_FORM.franchise);
  // The chosen kind's amount is always written, even empty: a link without it would be read as
  // the default amount and priced with a franchise nobody asked for.
  if (form.franchise === "fixed" || form.franchise === "fromSecondClaim") q.append("fra", normalizeAmount(form.franchiseAmount).trim());
  if (form.franchise === "percent") q.append("frp", form.franchisePercent.trim());
  put("repair", form.repair, DEFAULT_FORM.repair);
  putFlag("wear", form.wear);
  putFlag("agg", form.aggregate);
  put("pay", form.installments, DEFAULT_FORM.installments);
  put("start", form.start);
  putFlag("switch", form.switching);
  putFlag("tele", form.telematics);
  putFlag("new", form.isNew);
  put("reg", form.registeredOn);
  if (form.credit) put("bank", form.creditor);
  if (!form.unlimited) put("nd", form.allowedDrivers);
  put("prog", form.programme);
  const addOns = ADD_ON_IDS.filter((id) => form.addOns.includes(id));
  put("ao", addOns.join("."));
  if (addOns.includes("dsago")) {
    put("dsum", normalizeAmount(form.dsagoSum), DEFAULT_FORM.dsagoSum);
    putFlag("dtr", form.dsagoTrailer);
  }
  put("term", form.term, DEFAULT_FORM.term);
  return q.toString();
}

/** No calculation's query is longer than this (every value is bounded); a longer text is not one. */
export const MAX_QUERY_LENGTH = 4096;

/** A query string (or URLSearchParams) as the params object a page gets: repeated keys become lists. */
export function paramsOf(query: string | URLSearchParams): Params {
  const search = typeof query === "string" ? new URLSearchParams(query) : query;
  const params: Record<string, string | string[]> = {};
  for (const key of new Set(search.keys())) {
    const values = search.getAll(key);
    params[key] = values.length === 1 ? values[0]! : values;
  }
  return params;
}

/** The form a calculation's query string (as a page encodes it) stands for, or null if it is not one. */
export function formOfQuery(query: unknown): FormState | null {
  if (typeof query !== "string" || query.length > MAX_QUERY_LENGTH) return null;
  const params = paramsOf(query);
  return hasCalculation(params) ? decodeForm(params) : null;
}

const triOf = (value: boolean | undefined): Tri => (value === undefined ? "" : value ? "yes" : "no");

function driverFields(driver: TDriver): DriverFields {
  return {
    age: String(driver.age),
    experience: String(driver.experienceYears),
    sex: driver.sex ?? "",
    married: triOf(driver.married),
    children: triOf(driver.hasChildren),
  };
}

/**
 * A validated quote request back as the calculator form that stands for it, so that
 * `/?${requestQuery(request)}` opens the calculator on exactly this request (decodeForm →
 * formToRequest → parseQuoteRequest gives the request back).
 */
export function requestToForm(request: TQuoteRequest): FormState {
  const franchise = request.franchise;
  return {
    model: request.vehicle.modelId,
    year: String(request.vehicle.year),
    price: request.vehicle.price,
    power: request.vehicle.powerHp === undefined ? "" : String(request.vehicle.powerHp),
    antiTheft: request.vehicle.antiTheft,
    parking: request.vehicle.parking,
    credit: request.vehicle.credit,
    region: request.region,
    drivers: request.unlimitedDrivers ? [] : request.drivers.map(driverFields),
    unlimited: request.unlimitedDrivers,
    bonusMalus: request.bonusMalusClass,
    coverage: request.coverage,
    franchise: franchise.type,
    // The form keeps both amounts; only the one of the chosen kind is read (and put in the URL).
    franchiseAmount: franchise.type === "fixed" || franchise.type === "fromSecondClaim" ? franchise.amount : DEFAULT_FORM.franchiseAmount,
    franchisePercent: franchise.type === "percent" ? String(franchise.percent) : DEFAULT_FORM.franchisePercent,
    repair: request.repair,
    wear: request.wearDeduction,
    aggregate: request.sumInsuredType === "aggregate",
    installments: String(request.installments),
    start: request.policyStart,
    switching: request.switchingFromInsurer,
    telematics: request.telematics,
    isNew: request.vehicle.isNew,
    registeredOn: request.vehicle.registeredOn ?? "",
    creditor: request.vehicle.creditor ?? "",
    allowedDrivers: request.allowedDrivers === undefined ? "" : String(request.allowedDrivers),
    programme: request.program.level ?? "",
    addOns: ADD_ON_IDS.filter((id) => request.addOns.some((a) => a.id === id)),
    dsagoSum: request.addOns.find((a) => a.id === "dsago")?.sumInsured ?? DEFAULT_FORM.dsagoSum,
    dsagoTrailer: request.addOns.find((a) => a.id === "dsago")?.trailer ?? false,
    term: String(request.policyTermMonths),
  };
}

/** The calculator's query string (without "?") for a validated request. */
export function requestQuery(request: TQuoteRequest): string {
  return encodeForm(requestToForm(request));
}
