import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ERROR_CODES, lintRateBook, WARNING_CODES, type LintIssue } from "@/lib/editor/lint-rate-book";
import renaissance from "@/data/rate-books/renaissance/2019-01-01.json";

const DATA = path.join(process.cwd(), "data/rate-books");

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Book = any;

/** A deep copy of the real Renaissance 2019 book to break. */
function book(): Book {
  return structuredClone(renaissance);
}

function tableIndex(b: Book, id: string): number {
  const i = (b.factors as { id: string }[]).findIndex((t) => t.id === id);
  if (i < 0) throw new Error(`no table ${id}`);
  return i;
}

function table(b: Book, id: string) {
  return b.factors[tableIndex(b, id)];
}

const byCode = (issues: LintIssue[], code: string) => issues.filter((i) => i.code === code);

function only(issues: LintIssue[], code: string): LintIssue {
  const found = byCode(issues, code);
  expect(found, JSON.stringify(issues, null, 1)).toHaveLength(1);
  return found[0]!;
}

/** A one-key multiply table over driver.age with the given bands. */
function ageTable(bands: [number, number | undefined][], extra: object = {}) {
  return {
    id: "test-age",
    label: { ru: "Тест: возраст", en: "Test: age" },
    appliesTo: ["damage"],
    operation: "multiply",
    keys: ["driver.age"],
    rows: bands.map(([gte, lt], i) => ({ when: { "driver.age": lt === undefined ? { gte } : { gte, lt } }, value: String(1 + i / 10) })),
    ...extra,
  };
}

describe("real rate books", () => {
  const files = readdirSync(DATA).flatMap((insurer) => readdirSync(path.join(DATA, insurer)).map((f) => path.join(insurer, f)));

  it.each(files)("%s has no errors and no warnings", (file) => {
    const issues = lintRateBook(JSON.parse(readFileSync(path.join(DATA, file), "utf8")));
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(issues.filter((i) => i.severity === "warning")).toEqual([]);
  });
});

