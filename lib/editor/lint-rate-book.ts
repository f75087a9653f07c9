/**
 * Checks a rate book the way a tariff editor needs while editing: every schema error (in
 * Russian, located at a table / row / column), plus what the schema cannot see — overlapping
 * and missing bands, repeated rows, implausible coefficients, options a table forgets, and
 * "cheaper options must not cost more".
 *
 * Errors block saving. Warnings may be right (a tariff can be odd on purpose): each has a
 * stable `code` (the rule) and a stable `key` (the rule and what it is about — table id,
 * variable, values — never a row index), so the editor's acknowledgement survives unrelated
 * edits such as inserting a row above.
 *
 * Pure: no I/O, no clock. Takes `unknown`: a draft that does not validate is checked as far as
 * its shape allows.
 */
import type { z } from "zod";
import { Decimal } from "@/lib/rating/decimal";
import { ZRateBook } from "@/lib/rating/rate-book-schema";
import { NUMERIC_VARIABLES, type TRatingVariable } from "@/lib/rating/variables";
import { formatCondition, INTEGER_VARIABLES, VARIABLE_VALUES, type TScalar } from "./condition-text";

export type LintSeverity = "error" | "warning";

/** Rules whose findings are warnings the editor may acknowledge. */
export const WARNING_CODES = [
  "band-gap",
  "coefficient-implausible",
  "loading-too-high",
  "base-rate-implausible",
  "value-not-covered",
  "order-anti-theft",
  "order-parking",
  "order-wear-deduction",
  "order-sum-insured-type",
  "order-repair",
  "order-franchise-none",
  "order-franchise-band",
  "order-telematics",
  "order-switching",
  "order-bonus-malus",
] as const;

export const ERROR_CODES = ["schema", "condition-type", "band-overlap", "duplicate-row", "coefficient-not-positive", "duplicate-table-id", "duplicate-discount-id"] as const;

export type LintWarningCode = (typeof WARNING_CODES)[number];
export type LintErrorCode = (typeof ERROR_CODES)[number];

export interface LintIssue {
  severity: LintSeverity;
  /** The rule that found it (stable; see WARNING_CODES and ERROR_CODES). */
  code: LintWarningCode | LintErrorCode;
  /** Identifies this finding across edits (rule + table id + variable + values, no row index): the acknowledgement key. */
  key: string;
  /** Where in the rate-book JSON: "factors.3.rows.5.value", `factors.1.rows.0.when["driver.age"]` (see formatPath). */
  path: string;
  /**
   * The table: a factor table's id; "damage.fallback" / "theft.fallback"; "base-rates" (rates per
   * model); "discounts"; "eligibility".
   */
  tableId?: string;
  /** The row as the editor counts it: 1-based ("ряд 3"). */
  row?: number;
  /** The column: a variable name for a condition cell, else "value", "note", "default", "id", "label.ru", "damage", … */
  column?: string;
  /** Plain Russian. */
  message: string;
}

// ---------------------------------------------------------------------------------------------
// Paths

export type PathSegment = string | number;

/** Segments as a path: plain keys dotted, others bracketed (`when["driver.age"]`), as lib/editor/diff-rate-books.ts writes them. */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = "";
  for (const s of segments) {
    if (typeof s === "number" || /^[A-Za-z0-9_$-]+$/.test(s)) out = out === "" ? String(s) : `${out}.${s}`;
    else out = `${out}[${JSON.stringify(s)}]`;
  }
  return out;
}

/** The path one level up ("" above the top). */
export function parentPath(path: string): string {
  const m = /(?:\.[^.[\]]+|\[".*?"\])$/.exec(path);
  if (m) return path.slice(0, m.index);
  return "";
}

// ---------------------------------------------------------------------------------------------
// Plain-JSON helpers

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const DECIMAL = /^-?\d+(\.\d+)?$/;

