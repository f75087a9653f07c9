/** The editor's rules over each table: overlaps, gaps, duplicates, coefficients, coverage, order. */
import { Decimal } from "@/lib/rating/decimal";
import { type TRatingVariable } from "@/lib/rating/variables";
import { INTEGER_VARIABLES, VARIABLE_VALUES, type TScalar } from "../condition-text";
import { type LintSeverity, type LintIssue, type PathSegment, formatPath } from "./issue";
import { type Obj, isObj, asArray, dec, percentOf, BASE_RATE_LIMIT } from "./json";
import { locate } from "./schema-issues";
import { isScalar, normalize, sameScalar, intersects, condKey, matches, type Row, type TableView, variablesOf, rowKey, isNumeric, shown } from "./table-views";
import { ORDER_RULES } from "./order-rules";
import { programmeOrder } from "./programme-order";
import { modelReferencePaths } from "@/lib/catalog/model-references";
import { INSTALLMENT_COUNTS } from "@/lib/rating/options";

/** Above this, a cap on the agent's discount from commission is flagged (see agentDiscount()). */
export const AGENT_DISCOUNT_PLAUSIBLE_PERCENT = 30;

export class Linter {
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
      // Format 2 offers any count 1–12 (eligibility.installments); format 1 only 1, 2 and 4.
      if (v === "installments") values = offered("installments", this.book.schemaVersion === 2 ? INSTALLMENT_COUNTS : values);
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

  /**
   * The agent's discount comes out of the agent's commission, which for KASKO is a few tens of
   * percent of the premium at most: a cap above AGENT_DISCOUNT_PLAUSIBLE_PERCENT is almost surely
   * a typo (the schema already refuses anything outside 0–100).
   */
  agentDiscount() {
    const ad = this.book.agentDiscount;
    if (!isObj(ad)) return;
    const v = dec(ad.maxPercent);
    if (v && v.gt(AGENT_DISCOUNT_PLAUSIBLE_PERCENT) && v.lte(100)) {
      this.add(
        "warning",
        "agent-discount-implausible",
        v.toString(),
        ["agentDiscount", "maxPercent"],
        `скидка агента до ${v.toString()} % премии больше, чем обычное комиссионное вознаграждение по КАСКО (до ${AGENT_DISCOUNT_PLAUSIBLE_PERCENT} %): проверьте значение`,
      );
    }
  }

  /** A programme with fewer risks must not cost more than a fuller one (lint/programme-order.ts). */
  programmes() {
    for (const f of programmeOrder(this.book)) this.add("warning", "programme-costs-more", f.key, f.path, f.message);
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

  /** Every model the book names must be in the catalog (rates per model, conditions on the model). */
  unknownModels(known: { has(id: string): boolean }) {
    for (const ref of modelReferencePaths(this.book)) {
      if (known.has(ref.id)) continue;
      this.add("error", "unknown-model", ref.id, ref.path, `модели «${ref.id}» нет в каталоге: добавьте её в каталог (раздел «Каталог») или уберите из тарифа`);
    }
  }
}