describe("(a) schema issues", () => {
  it("reports each zod issue once, in Russian, at its table, row and column", () => {
    const b = book();
    b.factors[0].rows[1].value = "abc"; // also "must be > 0": only the first issue of a cell is kept
    b.factors[0].rows[4].when["vehicle.ageYears"] = "5";
    const issues = lintRateBook(b);
    expect(issues.filter((i) => i.path === "factors.0.rows.1.value")).toEqual([
      {
        severity: "error",
        code: "schema",
        key: "schema|factors.0.rows.1.value",
        path: "factors.0.rows.1.value",
        tableId: "vehicle-age",
        row: 2,
        column: "value",
        message: "Введите десятичное число через точку, например 1.05",
      },
    ]);
    expect(issues.find((i) => i.path === 'factors.0.rows.4.when["vehicle.ageYears"]')).toMatchObject({
      severity: "error",
      tableId: "vehicle-age",
      row: 5,
      column: "vehicle.ageYears",
      message: '«vehicle.ageYears» — число: пишите 3, а не "3" (иначе ряд никогда не сработает)',
    });
  });

  it("locates issues outside factor tables", () => {
    const b = book();
    b.eligibility.maxVehicleAgeYears = "10";
    b.eligibility.coverages = [];
    b.components.damage.byModel["Kia Rio"] = "0.03";
    b.components.theft.fallback.rows[1].value = "0";
    b.discounts.items[1].percent = "120";
    b.rounding.premiumDecimals = 3;
    const issues = lintRateBook(b);
    const at = (p: string) => issues.find((i) => i.path === p);
    expect(at("eligibility.maxVehicleAgeYears")).toMatchObject({ tableId: "eligibility", column: "maxVehicleAgeYears", message: "Введите число" });
    expect(at("eligibility.coverages")).toMatchObject({ tableId: "eligibility", column: "coverages", message: "Нужно хотя бы одно значение" });
    expect(at('components.damage.byModel["Kia Rio"]')).toMatchObject({ tableId: "base-rates", row: 9, column: "damage", message: expect.stringMatching(/^Неверный идентификатор модели «Kia Rio»/) });
    expect(at("components.theft.fallback.rows.1.value")).toMatchObject({ tableId: "theft.fallback", row: 2, column: "value", message: "Значение должно быть больше 0" });
    expect(at("discounts.items.1.percent")).toMatchObject({ tableId: "discounts", row: 2, column: "percent", message: "Скидка должна быть меньше 100 %" });
    expect(at("rounding.premiumDecimals")).toMatchObject({ column: "rounding.premiumDecimals", message: "Допустимые значения: 0, 2" });
  });

  it("says what to do with a table over driver variables that adds, and a duplicate table id", () => {
    const b = book();
    table(b, "driver-children").operation = "add";
    b.factors.push({ ...structuredClone(table(b, "parking")) });
    const issues = lintRateBook(b);
    expect(issues.find((i) => i.path === `factors.${tableIndex(b, "driver-children")}.operation`)?.message).toBe("Таблицы по данным водителя должны умножать (по ним выбирается худший водитель)");
    // the schema reports it when the rest of the book is valid; the linter's own check when not
    expect(issues.filter((i) => i.path === `factors.${b.factors.length - 1}.id`)).toEqual([
      expect.objectContaining({ severity: "error", tableId: "parking", column: "id", message: expect.stringMatching(/^[Тт]аблица с id «parking» уже есть/) }),
    ]);
    b.notes = [{ ru: "только по-русски" }]; // an invalid_type elsewhere stops the schema's whole-book checks
    expect(only(lintRateBook(b), "duplicate-table-id")).toMatchObject({ path: `factors.${b.factors.length - 1}.id`, message: `таблица с id «parking» уже есть (таблица ${tableIndex(b, "parking") + 1})` });
  });

  it("reports conditions that can never match even while the schema skips its table checks", () => {
    const b = book();
    b.factors[0].rows[1] = { when: { "vehicle.ageYears": "1" }, value: 1.02 }; // the number value stops zod's table refinements
    table(b, "parking").rows[0].when["vehicle.parking"] = { gte: 1 };
    table(b, "region").rows[0].when["driver.age"] = 30;
    const issues = byCode(lintRateBook(b), "condition-type");
    expect(issues.map((i) => [i.tableId, i.row, i.column, i.message])).toEqual([
      ["vehicle-age", 2, "vehicle.ageYears", '«vehicle.ageYears» — число: пишите 3, а не "3" (иначе ряд никогда не сработает)'],
    ]);
    expect(lintRateBook(b).find((i) => i.path === `factors.${tableIndex(b, "parking")}.rows.0.when["vehicle.parking"]`)?.message).toBe("«vehicle.parking» — не числовая переменная: диапазон здесь невозможен");
    expect(lintRateBook(b).find((i) => i.path === `factors.${tableIndex(b, "region")}.rows.0.when["driver.age"]`)?.message).toBe("Переменная «driver.age» не входит в ключи таблицы");
  });

  it("answers a body that is not an object", () => {
    expect(lintRateBook(null)).toEqual([expect.objectContaining({ severity: "error", path: "", message: "Тариф должен быть объектом JSON" })]);
  });

  it("never throws, whatever the draft holds", () => {
    // Any JSON, and the real book with one part replaced by any JSON: a broken draft is checked as far as its shape allows.
    const parts = ["factors", "components", "eligibility", "discounts", "rounding", "notes", "minimumPremium"];
    const spliced = fc.tuple(fc.constantFrom(...parts), fc.nat(20), fc.jsonValue()).map(([part, i, junk]) => {
      const b = book();
      if (Array.isArray(b[part]) && b[part].length > 0) b[part][i % b[part].length] = junk;
      else if (b[part] && typeof b[part] === "object") b[part][Object.keys(b[part])[i % Object.keys(b[part]).length]!] = junk;
      else b[part] = junk;
      return b;
    });
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), spliced), (draft) => {
        for (const issue of lintRateBook(draft)) expect(issue.message).not.toBe("");
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});

describe("(b) bands", () => {
  it("reports overlapping bands on the later row", () => {
    const b = book();
    b.factors.push(ageTable([[16, 18], [18, 20], [20, 25], [22, 30]]));
    const issue = only(lintRateBook(b), "band-overlap");
    expect(issue).toMatchObject({
      severity: "error",
      path: `factors.${b.factors.length - 1}.rows.3.when["driver.age"]`,
      tableId: "test-age",
      row: 4,
      column: "driver.age",
      message: "ряды 3 и 4 пересекаются: 20–25 и 22–30",
    });
  });

  it("checks bands against each other only for the same values of the other keys", () => {
    const b = book();
    const t = table(b, "driver-age-experience");
    expect(lintRateBook(b)).toEqual([]); // 7 age bands × 5 experience bands: the same experience bands repeat per age band
    t.rows[1].when["driver.experienceYears"] = { gte: 1, lt: 3 };
    expect(only(lintRateBook(b), "band-overlap")).toMatchObject({ row: 2, column: "driver.experienceYears", message: "ряды 1 и 2 пересекаются: 0–2 и 1–3" });
  });

  it("reports a band starting inside an exact value's neighbour (points and ranges mix)", () => {
    const b = book();
    table(b, "vehicle-age").rows[3].when["vehicle.ageYears"] = { gte: 2, lt: 5 };
    expect(only(lintRateBook(b), "band-overlap")).toMatchObject({ tableId: "vehicle-age", row: 4, message: "ряды 3 и 4 пересекаются: 2 и 2–5" });
  });

  it("warns about a gap between consecutive bands unless the table has a default", () => {
    const b = book();
    b.factors.push(ageTable([[18, 22], [23, 30], [30, undefined]]));
    const issue = only(lintRateBook(b), "band-gap");
    expect(issue).toMatchObject({
      severity: "warning",
      path: `factors.${b.factors.length - 1}.rows.1.when["driver.age"]`,
      tableId: "test-age",
      row: 2,
      column: "driver.age",
      message: "пропуск между рядами 1 и 2: значения 22–23 не попадают ни в один ряд (добавьте ряд или значение по умолчанию)",
    });
    b.factors[b.factors.length - 1].default = "1";
    expect(byCode(lintRateBook(b), "band-gap")).toEqual([]);
  });

  it("treats exact whole numbers as one-wide bands and finds gaps in fallback tables too", () => {
    const b = book();
    table(b, "vehicle-age").rows[4].when["vehicle.ageYears"] = { gte: 6, lt: 8 };
    expect(only(lintRateBook(b), "band-gap")).toMatchObject({ row: 5, message: expect.stringContaining("значения 5–6 не попадают") });
    const c = book();
    c.components.theft.fallback.rows.splice(2, 1); // groups 1, 2, 4
    expect(only(lintRateBook(c), "band-gap")).toMatchObject({ tableId: "theft.fallback", row: 3, column: "vehicle.theftRiskGroup", message: "пропуск между рядами 2 и 3: значения 3–4 не попадают ни в один ряд" });
  });
});

describe("(c) repeated rows", () => {
  it("reports a row whose conditions repeat an earlier row's", () => {
    const b = book();
    const t = table(b, "parking");
    t.rows.push({ when: { "vehicle.parking": "street" }, value: "1.1" });
    expect(only(lintRateBook(b), "duplicate-row")).toMatchObject({
      severity: "error",
      path: `factors.${tableIndex(b, "parking")}.rows.3.when["vehicle.parking"]`,
      tableId: "parking",
      row: 4,
      column: "vehicle.parking",
      message: "ряд 4 повторяет условия ряда 1 — он никогда не сработает",
    });
  });

  it("sees lists in any order and equal bounds as the same conditions", () => {
    const b = book();
    const t = table(b, "region");
    t.rows.push({ when: { region: [...t.rows[3].when.region].reverse() }, value: "1" });
    expect(only(lintRateBook(b), "duplicate-row").row).toBe(5);
    const c = book();
    table(c, "engine-power").rows.push({ when: { "vehicle.powerHp": { gte: "200", lt: 250 } }, value: "1" });
    expect(only(lintRateBook(c), "duplicate-row").message).toBe("ряд 5 повторяет условия ряда 2 — он никогда не сработает");
  });
});

describe("(d) coefficients", () => {
  it("rejects a coefficient of 0 or less", () => {
    const b = book();
    table(b, "credit").rows[0].value = "0";
    table(b, "credit").default = "-1";
    const issues = lintRateBook(b).filter((i) => i.tableId === "credit");
    expect(issues.map((i) => [i.severity, i.column, i.message])).toEqual([
      ["error", "value", "Коэффициент должен быть больше 0"],
      ["error", "default", "Коэффициент должен быть больше 0"],
    ]);
  });

  it("warns about an implausible coefficient or loading", () => {
    const b = book();
    table(b, "installments").rows[2].value = "12";
    table(b, "installments").rows[1].value = "0.05";
    const credit = table(b, "credit");
    credit.operation = "add";
    credit.rows[0].value = "0.25";
    credit.rows[1].value = "0";
    const issues = lintRateBook(b);
    expect(byCode(issues, "coefficient-implausible").map((i) => [i.row, i.message])).toEqual([
      [2, "коэффициент 0.05 выглядит неправдоподобно: обычно он от 0.1 до 10"],
      [3, "коэффициент 12 выглядит неправдоподобно: обычно он от 0.1 до 10"],
    ]);
    expect(only(issues, "loading-too-high")).toMatchObject({ severity: "warning", tableId: "credit", row: 1, column: "value", message: "надбавка 0.25 — это 25 % страховой суммы; проверьте значение" });
  });

  it("warns about a base rate that looks like percent typed as a fraction", () => {
    const b = book();
    b.components.damage.byModel["kia-rio"] = "3.46";
    expect(only(lintRateBook(b), "base-rate-implausible")).toMatchObject({ tableId: "base-rates", row: 2, column: "damage", message: "базовый тариф 346 % страховой суммы выглядит неправдоподобно: проверьте значение" });
  });
});

describe("(e) categorical keys", () => {
  it("warns when a table without a default misses a value of its key", () => {
    const b = book();
    const i = tableIndex(b, "anti-theft");
    b.factors[i].rows.pop(); // satellite
    expect(only(lintRateBook(b), "value-not-covered")).toMatchObject({
      severity: "warning",
      path: `factors.${i}.rows`,
      tableId: "anti-theft",
      message: "нет значения для vehicle.antiTheft: satellite — такие полисы получат отказ (добавьте ряд или значение по умолчанию)",
    });
    b.factors[i].default = "1";
    expect(byCode(lintRateBook(b), "value-not-covered")).toEqual([]);
  });

  it("knows bonus-malus classes, booleans and installments, and only asks for options the insurer offers", () => {
    const b = book();
    table(b, "bonus-malus").rows.splice(14, 1); // class 13
    table(b, "wear-deduction").rows.splice(1, 1); // true
    table(b, "installments").rows.splice(2, 1); // 4
    const messages = byCode(lintRateBook(b), "value-not-covered").map((i) => i.message.split(" — ")[0]);
    expect(messages).toEqual(["нет значения для bonusMalusClass: 13", "нет значения для wearDeduction: да", "нет значения для installments: 4"]);
    b.eligibility.installments = [1, 2];
    expect(byCode(lintRateBook(b), "value-not-covered")).toHaveLength(2);
  });

  it("checks the fallback tables' keys too", () => {
    const b = book();
    b.components.damage.fallback.rows.splice(6, 1); // van
    expect(only(lintRateBook(b), "value-not-covered")).toMatchObject({ tableId: "damage.fallback", path: "components.damage.fallback.rows", message: "нет значения для vehicle.class: van — такие полисы получат отказ (добавьте ряд)" });
  });
});

describe("(f) cheaper options must not cost more", () => {
  const cases: [string, (b: Book) => void, string, Partial<LintIssue>][] = [
    ["anti-theft", (b) => (table(b, "anti-theft").rows[2].value = "1.1"), "order-anti-theft", { row: 3, message: "противоугонная «спутниковая» (1.1) дороже, чем «штатная» (1): лучшая защита не должна стоить больше" }],
    ["anti-theft standard > none", (b) => (table(b, "anti-theft").rows[1].value = "1.3"), "order-anti-theft", { row: 2, message: "противоугонная «штатная» (1.3) дороже, чем «без системы» (1.25): лучшая защита не должна стоить больше" }],
    ["parking", (b) => (table(b, "parking").rows[2].value = "0.95"), "order-parking", { row: 3, message: "хранение «гараж» (0.95) дороже, чем «охраняемая стоянка» (0.92): более надёжное хранение не должно стоить больше" }],
    ["wear deduction", (b) => (table(b, "wear-deduction").rows[1].value = "1.05"), "order-wear-deduction", { row: 2, message: "выплата с учётом износа (1.05) дороже, чем без него (1): учёт износа должен удешевлять полис" }],
    ["aggregate sum", (b) => (table(b, "sum-insured-type").rows[1].value = "1.01"), "order-sum-insured-type", { row: 2, message: "агрегатная страховая сумма (1.01) дороже неагрегатной (1): агрегатная должна быть не дороже" }],
    ["repair calculation", (b) => (table(b, "repair").rows[3].value = "0.9"), "order-repair", { row: 4, message: "ремонт «по калькуляции страховщика» (0.9) дороже, чем «СТОА страховщика» (0.86): этот вариант должен быть не дороже" }],
    ["repair insurer garage", (b) => (table(b, "repair").rows[1].value = "1.01"), "order-repair", { row: 2, message: "ремонт «СТОА страховщика» (1.01) дороже, чем «у дилера» (1): этот вариант должен быть не дороже" }],
    ["franchise vs none", (b) => (table(b, "franchise").rows[7].value = "1.02"), "order-franchise-none", { row: 8, message: "с франшизой (ряд 8: 1.02) дороже, чем без франшизы (1): франшиза должна удешевлять полис" }],
    ["larger fixed franchise", (b) => (table(b, "franchise").rows[3].value = "0.91"), "order-franchise-band", { row: 4, message: "франшиза 20 000–30 000 (0.91) дороже, чем меньшая 10 000–20 000 (0.9): бо́льшая франшиза должна удешевлять полис" }],
    ["bonus-malus", (b) => (table(b, "bonus-malus").rows[6].value = "0.97"), "order-bonus-malus", { row: 7, message: "класс 5 (0.97) дороже класса 4 (0.96): более высокий класс не должен стоить больше" }],
  ];

  it.each(cases)("%s", (_name, breakIt, code, expected) => {
    const b = book();
    breakIt(b);
    const issue = only(lintRateBook(b), code);
    expect(issue).toMatchObject({ severity: "warning", column: "value", ...expected });
    expect(issue.path).toBe(`factors.${tableIndex(b, issue.tableId!)}.rows.${issue.row! - 1}.value`);
  });

  it("telematics and switching tables: the 'yes' row must not cost more", () => {
    const b = book();
    const yesNo = (id: string, key: string, yes: string) => ({ id, label: { ru: id, en: id }, appliesTo: ["damage"], operation: "multiply", keys: [key], rows: [{ when: { [key]: true }, value: yes }, { when: { [key]: false }, value: "1" }] });
    b.factors.push(yesNo("telematics-factor", "telematics", "1.1"), yesNo("switching-factor", "switchingFromInsurer", "1.05"));
    const issues = lintRateBook(b);
    expect(only(issues, "order-telematics")).toMatchObject({ tableId: "telematics-factor", row: 1, message: "с телематикой (да: 1.1) дороже, чем без неё (нет: 1): скидка за телематику получилась отрицательной" });
    expect(only(issues, "order-switching")).toMatchObject({ tableId: "switching-factor", row: 1, message: "при переходе от другого страховщика (да: 1.05) дороже, чем без перехода (нет: 1): скидка за переход получилась отрицательной" });
  });
});

describe("acknowledgement keys", () => {
  it("gives every issue a code of its severity's list, the two lists distinct, so acknowledgement keys stay meaningful", () => {
    expect(new Set([...WARNING_CODES, ...ERROR_CODES]).size).toBe(WARNING_CODES.length + ERROR_CODES.length);
    const b = book();
    table(b, "vehicle-age").rows[4].when["vehicle.ageYears"] = { gte: 6, lt: 8 };
    table(b, "vehicle-age").rows[3].when["vehicle.ageYears"] = { gte: 2, lt: 5 };
    table(b, "parking").rows[2].value = "0.95";
    table(b, "bonus-malus").rows[6].value = "0";
    b.factors[0].rows[4].when["vehicle.ageYears"] = "5";
    const issues = lintRateBook(b);
    expect(new Set(issues.map((i) => i.severity))).toEqual(new Set(["error", "warning"]));
    for (const issue of issues) expect(issue.severity === "error" ? ERROR_CODES : WARNING_CODES, `${issue.code} at ${issue.path}`).toContain(issue.code);
  });

  it("keeps a warning's key when rows are inserted above it, tables move or values elsewhere change", () => {
    const b = book();
    table(b, "vehicle-age").rows[4].when["vehicle.ageYears"] = { gte: 6, lt: 8 };
    table(b, "parking").rows[2].value = "0.95";
    const before = lintRateBook(b).filter((i) => i.severity === "warning");
    expect(before.map((i) => i.code)).toEqual(["band-gap", "order-parking"]);

    const c = structuredClone(b);
    table(c, "vehicle-age").rows.unshift({ when: { "vehicle.ageYears": 11 }, value: "1.2" });
    table(c, "parking").rows.unshift({ when: { "vehicle.parking": "street" }, value: "1" }, { when: { "vehicle.parking": "guarded" }, value: "0.92" });
    table(c, "parking").rows.splice(2, 2); // the same rows, now first
    c.factors.reverse();
    table(c, "region").rows[0].value = "1.2";
    const after = lintRateBook(c).filter((i) => i.severity === "warning");
    expect(after.map((i) => i.key).sort()).toEqual(before.map((i) => i.key).sort());
    expect(after.find((i) => i.code === "band-gap")!.row).toBe(6); // the row moved, the key did not
  });

  it("gives different findings different keys and each warning a listed code", () => {
    const b = book();
    table(b, "anti-theft").rows[2].value = "1.1";
    table(b, "anti-theft").rows[1].value = "1.3";
    table(b, "bonus-malus").rows[6].value = "0.97";
    const warnings = lintRateBook(b).filter((i) => i.severity === "warning");
    expect(new Set(warnings.map((i) => i.key)).size).toBe(warnings.length);
    for (const w of warnings) expect(WARNING_CODES).toContain(w.code);
  });
});
