/**
 * The request fields a client list's columns can be mapped to, the header names each is
 * recognised by (Russian and English), and the suggested mapping of a file's headers: the
 * agent's remembered choice for a header first, then the names below. Pure; no I/O.
 */

export const BULK_FIELDS = [
  "model",
  "year",
  "price",
  "region",
  "driver1Age",
  "driver1Experience",
  "driver2Age",
  "driver2Experience",
  "driver3Age",
  "driver3Experience",
  "unlimited",
  "power",
  "policyStart",
  "bonusMalus",
  "franchise",
  "antiTheft",
  "parking",
  "coverage",
  "repair",
  "installments",
  "credit",
  "switching",
  "telematics",
] as const;
export type BulkField = (typeof BULK_FIELDS)[number];

/** What a column is used for: a request field, kept in the results as the client's label, or ignored. */
export type ColumnUse = BulkField | "keep" | "";
export const COLUMN_USES: readonly ColumnUse[] = ["", "keep", ...BULK_FIELDS];

/** Fields without which no row can be priced: the mapping must name a column for each. */
export const REQUIRED_FIELDS: readonly BulkField[] = ["model", "year", "price", "region"];

export function isColumnUse(value: string): value is ColumnUse {
  return (COLUMN_USES as readonly string[]).includes(value);
}

/** A header as compared: lower case, ё → е, no punctuation, single spaces. */
export function normalizeHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Header names (normalised) each field is recognised by. */
const NAMES: Record<BulkField, string[]> = {
  model: ["модель", "марка и модель", "марка модель", "автомобиль", "авто", "тс", "model", "car", "vehicle", "car model", "make and model"],
  year: ["год", "год выпуска", "год выпуска тс", "year", "model year", "year of manufacture"],
  price: ["стоимость", "цена", "стоимость тс", "стоимость автомобиля", "страховая сумма", "сумма", "price", "value", "car value", "sum insured", "insured value"],
  region: ["регион", "регион регистрации", "регион использования", "город", "region", "registration region", "city"],
  driver1Age: ["возраст", "возраст водителя", "возраст 1", "возраст водителя 1", "водитель 1 возраст", "age", "driver age", "age 1", "driver 1 age", "driver1 age"],
  driver1Experience: ["стаж", "стаж водителя", "стаж 1", "стаж водителя 1", "водитель 1 стаж", "experience", "driver experience", "experience 1", "driver 1 experience", "driver1 experience"],
  driver2Age: ["возраст 2", "возраст водителя 2", "водитель 2 возраст", "age 2", "driver 2 age", "driver2 age"],
  driver2Experience: ["стаж 2", "стаж водителя 2", "водитель 2 стаж", "experience 2", "driver 2 experience", "driver2 experience"],
  driver3Age: ["возраст 3", "возраст водителя 3", "водитель 3 возраст", "age 3", "driver 3 age", "driver3 age"],
  driver3Experience: ["стаж 3", "стаж водителя 3", "водитель 3 стаж", "experience 3", "driver 3 experience", "driver3 experience"],
  unlimited: ["мультидрайв", "без ограничений", "без ограничения водителей", "любые водители", "unlimited", "unlimited drivers", "any driver", "any drivers"],
  power: ["мощность", "мощность лс", "лс", "power", "power hp", "hp", "horsepower"],
  policyStart: ["начало", "дата начала", "начало полиса", "дата начала полиса", "policy start", "start", "start date"],
  bonusMalus: ["кбм", "класс кбм", "бонус малус", "класс", "bonus malus", "bonus malus class", "bm class", "bm"],
  franchise: ["франшиза", "франшиза руб", "franchise", "deductible", "excess"],
  antiTheft: ["противоугонная система", "противоугонка", "сигнализация", "anti theft", "antitheft", "alarm"],
  parking: ["стоянка", "хранение", "парковка", "parking"],
  coverage: ["покрытие", "риски", "coverage", "cover"],
  repair: ["ремонт", "вариант ремонта", "repair", "repair option"],
  installments: ["рассрочка", "платежей", "число платежей", "installments", "instalments", "payments"],
  credit: ["кредит", "в кредите", "кредитный", "credit", "on credit", "loan"],
  switching: ["переход", "переход от другого страховщика", "switching", "switching from insurer"],
  telematics: ["телематика", "telematics"],
};

const NAME_TO_FIELD = new Map<string, BulkField>(Object.entries(NAMES).flatMap(([field, names]) => names.map((n) => [normalizeHeader(n), field as BulkField] as const)));

/** Headers commonly kept as the client's label in the results. */
const LABEL_NAMES = new Set(["клиент", "фио", "имя", "страхователь", "телефон", "номер", "id", "client", "name", "full name", "phone", "policy", "полис", "номер полиса", "госномер", "vin"].map(normalizeHeader));

/** The agent's remembered mapping: normalised header → use. */
export type RememberedMapping = Record<string, ColumnUse>;

/**
 * The suggested use of each column: what the agent chose for a header of that name before, else
 * the field the header names, else "keep" for a client's name, phone or number, else nothing.
 * A field is suggested for one column only (the first).
 */
export function suggestMapping(headers: readonly string[], remembered: RememberedMapping = {}): ColumnUse[] {
  const taken = new Set<ColumnUse>();
  return headers.map((header) => {
    const key = normalizeHeader(header);
    const remember = remembered[key];
    const guess: ColumnUse = remember !== undefined && isColumnUse(remember) ? remember : (NAME_TO_FIELD.get(key) ?? (LABEL_NAMES.has(key) ? "keep" : ""));
    if (guess !== "" && guess !== "keep") {
      if (taken.has(guess)) return "";
      taken.add(guess);
    }
    return guess;
  });
}

/** Problems of a mapping as a whole: a field used twice, a required field missing. */
export function mappingProblems(uses: readonly ColumnUse[]): { duplicate: BulkField[]; missing: BulkField[] } {
  const seen = new Set<BulkField>();
  const duplicate = new Set<BulkField>();
  for (const use of uses) {
    if (use === "" || use === "keep") continue;
    if (seen.has(use)) duplicate.add(use);
    seen.add(use);
  }
  return { duplicate: [...duplicate], missing: REQUIRED_FIELDS.filter((f) => !seen.has(f)) };
}

/** What to remember from a mapping: every column's use under its normalised header, over what was remembered. */
export function rememberMapping(previous: RememberedMapping, headers: readonly string[], uses: readonly ColumnUse[]): RememberedMapping {
  const next: RememberedMapping = { ...previous };
  headers.forEach((h, i) => {
    const key = normalizeHeader(h);
    if (!key) return;
    delete next[key];
    next[key] = uses[i] ?? "";
  });
  // Bounded: the most recent 200 headers.
  const entries = Object.entries(next);
  return Object.fromEntries(entries.slice(Math.max(0, entries.length - 200)));
}
