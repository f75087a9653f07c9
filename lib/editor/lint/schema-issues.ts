/** Schema errors in Russian, located at a table, row and column. */
import type * as z from "zod";
import { ZRateBook } from "@/lib/rating/rate-book-schema";
import { type LintIssue, type PathSegment, formatPath } from "./issue";
import { isObj, asArray } from "./json";

// Locating a path: table, row, column

export function tableIdAt(book: unknown, index: number): string {
  const t = asArray(isObj(book) ? book.factors : undefined)[index];
  return isObj(t) && typeof t.id === "string" && t.id !== "" ? t.id : `#${index + 1}`;
}

const itemId = (item: unknown, index: number) => (isObj(item) && typeof item.id === "string" && item.id !== "" ? item.id : `#${index + 1}`);

/** A programme's own table: "programme budget / budget-franchise". */
export function programmeTableIdAt(book: unknown, p: number, t: number): string {
  const programme = asArray(isObj(book) ? book.programmes : undefined)[p];
  return `programme ${itemId(programme, p)} / ${itemId(asArray(isObj(programme) ? programme.factors : undefined)[t], t)}`;
}

/** An add-on's price table: "add-on dsago". */
export function addOnTableIdAt(book: unknown, a: number): string {
  return `add-on ${itemId(asArray(isObj(book) ? book.addOns : undefined)[a], a)}`;
}

