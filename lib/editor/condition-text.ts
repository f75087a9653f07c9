/**
 * The text form of one condition in a rate-book grid cell, both ways.
 *
 *   "18"                   exact value (a number for numeric variables)
 *   "satellite", "77"      exact value (text variables)
 *   "да" / "нет"           booleans ("true" / "false" are read too)
 *   "1, 2, 4"              a list of values
 *   "18–22"                the half-open range 18 ≤ x < 22 ("18-22", "18..22", "от 18 до 22" are read too)
 *   "≥ 300"                300 and above (">=300", "от 300" are read too)
 *   "< 200"                below 200 ("до 200" is read too)
 *   ""                     no condition on this key
 *
 * Numbers are written with a decimal point; integer parts of five digits or more are grouped
 * by spaces ("1 500 000"), which the parser ignores. Pure: no I/O.
 */
import type { TCondition } from "@/lib/rating/rate-book-schema";
import { NUMERIC_VARIABLES, type TRatingVariable } from "@/lib/rating/variables";
import { ANTI_THEFT, BONUS_MALUS_CLASSES, COVERAGES, FRANCHISE_TYPES, INSTALLMENTS, PARKING, REPAIR_OPTIONS, SEXES, SUM_INSURED_TYPES } from "@/lib/rating/options";
import { VEHICLE_CLASSES } from "@/lib/catalog/schema";

export type ParseConditionResult = { ok: true; condition: TCondition | undefined } | { ok: false; message: string };

export type TScalar = string | number | boolean;

/** Variables that hold true/false. */
export const BOOLEAN_VARIABLES: ReadonlySet<string> = new Set([
  "vehicle.credit",
  "unlimitedDrivers",
  "wearDeduction",
  "switchingFromInsurer",
  "telematics",
  "vehicle.isNew",
  "addOn.trailer",
  "driver.married",
  "driver.hasChildren",
]);

/** Numeric variables whose values are whole numbers (the others — price, franchise amount and percent — are decimals). */
export const INTEGER_VARIABLES: ReadonlySet<string> = new Set([
  "vehicle.theftRiskGroup",
  "vehicle.ageYears",
  "vehicle.powerHp",
  "drivers.count",
  "installments",
  "policyTermMonths",
  "vehicle.ageMonths",
  "allowedDrivers",
  "driver.age",
  "driver.experienceYears",
]);

/** Every value a categorical variable can take, in the order the product lists them. */
export const VARIABLE_VALUES: Partial<Record<TRatingVariable, readonly TScalar[]>> = {
  "vehicle.class": VEHICLE_CLASSES,
  "vehicle.theftRiskGroup": [1, 2, 3, 4],
  "vehicle.antiTheft": ANTI_THEFT,
  "vehicle.parking": PARKING,
  "vehicle.credit": [true, false],
  unlimitedDrivers: [true, false],
  bonusMalusClass: BONUS_MALUS_CLASSES,
  coverage: COVERAGES,
  "franchise.type": FRANCHISE_TYPES,
  repair: REPAIR_OPTIONS,
  wearDeduction: [true, false],
  sumInsuredType: SUM_INSURED_TYPES,
  installments: INSTALLMENTS,
  switchingFromInsurer: [true, false],
  telematics: [true, false],
  "vehicle.isNew": [true, false],
  "addOn.trailer": [true, false],
  "driver.sex": SEXES,
  "driver.married": [true, false],
  "driver.hasChildren": [true, false],
};

export type VariableKind = "number" | "boolean" | "text";

export function variableKind(variable: string): VariableKind {
  if (NUMERIC_VARIABLES.has(variable as TRatingVariable)) return "number";
  if (BOOLEAN_VARIABLES.has(variable)) return "boolean";
  return "text";
}

// ---------------------------------------------------------------------------------------------
// Formatting

/** "1500000" → "1 500 000"; "0.0438" unchanged; integer parts below five digits are not grouped. */
export function groupDigits(text: string): string {
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(text);
  if (!m) return text;
  const [, sign, int, frac = ""] = m;
  if (int!.length < 5) return text;
  return `${sign}${int!.replace(/\B(?=(\d{3})+(?!\d))/g, " ")}${frac}`;
}

function formatNumber(v: number | string): string {
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return String(v);
    const text = String(v);
    return /e/i.test(text) ? text : groupDigits(text);
  }
  return groupDigits(v);
}

function formatScalar(v: unknown): string {
  if (typeof v === "boolean") return v ? "да" : "нет";
  if (typeof v === "number") return formatNumber(v);
  if (typeof v === "string") return v;
  return JSON.stringify(v) ?? "";
}