function dec(v: unknown): Decimal | undefined {
  if (typeof v === "number" && Number.isFinite(v)) return new Decimal(v);
  if (typeof v === "string" && DECIMAL.test(v)) return new Decimal(v);
  return undefined;
}

const percentOf = (fraction: Decimal) => fraction.times(100).toString();

/** Base rates above this share of the sum insured are flagged (real ones reach about 0.2; 4.38 typed for 4.38 % is 438 %). */
const BASE_RATE_LIMIT = "0.3";

// ---------------------------------------------------------------------------------------------
// Locating a path: table, row, column

function tableIdAt(book: unknown, index: number): string {
  const t = asArray(isObj(book) ? book.factors : undefined)[index];
  return isObj(t) && typeof t.id === "string" && t.id !== "" ? t.id : `#${index + 1}`;
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

type Location = Pick<LintIssue, "tableId" | "row" | "column">;

function rowLocation(rest: readonly PathSegment[]): Location {
  const [r, field, variable] = rest;
  if (typeof r !== "number") return {};
  if (field === "when") return { row: r + 1, ...(variable !== undefined ? { column: String(variable) } : {}) };
  return { row: r + 1, ...(rest.length > 1 ? { column: rest.slice(1).join(".") } : {}) };
}

function locate(segs: readonly PathSegment[], book: unknown): Location {
  const [s0, s1, s2, s3] = segs;
  const joined = (from: number) => (segs.length > from ? { column: segs.slice(from).join(".") } : {});
  if (s0 === "factors" && typeof s1 === "number") {
    const tableId = tableIdAt(book, s1);
    if (s2 === "rows" && typeof s3 === "number") return { tableId, ...rowLocation(segs.slice(3)) };
    return { tableId, ...joined(2) };
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
  if (s0 === "eligibility") {
    if (s1 === "declineWhen" && typeof s2 === "number") return { tableId: "eligibility", ...rowLocation(segs.slice(2)), column: segs.slice(1).join(".") };
    return { tableId: "eligibility", ...joined(1) };
  }
  return segs.length > 0 ? { column: segs.join(".") } : {};
}

// ---------------------------------------------------------------------------------------------
// (a) Schema issues, in Russian

const DECIMAL_PATTERN = String(/^-?\d+(\.\d+)?$/);
const SLUG_PATTERN = String(/^[a-z0-9]+(-[a-z0-9]+)*$/);

const CUSTOM_MESSAGES: [RegExp, (m: RegExpExecArray) => string][] = [
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

const EXPECTED_RU: Record<string, string> = {
  number: "Введите число",
  string: "Введите текст",
  boolean: "Нужно значение да/нет",
  array: "Ожидается список",
  object: "Неверная структура данных",
};

function translateIssue(issue: z.core.$ZodIssue, segs: readonly PathSegment[]): string {
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

function schemaIssues(book: unknown): LintIssue[] {
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

// ---------------------------------------------------------------------------------------------
// Conditions, normalized

type NCond = { kind: "any" } | { kind: "set"; values: TScalar[] } | { kind: "range"; lo?: Decimal; hi?: Decimal } | { kind: "bad" };

const isScalar = (v: unknown): v is TScalar => typeof v === "string" || typeof v === "number" || typeof v === "boolean";

function normalize(cond: unknown): NCond {
  if (cond === undefined) return { kind: "any" };
  if (isScalar(cond)) return { kind: "set", values: [cond] };
  if (Array.isArray(cond)) return cond.length > 0 && cond.every(isScalar) ? { kind: "set", values: cond } : { kind: "bad" };
  if (isObj(cond) && Object.keys(cond).every((k) => k === "gte" || k === "lt")) {
    const lo = cond.gte === undefined ? undefined : dec(cond.gte);
    const hi = cond.lt === undefined ? undefined : dec(cond.lt);
    if ((cond.gte !== undefined && lo === undefined) || (cond.lt !== undefined && hi === undefined) || (lo === undefined && hi === undefined)) return { kind: "bad" };
    if (lo !== undefined && hi !== undefined && !lo.lt(hi)) return { kind: "bad" };
    return { kind: "range", ...(lo ? { lo } : {}), ...(hi ? { hi } : {}) };
  }
  return { kind: "bad" };
}

function sameScalar(a: TScalar, b: TScalar): boolean {
  if (typeof a === "number" && typeof b === "number") return new Decimal(a).eq(b);
  return a === b;
}

function inRange(v: TScalar, r: { lo?: Decimal; hi?: Decimal }): boolean {
  if (typeof v !== "number") return false;
  return (r.lo === undefined || r.lo.lte(v)) && (r.hi === undefined || r.hi.gt(v));
}

function intersects(a: NCond, b: NCond): boolean {
  if (a.kind === "any" || b.kind === "any") return true;
  if (a.kind === "bad" || b.kind === "bad") return false;
  if (a.kind === "set" && b.kind === "set") return a.values.some((x) => b.values.some((y) => sameScalar(x, y)));
  if (a.kind === "set" && b.kind === "range") return a.values.some((x) => inRange(x, b));
  if (a.kind === "range" && b.kind === "set") return b.values.some((y) => inRange(y, a));
  if (a.kind === "range" && b.kind === "range") {
    const lo = a.lo === undefined ? b.lo : b.lo === undefined ? a.lo : Decimal.max(a.lo, b.lo);
    const hi = a.hi === undefined ? b.hi : b.hi === undefined ? a.hi : Decimal.min(a.hi, b.hi);
    return lo === undefined || hi === undefined || lo.lt(hi);
  }
  return false;
}

function condKey(c: NCond): string {
  switch (c.kind) {
    case "any":
      return "*";
    case "bad":
      return "?";
    case "set":
      return `{${[...new Set(c.values.map((v) => (typeof v === "number" ? `n${new Decimal(v).toString()}` : `${typeof v}:${String(v)}`)))].sort().join(",")}}`;
    case "range":
      return `[${c.lo?.toString() ?? "-inf"},${c.hi?.toString() ?? "inf"})`;
  }
}

const matches = (c: NCond, v: TScalar) => c.kind === "any" || (c.kind === "set" && c.values.some((x) => sameScalar(x, v))) || (c.kind === "range" && inRange(v, c));

// ---------------------------------------------------------------------------------------------
// Tables

interface Row {
  index: number;
  when: Obj;
  value: Decimal | undefined;
  valueRaw: unknown;
}

interface TableView {
  kind: "factor" | "fallback";
  tableId: string;
  /** Path of the table (its rows are at base + "rows"). */
  base: PathSegment[];
  keys: string[];
  rows: Row[];
  hasDefault: boolean;
  defaultValue: Decimal | undefined;
  operation: unknown;
}

function tableViews(book: Obj): TableView[] {
  const out: TableView[] = [];
  const components = isObj(book.components) ? book.components : {};
  for (const c of ["damage", "theft"] as const) {
    const comp = components[c];
    const fb = isObj(comp) && isObj(comp.fallback) ? comp.fallback : undefined;
    if (!fb) continue;
    out.push({
      kind: "fallback",
      tableId: `${c}.fallback`,
      base: ["components", c, "fallback"],
      keys: asArray(fb.keys).filter((k): k is string => typeof k === "string"),
      rows: readRows(fb.rows),
      hasDefault: false,
      defaultValue: undefined,
      operation: undefined,
    });
  }
  asArray(book.factors).forEach((t, i) => {
    if (!isObj(t)) return;
    out.push({
      kind: "factor",
      tableId: tableIdAt(book, i),
      base: ["factors", i],
      keys: asArray(t.keys).filter((k): k is string => typeof k === "string"),
      rows: readRows(t.rows),
      hasDefault: t.default !== undefined,
      defaultValue: dec(t.default),
      operation: t.operation,
    });
  });
  return out;
}

function readRows(rows: unknown): Row[] {
  return asArray(rows).flatMap((r, index) => (isObj(r) && isObj(r.when) ? [{ index, when: r.when, value: dec(r.value), valueRaw: r.value }] : []));
}

/** All variables a pair of rows mentions, the table's keys first. */
function variablesOf(t: TableView, ...rows: Row[]): string[] {
  const vars = [...t.keys];
  for (const r of rows) for (const k of Object.keys(r.when)) if (!vars.includes(k)) vars.push(k);
  return vars;
}

function rowKey(t: TableView, r: Row, except?: string): string {
  return variablesOf(t, r)
    .filter((v) => v !== except)
    .map((v) => `${v}=${condKey(normalize(r.when[v]))}`)
    .join("&");
}

const isNumeric = (v: string) => NUMERIC_VARIABLES.has(v as TRatingVariable);
const shown = (cond: unknown) => formatCondition(cond as never);

class Linter {
  readonly issues: LintIssue[] = [];
  constructor(private readonly book: Obj) {}

  private add(severity: LintSeverity, code: LintIssue["code"], key: string, segs: PathSegment[], message: string) {
    const path = formatPath(segs);
    this.issues.push({ severity, code, key: `${code}|${key}`, path, ...locate(segs, this.book), message });
  }

  private cell(t: TableView, r: Row, variable: string): PathSegment[] {
    return [...t.base, "rows", r.index, "when", variable];
  }

  private valueCell(t: TableView, r: Row): PathSegment[] {
    return [...t.base, "rows", r.index, "value"];
  }

  /**
   * Conditions that can never match: a number written as text, a range on a variable that is not
   * numeric, a variable that is not a key. The schema says so too, but skips these checks while a
   * table has other errors; the editor needs them all the time.
   */
  conditionTypes(t: TableView) {
    for (const r of t.rows) {
      for (const [v, cond] of Object.entries(r.when)) {
        const numeric = isNumeric(v);
        const c = normalize(cond);
        let message: string | undefined;
        if (!t.keys.includes(v)) message = `Переменная «${v}» не входит в ключи таблицы`;
        else if (c.kind === "range" && !numeric) message = `«${v}» — не числовая переменная: диапазон здесь невозможен`;
        else if (c.kind === "set" && numeric && c.values.some((x) => typeof x !== "number")) message = `«${v}» — число: пишите 3, а не "3" (иначе ряд никогда не сработает)`;
        if (message) this.add("error", "condition-type", `${t.tableId}|${rowKey(t, r)}|${v}`, this.cell(t, r, v), message);
      }
    }
  }

  /** (c) identical conditions; (b) overlapping bands. */
  duplicatesAndOverlaps(t: TableView) {
    const duplicated = new Set<number>();
    const firstByKey = new Map<string, Row>();
    for (const r of t.rows) {
      const key = rowKey(t, r);
      const first = firstByKey.get(key);
      if (first) {
        duplicated.add(r.index);
        const v = variablesOf(t, r)[0];
        this.add("error", "duplicate-row", `${t.tableId}|${key}`, v === undefined ? [...t.base, "rows", r.index] : this.cell(t, r, v), `ряд ${r.index + 1} повторяет условия ряда ${first.index + 1} — он никогда не сработает`);
      } else firstByKey.set(key, r);
    }
    for (let j = 0; j < t.rows.length; j += 1) {
      const b = t.rows[j]!;
      if (duplicated.has(b.index)) continue;
      for (let i = 0; i < j; i += 1) {
        const a = t.rows[i]!;
        if (duplicated.has(a.index)) continue;
        const vars = variablesOf(t, a, b);
        const conds = vars.map((v) => [v, normalize(a.when[v]), normalize(b.when[v])] as const);
        if (!conds.every(([, x, y]) => intersects(x, y))) continue;
        const band = conds.find(([v, x, y]) => isNumeric(v) && x.kind !== "any" && y.kind !== "any" && (x.kind === "range" || y.kind === "range") && condKey(x) !== condKey(y));
        if (!band) continue;
        const [v] = band;
        this.add(
          "error",
          "band-overlap",
          `${t.tableId}|${v}|${rowKey(t, a)}|${rowKey(t, b)}`,
          this.cell(t, b, v),
          `ряды ${a.index + 1} и ${b.index + 1} пересекаются: ${shown(a.when[v])} и ${shown(b.when[v])}`,
        );
        break;
      }
    }
  }

  /** (b) gaps between consecutive bands, per numeric key, among rows alike in every other key. */
  gaps(t: TableView) {
    if (t.hasDefault) return;
    for (const v of t.keys) {
      if (!isNumeric(v) || v === "installments") continue;
      const integer = INTEGER_VARIABLES.has(v);
      const groups = new Map<string, { row: Row; lo?: Decimal; hi?: Decimal }[]>();
      for (const r of t.rows) {
        const c = normalize(r.when[v]);
        const intervals: { lo?: Decimal; hi?: Decimal }[] = [];
        if (c.kind === "range") intervals.push(c);
        else if (c.kind === "set" && integer && c.values.every((x) => typeof x === "number" && Number.isInteger(x))) {
          for (const x of c.values as number[]) intervals.push({ lo: new Decimal(x), hi: new Decimal(x).plus(1) });
        } else continue;
        const g = rowKey(t, r, v);
        const list = groups.get(g) ?? [];
        for (const iv of intervals) list.push({ row: r, ...iv });
        groups.set(g, list);
      }
      for (const [g, list] of groups) {
        if (list.length < 2) continue;
        list.sort((x, y) => (x.lo === undefined ? -1 : y.lo === undefined ? 1 : x.lo.cmp(y.lo)) || x.row.index - y.row.index);
        let reach = list[0]!.hi;
        let reachRow = list[0]!.row;
        for (const iv of list.slice(1)) {
          if (reach === undefined) break; // open upwards: everything above is covered
          if (iv.lo !== undefined && (integer ? reach.ceil().lt(iv.lo) : reach.lt(iv.lo))) {
            const gap = { gte: reach.toNumber(), lt: iv.lo.toNumber() };
            const rows = [reachRow.index + 1, iv.row.index + 1].sort((x, y) => x - y);
            this.add(
              "warning",
              "band-gap",
              `${t.tableId}|${v}|${g}|${reach.toString()}|${iv.lo.toString()}`,
              this.cell(t, iv.row, v),
              `пропуск между рядами ${rows[0]} и ${rows[1]}: значения ${shown(gap)} не попадают ни в один ряд${t.kind === "factor" ? " (добавьте ряд или значение по умолчанию)" : ""}`,
            );
          }
          if (iv.hi === undefined || iv.hi.gt(reach)) {
            reach = iv.hi;
            reachRow = iv.row;
          }
        }
      }
    }
  }

  /** (d) coefficients and loadings out of any plausible range. */
  coefficients(t: TableView) {
    const cells: [Decimal | undefined, PathSegment[], string][] = t.rows.map((r) => [r.value, this.valueCell(t, r), `ряд ${r.index + 1}`]);
    if (t.hasDefault) cells.push([t.defaultValue, [...t.base, "default"], "default"]);
    for (const [v, segs, what] of cells) {
      if (v === undefined) continue;
      if (t.kind === "fallback") {
        if (v.gt(BASE_RATE_LIMIT)) this.add("warning", "base-rate-implausible", `${t.tableId}|${what}`, segs, `базовый тариф ${percentOf(v)} % страховой суммы выглядит неправдоподобно: проверьте, что это доля (0.0438 = 4.38 %)`);
      } else if (t.operation === "multiply") {
        if (v.lte(0)) this.add("error", "coefficient-not-positive", `${t.tableId}|${what}`, segs, "коэффициент должен быть больше 0");
        else if (v.gt(10) || v.lt("0.1")) this.add("warning", "coefficient-implausible", `${t.tableId}|${what}|${v.toString()}`, segs, `коэффициент ${v.toString()} выглядит неправдоподобно: обычно он от 0.1 до 10`);
      } else if (t.operation === "add") {
        if (v.gt("0.2")) this.add("warning", "loading-too-high", `${t.tableId}|${what}|${v.toString()}`, segs, `надбавка ${v.toString()} — это ${percentOf(v)} % страховой суммы; проверьте значение`);
      }
    }
  }

  /** (e) a categorical key whose values the table does not all cover, with no default to fall back on. */
  coverage(t: TableView) {
    if (t.hasDefault || t.rows.length === 0) return;
    const elig = isObj(this.book.eligibility) ? this.book.eligibility : {};
    const offered = (field: string, all: readonly TScalar[]) => {
      const list = asArray(elig[field]).filter(isScalar);
      return list.length > 0 ? all.filter((v) => list.some((x) => sameScalar(x, v))) : all;
    };
    for (const v of t.keys) {
      let values = VARIABLE_VALUES[v as TRatingVariable];
      if (!values) continue;
      if (v === "coverage") values = offered("coverages", values);
      if (v === "repair") values = offered("repairOptions", values);
      if (v === "franchise.type") values = offered("franchiseTypes", values);
      if (v === "installments") values = offered("installments", values);
      if (v === "unlimitedDrivers" && elig.unlimitedDrivers === false) values = [false];
      const conds = t.rows.map((r) => normalize(r.when[v]));
      if (conds.some((c) => c.kind === "bad")) continue;
      const missing = values.filter((x) => !conds.some((c) => matches(c, x)));
      if (missing.length === 0) continue;
      const list = missing.map((x) => shown(x)).join(", ");
      this.add(
        "warning",
        "value-not-covered",
        `${t.tableId}|${v}|${missing.map(String).join(",")}`,
        [...t.base, "rows"],
        `нет значения для ${v}: ${list} — такие полисы получат отказ (добавьте ряд${t.kind === "factor" ? " или значение по умолчанию" : ""})`,
      );
    }
  }

  /** (f) options that should be cheaper must not cost more, among rows alike in every other key. */
  order(t: TableView) {
    for (const rule of ORDER_RULES) {
      if (!t.keys.includes(rule.variable)) continue;
      const groups = new Map<string, Row[]>();
      for (const r of t.rows) {
        const g = rowKey(t, r, rule.variable);
        groups.set(g, [...(groups.get(g) ?? []), r]);
      }
      for (const [g, rows] of groups) {
        const present = rule.cheapToDear.flatMap((option) => {
          const row = rows.find((r) => matches(normalize(r.when[rule.variable]), option));
          return row && row.value ? [{ option, row, value: row.value }] : [];
        });
        for (let k = 0; k + 1 < present.length; k += 1) {
          const cheap = present[k]!;
          const dear = present[k + 1]!;
          if (cheap.row === dear.row || !cheap.value.gt(dear.value)) continue;
          this.add(
            "warning",
            rule.code,
            `${t.tableId}|${g}|${String(cheap.option)}>${String(dear.option)}`,
            this.valueCell(t, cheap.row),
            rule.message(cheap.option, cheap.value.toString(), dear.option, dear.value.toString()),
          );
        }
      }
    }
    this.franchiseOrder(t);
  }

  private franchiseOrder(t: TableView) {
    if (!t.keys.includes("franchise.type")) return;
    const typeOf = (r: Row) => {
      const c = normalize(r.when["franchise.type"]);
      return c.kind === "set" && c.values.length === 1 ? c.values[0] : undefined;
    };
    const none = t.rows.find((r) => typeOf(r) === "none");
    if (none?.value) {
      for (const r of t.rows) {
        const c = normalize(r.when["franchise.type"]);
        if (r === none || !r.value || c.kind !== "set" || c.values.includes("none") || !r.value.gt(none.value)) continue;
        this.add(
          "warning",
          "order-franchise-none",
          `${t.tableId}|${rowKey(t, r)}`,
          this.valueCell(t, r),
          `с франшизой (ряд ${r.index + 1}: ${r.value.toString()}) дороже, чем без франшизы (${none.value.toString()}): франшиза должна удешевлять полис`,
        );
      }
    }
    for (const [type, variable] of [
      ["fixed", "franchise.amount"],
      ["fromSecondClaim", "franchise.amount"],
      ["percent", "franchise.percent"],
    ] as const) {
      const groups = new Map<string, { row: Row; lo: Decimal; value: Decimal }[]>();
      for (const r of t.rows) {
        const c = normalize(r.when[variable]);
        if (typeOf(r) !== type || !r.value) continue;
        const lo = c.kind === "range" ? (c.lo ?? new Decimal(0)) : c.kind === "set" && c.values.length === 1 ? dec(c.values[0]) : undefined;
        if (!lo) continue;
        const g = rowKey(t, r, variable);
        groups.set(g, [...(groups.get(g) ?? []), { row: r, lo, value: r.value }]);
      }
      for (const [g, list] of groups) {
        list.sort((x, y) => x.lo.cmp(y.lo));
        for (let k = 0; k + 1 < list.length; k += 1) {
          const small = list[k]!;
          const large = list[k + 1]!;
          if (!large.value.gt(small.value)) continue;
          const smallText = shown(small.row.when[variable]);
          const largeText = shown(large.row.when[variable]);
          this.add(
            "warning",
            "order-franchise-band",
            `${t.tableId}|${type}|${g}|${smallText}|${largeText}`,
            this.valueCell(t, large.row),
            `франшиза ${largeText} (${large.value.toString()}) дороже, чем меньшая ${smallText} (${small.value.toString()}): бо́льшая франшиза должна удешевлять полис`,
          );
        }
      }
    }
  }

  duplicateIds() {
    const seen = new Map<string, number>();
    asArray(this.book.factors).forEach((t, i) => {
      if (!isObj(t) || typeof t.id !== "string") return;
      if (seen.has(t.id)) this.add("error", "duplicate-table-id", t.id, ["factors", i, "id"], `таблица с id «${t.id}» уже есть (таблица ${seen.get(t.id)! + 1})`);
      else seen.set(t.id, i);
    });
    const items = isObj(this.book.discounts) ? asArray(this.book.discounts.items) : [];
    const ids = new Map<string, number>();
    items.forEach((d, i) => {
      if (!isObj(d) || typeof d.id !== "string") return;
      if (ids.has(d.id)) this.add("error", "duplicate-discount-id", d.id, ["discounts", "items", i, "id"], `скидка с id «${d.id}» уже есть (ряд ${ids.get(d.id)! + 1})`);
      else ids.set(d.id, i);
    });
  }

  baseRates() {
    const components = isObj(this.book.components) ? this.book.components : {};
    for (const c of ["damage", "theft"]) {
      const comp = components[c];
      const byModel = isObj(comp) && isObj(comp.byModel) ? comp.byModel : {};
      for (const [model, rate] of Object.entries(byModel)) {
        const v = dec(rate);
        if (v && v.gt(BASE_RATE_LIMIT)) this.add("warning", "base-rate-implausible", `${c}|${model}`, ["components", c, "byModel", model], `базовый тариф ${percentOf(v)} % страховой суммы выглядит неправдоподобно: проверьте значение`);
      }
    }
  }
}

const NAMES: Record<string, string> = {
  none: "без системы",
  standard: "штатная",
  satellite: "спутниковая",
  street: "на улице",
  guarded: "охраняемая стоянка",
  garage: "гараж",
  aggregate: "агрегатная",
  "non-aggregate": "неагрегатная",
  dealer: "у дилера",
  "insurer-garage": "СТОА страховщика",
  "insurer-calculation": "по калькуляции страховщика",
};

const named = (v: TScalar) => NAMES[String(v)] ?? String(v);

interface OrderRule {
  variable: string;
  code: LintWarningCode;
  cheapToDear: readonly TScalar[];
  message: (cheap: TScalar, cheapValue: string, dear: TScalar, dearValue: string) => string;
}

const yesNo = (b: TScalar) => (b === true ? "да" : "нет");

const ORDER_RULES: readonly OrderRule[] = [
  {
    variable: "vehicle.antiTheft",
    code: "order-anti-theft",
    cheapToDear: ["satellite", "standard", "none"],
    message: (c, cv, d, dv) => `противоугонная «${named(c)}» (${cv}) дороже, чем «${named(d)}» (${dv}): лучшая защита не должна стоить больше`,
  },
  {
    variable: "vehicle.parking",
    code: "order-parking",
    cheapToDear: ["garage", "guarded", "street"],
    message: (c, cv, d, dv) => `хранение «${named(c)}» (${cv}) дороже, чем «${named(d)}» (${dv}): более надёжное хранение не должно стоить больше`,
  },
  {
    variable: "wearDeduction",
    code: "order-wear-deduction",
    cheapToDear: [true, false],
    message: (_c, cv, _d, dv) => `выплата с учётом износа (${cv}) дороже, чем без него (${dv}): учёт износа должен удешевлять полис`,
  },
  {
    variable: "sumInsuredType",
    code: "order-sum-insured-type",
    cheapToDear: ["aggregate", "non-aggregate"],
    message: (_c, cv, _d, dv) => `агрегатная страховая сумма (${cv}) дороже неагрегатной (${dv}): агрегатная должна быть не дороже`,
  },
  {
    variable: "repair",
    code: "order-repair",
    cheapToDear: ["insurer-calculation", "insurer-garage", "dealer"],
    message: (c, cv, d, dv) => `ремонт «${named(c)}» (${cv}) дороже, чем «${named(d)}» (${dv}): этот вариант должен быть не дороже`,
  },
  {
    variable: "telematics",
    code: "order-telematics",
    cheapToDear: [true, false],
    message: (c, cv, d, dv) => `с телематикой (${yesNo(c)}: ${cv}) дороже, чем без неё (${yesNo(d)}: ${dv}): скидка за телематику получилась отрицательной`,
  },
  {
    variable: "switchingFromInsurer",
    code: "order-switching",
    cheapToDear: [true, false],
    message: (c, cv, d, dv) => `при переходе от другого страховщика (${yesNo(c)}: ${cv}) дороже, чем без перехода (${yesNo(d)}: ${dv}): скидка за переход получилась отрицательной`,
  },
  {
    variable: "bonusMalusClass",
    code: "order-bonus-malus",
    cheapToDear: ["13", "12", "11", "10", "9", "8", "7", "6", "5", "4", "3", "2", "1", "0", "M"],
    message: (c, cv, d, dv) => `класс ${String(c)} (${cv}) дороже класса ${String(d)} (${dv}): более высокий класс не должен стоить больше`,
  },
];

/** All findings, schema errors first, then the editor's rules table by table. */
export function lintRateBook(json: unknown): LintIssue[] {
  const schema = schemaIssues(json);
  if (!isObj(json)) return schema;
  const linter = new Linter(json);
  linter.baseRates();
  for (const t of tableViews(json)) {
    linter.conditionTypes(t);
    linter.duplicatesAndOverlaps(t);
    linter.gaps(t);
    linter.coefficients(t);
    linter.coverage(t);
    if (t.kind === "factor") linter.order(t);
  }
  linter.duplicateIds();
  const schemaPaths = new Set(schema.map((i) => i.path));
  return [...schema, ...linter.issues.filter((i) => !schemaPaths.has(i.path))];
}