/** Model ids in the order the editor lists them: damage's, then theft's others. */
export function modelOrder(book: unknown): string[] {
  const components = isObj(book) && isObj(book.components) ? book.components : {};
  const ids: string[] = [];
  for (const c of ["damage", "theft"]) {
    const comp = components[c];
    const byModel = isObj(comp) && isObj(comp.byModel) ? comp.byModel : {};
    for (const id of Object.keys(byModel)) if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

export type Location = Pick<LintIssue, "tableId" | "row" | "column">;

export function rowLocation(rest: readonly PathSegment[]): Location {
  const [r, field, variable] = rest;
  if (typeof r !== "number") return {};
  if (field === "when") return { row: r + 1, ...(variable !== undefined ? { column: String(variable) } : {}) };
  return { row: r + 1, ...(rest.length > 1 ? { column: rest.slice(1).join(".") } : {}) };
}

export function locate(segs: readonly PathSegment[], book: unknown): Location {
  const [s0, s1, s2, s3] = segs;
  const joined = (from: number) => (segs.length > from ? { column: segs.slice(from).join(".") } : {});
  if (s0 === "factors" && typeof s1 === "number") {
    const tableId = tableIdAt(book, s1);
    if (s2 === "rows" && typeof s3 === "number") return { tableId, ...rowLocation(segs.slice(3)) };
    return { tableId, ...joined(2) };
  }
  if (s0 === "programmes" && typeof s1 === "number" && s2 === "factors" && typeof s3 === "number") {
    const tableId = programmeTableIdAt(book, s1, s3);
    if (segs[4] === "rows" && typeof segs[5] === "number") return { tableId, ...rowLocation(segs.slice(5)) };
    return { tableId, ...joined(4) };
  }
  if (s0 === "addOns" && typeof s1 === "number" && s2 === "price") {
    const tableId = addOnTableIdAt(book, s1);
    if (s3 === "rows" && typeof segs[4] === "number") return { tableId, ...rowLocation(segs.slice(4)) };
    return { tableId, ...joined(3) };
  }
  if (s0 === "components" && (s1 === "damage" || s1 === "theft")) {
    if (s2 === "fallback") {
      const tableId = `${s1}.fallback`;
      if (s3 === "rows" && typeof segs[4] === "number") return { tableId, ...rowLocation(segs.slice(4)) };
      return { tableId, ...joined(3) };
    }
    if (s2 === "byModel") {
      if (typeof s3 !== "string") return { tableId: "base-rates", column: s1 };
      return { tableId: "base-rates", row: modelOrder(book).indexOf(s3) + 1, column: s1 };
    }
    return { tableId: "base-rates", column: segs.slice(1).join(".") };
  }
  if (s0 === "discounts") {
    if (s1 === "items" && typeof s2 === "number") return { tableId: "discounts", ...rowLocation(segs.slice(2)) };
    return { tableId: "discounts", ...joined(1) };
  }
  if (s0 === "agentDiscount") return { tableId: "discounts", column: segs.join(".") };
  if (s0 === "eligibility") {
    if (s1 === "declineWhen" && typeof s2 === "number") return { tableId: "eligibility", ...rowLocation(segs.slice(2)), column: segs.slice(1).join(".") };
    return { tableId: "eligibility", ...joined(1) };
  }
  return segs.length > 0 ? { column: segs.join(".") } : {};
}

// (a) Schema issues, in Russian

export const DECIMAL_PATTERN = String(/^-?\d+(\.\d+)?$/);
export const SLUG_PATTERN = String(/^[a-z0-9]+(-[a-z0-9]+)*$/);

export const CUSTOM_MESSAGES: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^a coefficient must be greater than 0$/, () => "Коэффициент должен быть больше 0"],
  [/^must be greater than 0$/, () => "Значение должно быть больше 0"],
  [/^a range needs gte, lt or both$/, () => "У диапазона нет ни начала, ни конца"],
  [/^gte must be below lt$/, () => "Начало диапазона должно быть меньше конца"],
  [/^"(.+)" is not one of the table's keys$/, (m) => `Переменная «${m[1]}» не входит в ключи таблицы`],
  [/^"(.+)" is not numeric; a range cannot apply$/, (m) => `«${m[1]}» — не числовая переменная: диапазон здесь невозможен`],
  [/^"(.+)" is a number; write 3/, (m) => `«${m[1]}» — число: пишите 3, а не "3" (иначе ряд никогда не сработает)`],
  [/^tables over driver variables must multiply/, () => "Таблицы по данным водителя должны умножать (по ним выбирается худший водитель)"],
  [/^a table needs rows or a default$/, () => "В таблице нет ни рядов, ни значения по умолчанию"],
  [/^a discount must be below 100 %$/, () => "Скидка должна быть меньше 100 %"],
  [/^must be between 0 and 100$/, () => "Значение должно быть от 0 до 100"],
  [/^duplicate table id "(.+)"$/, (m) => `Таблица с id «${m[1]}» уже есть`],
  [/^the rate book id must start with the insurer id$/, () => "Идентификатор тарифа должен начинаться с идентификатора страховщика"],
];

export const EXPECTED_RU: Record<string, string> = {
  number: "Введите число",
  string: "Введите текст",
  boolean: "Нужно значение да/нет",
  array: "Ожидается список",
  object: "Неверная структура данных",
};

export function translateIssue(issue: z.core.$ZodIssue, segs: readonly PathSegment[]): string {
  const last = segs[segs.length - 1];
  const inWhen = segs.includes("when");
  switch (issue.code) {
    case "invalid_type":
      if (segs.length === 0) return "Тариф должен быть объектом JSON";
      if (/received undefined/.test(issue.message)) return "Обязательное поле не заполнено";
      if (issue.expected === "int") return "Введите целое число";
      if (issue.expected === "string" && /received (number|boolean)/.test(issue.message)) return "Значение записано не текстом: введите его заново";
      return EXPECTED_RU[issue.expected] ?? "Неверный тип значения";
    case "invalid_format":
      if (issue.format === "date") return "Дата в формате ГГГГ-ММ-ДД";
      if ("pattern" in issue && issue.pattern === DECIMAL_PATTERN) return "Введите десятичное число через точку, например 1.05";
      if ("pattern" in issue && issue.pattern === SLUG_PATTERN) return "Только строчные латинские буквы, цифры и дефисы, например vehicle-age";
      if ("pattern" in issue && issue.pattern === String(/^\d{2}$/)) return "Код региона — две цифры, например 77";
      return "Неверный формат";
    case "too_small":
      if (issue.origin === "array") return inWhen ? "Пустой список значений" : "Нужно хотя бы одно значение";
      if (issue.origin === "string") return "Заполните поле";
      return `Не меньше ${String(issue.minimum)}`;
    case "too_big":
      if (issue.origin === "array") return `Не больше ${String(issue.maximum)} значений`;
      if (issue.origin === "string") return `Не длиннее ${String(issue.maximum)} символов`;
      return `Не больше ${String(issue.maximum)}`;
    case "invalid_value":
      return issue.values.length === 1 ? `Допустимое значение: ${String(issue.values[0])}` : `Допустимые значения: ${issue.values.map(String).join(", ")}`;
    case "unrecognized_keys":
      if (last === "when") return `Неизвестная переменная: ${issue.keys.join(", ")}`;
      return `Лишние поля: ${issue.keys.join(", ")}`;
    case "invalid_key":
      return segs.includes("byModel") ? `Неверный идентификатор модели «${String(last)}»: только строчные латинские буквы, цифры и дефисы` : `Неверный ключ «${String(last)}»`;
    case "invalid_union": {
      const values = issue.errors.flat().flatMap((e) => (e.code === "invalid_value" ? e.values : []));
      if (values.length > 0 && issue.errors.every((branch) => branch.every((e) => e.code === "invalid_value"))) return `Допустимые значения: ${values.map(String).join(", ")}`;
      return inWhen ? "Неверное условие: значение, список или диапазон" : "Неверное значение";
    }
    case "custom": {
      for (const [pattern, ru] of CUSTOM_MESSAGES) {
        const m = pattern.exec(issue.message);
        if (m) return ru(m);
      }
      return `Ошибка: ${issue.message}`;
    }
    default:
      return `Ошибка: ${issue.message}`;
  }
}

export function schemaIssues(book: unknown): LintIssue[] {
  const parsed = ZRateBook.safeParse(book);
  if (parsed.success) return [];
  const out: LintIssue[] = [];
  const seen = new Set<string>();
  for (const issue of parsed.error.issues) {
    const segs = issue.path.filter((s): s is PathSegment => typeof s === "string" || typeof s === "number");
    const path = formatPath(segs);
    if (seen.has(path)) continue; // the first issue of a cell says the most ("abc" is not a decimal; no need to add "must be > 0")
    seen.add(path);
    out.push({ severity: "error", code: "schema", key: `schema|${path}`, path, ...locate(segs, book), message: translateIssue(issue, segs) });
  }
  return out;
}