function isBound(v: unknown): v is number | string {
  return typeof v === "number" || (typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v));
}

/** The cell text of a condition; "" for no condition. Tolerates malformed values (shown as JSON). */
export function formatCondition(condition: TCondition | undefined): string {
  if (condition === undefined) return "";
  if (Array.isArray(condition)) return condition.map(formatScalar).join(", ");
  if (typeof condition === "object" && condition !== null) {
    const keys = Object.keys(condition);
    const { gte, lt } = condition as { gte?: unknown; lt?: unknown };
    const onlyBounds = keys.every((k) => k === "gte" || k === "lt");
    if (onlyBounds && gte !== undefined && lt !== undefined && isBound(gte) && isBound(lt)) return `${formatNumber(gte)}–${formatNumber(lt)}`;
    if (onlyBounds && gte !== undefined && lt === undefined && isBound(gte)) return `≥ ${formatNumber(gte)}`;
    if (onlyBounds && lt !== undefined && gte === undefined && isBound(lt)) return `< ${formatNumber(lt)}`;
    return JSON.stringify(condition);
  }
  return formatScalar(condition);
}

// ---------------------------------------------------------------------------------------------
// Parsing

const NUMBER = String.raw`(?:\d{1,3}(?: \d{3})+|\d+)(?:\.\d+)?`;
const RANGE = new RegExp(String.raw`^(?:от\s*)?(${NUMBER})\s*(?:–|—|-|\.\.|…|\s+до\s+)\s*(${NUMBER})$`, "i");
const AT_LEAST = new RegExp(String.raw`^(?:≥|>=|=>|от(?=[\s\d]))\s*(${NUMBER})$`, "i");
const BELOW = new RegExp(String.raw`^(?:<|до(?=[\s\d]))\s*(${NUMBER})$`, "i");
const EXACT = new RegExp(String.raw`^(${NUMBER})$`);

const NUMERIC_HINT = "Введите число, список через запятую (1, 2, 4) или диапазон: 18–22 (от 18 включительно до 22 не включая), ≥ 300, < 200";

/** "007.50" → "7.5": the canonical text of a non-negative decimal (spaces removed). */
function canonicalDecimal(text: string): string {
  const compact = text.replace(/ /g, "");
  const [intPart = "0", fracPart = ""] = compact.split(".");
  const int = intPart.replace(/^0+(?=\d)/, "");
  const frac = fracPart.replace(/0+$/, "");
  return frac === "" ? int : `${int}.${frac}`;
}

/** A bound as JSON stores it: a number when the number reads back exactly, else the decimal string. */
function boundValue(text: string): number | string {
  const canon = canonicalDecimal(text);
  const n = Number(canon);
  return Number.isFinite(n) && String(n) === canon ? n : canon;
}

function compareDecimals(a: string, b: string): number {
  const [ai = "0", af = ""] = canonicalDecimal(a).split(".");
  const [bi = "0", bf = ""] = canonicalDecimal(b).split(".");
  if (ai.length !== bi.length) return ai.length < bi.length ? -1 : 1;
  if (ai !== bi) return ai < bi ? -1 : 1;
  const width = Math.max(af.length, bf.length);
  const x = af.padEnd(width, "0");
  const y = bf.padEnd(width, "0");
  return x === y ? 0 : x < y ? -1 : 1;
}

function normalizeSpaces(text: string): string {
  return text.replace(/[\u00a0\u2007\u202f\u2009]/g, " ").replace(/\s+/g, " ").trim();
}

function fail(message: string): ParseConditionResult {
  return { ok: false, message };
}

function parseNumeric(text: string, variable: string): ParseConditionResult {
  const integer = INTEGER_VARIABLES.has(variable);
  if (/^-/.test(text) || /[\s,;(]-\d/.test(text)) return fail("Отрицательные значения здесь невозможны");
  if (/^(?:≤|<=|=<)/.test(text)) return fail("Границы полуоткрытые: пишите «< 200» (200 не входит) или диапазон 100–200");
  if (/^>(?!=)/.test(text)) return fail("Пишите «≥ 300» (300 и больше) — знак «>» не используется");
  if (!integer && /\d,\d/.test(text)) return fail("Дробную часть отделяйте точкой (0.5); значения списка — запятой с пробелом (1, 2)");
  if (integer && /\d\.\d/.test(text.replace(/\.\./g, " "))) return fail("Здесь только целые числа");

  let m = RANGE.exec(text);
  if (m) {
    const [, lo = "", hi = ""] = m;
    if (compareDecimals(lo, hi) >= 0) return fail(`Начало диапазона (${lo}) должно быть меньше конца (${hi})`);
    return { ok: true, condition: { gte: boundValue(lo), lt: boundValue(hi) } };
  }
  m = AT_LEAST.exec(text);
  if (m) return { ok: true, condition: { gte: boundValue(m[1]!) } };
  m = BELOW.exec(text);
  if (m) return { ok: true, condition: { lt: boundValue(m[1]!) } };

  const exact = (part: string): number | string | undefined => {
    const e = EXACT.exec(part);
    if (!e) return undefined;
    const v = boundValue(e[1]!);
    return v;
  };
  const parts = text.split(/\s*[,;]\s*/);
  if (parts.length === 1) {
    const v = exact(text);
    if (v === undefined) return fail(NUMERIC_HINT);
    if (typeof v !== "number") return fail("Слишком много значащих цифр: сократите число");
    return { ok: true, condition: v };
  }
  const values: number[] = [];
  for (const part of parts) {
    if (part === "") return fail("Пустое значение в списке: уберите лишнюю запятую");
    if (RANGE.test(part) || AT_LEAST.test(part) || BELOW.test(part)) return fail("В списке допускаются только отдельные значения, без диапазонов");
    const v = exact(part);
    if (v === undefined) return fail(`«${part}» — не число. ${NUMERIC_HINT}`);
    if (typeof v !== "number") return fail("Слишком много значащих цифр: сократите число");
    if (values.includes(v)) return fail(`Значение ${formatNumber(v)} повторяется`);
    values.push(v);
  }
  return { ok: true, condition: values };
}

const TRUE_WORDS = new Set(["да", "true", "yes"]);
const FALSE_WORDS = new Set(["нет", "false", "no"]);

function parseBoolean(text: string): ParseConditionResult {
  const parts = text.split(/\s*[,;]\s*/);
  const values: boolean[] = [];
  for (const part of parts) {
    const word = part.toLowerCase();
    const v = TRUE_WORDS.has(word) ? true : FALSE_WORDS.has(word) ? false : undefined;
    if (v === undefined) return fail(part === "" ? "Пустое значение в списке: уберите лишнюю запятую" : "Введите «да» или «нет»");
    if (values.includes(v)) return fail(`Значение «${part}» повторяется`);
    values.push(v);
  }
  return { ok: true, condition: values.length === 1 ? values[0]! : values };
}

function parseTextValue(part: string, variable: string): { value: string } | { message: string } {
  const allowed = VARIABLE_VALUES[variable as TRatingVariable];
  if (variable === "bonusMalusClass") {
    const v = part.replace(/^[мМm]$/, "M");
    if ((allowed as readonly TScalar[]).includes(v)) return { value: v };
    return { message: `Класс бонус-малус: M или число от 0 до 13, а не «${part}»` };
  }
  if (allowed) {
    const found = allowed.find((a) => typeof a === "string" && a.toLowerCase() === part.toLowerCase());
    if (typeof found === "string") return { value: found };
    return { message: `«${part}» — неизвестное значение. Допустимые: ${allowed.join(", ")}` };
  }
  if (variable === "region") {
    if (/^\d{2}$/.test(part)) return { value: part };
    return { message: `Код региона — две цифры, например 77 или 02, а не «${part}»` };
  }
  return { value: part };
}

function parseText(text: string, variable: string): ParseConditionResult {
  const parts = text.split(/\s*[,;]\s*/);
  const values: string[] = [];
  for (const part of parts) {
    if (part === "") return fail("Пустое значение в списке: уберите лишнюю запятую");
    const r = parseTextValue(part, variable);
    if ("message" in r) return fail(r.message);
    if (values.includes(r.value)) return fail(`Значение «${r.value}» повторяется`);
    values.push(r.value);
  }
  return { ok: true, condition: values.length === 1 ? values[0]! : values };
}

/** Reads a cell's text as a condition on `variable`; an empty cell is no condition (`condition: undefined`). */
export function parseCondition(text: string, variable: string): ParseConditionResult {
  const t = normalizeSpaces(text);
  if (t === "") return { ok: true, condition: undefined };
  switch (variableKind(variable)) {
    case "number":
      return parseNumeric(t, variable);
    case "boolean":
      return parseBoolean(t);
    default:
      return parseText(t, variable);
  }
}
