/** Reading typed cells back: conditions, percents and model ids, with the issues of cells that do not parse. */
import { parseCondition } from "@/lib/editor/condition-text";
import type { TCondition } from "@/lib/rating/rate-book-schema";
import { percentToFraction } from "../percent";
import type { EditorIssue } from "./types";
import { isObj, percentText, type Obj } from "./values";

export class Writer {
  readonly issues: EditorIssue[] = [];

  private problem(path: string, code: string, message: string, where: Pick<EditorIssue, "tableId" | "row" | "column">) {
    this.issues.push({ severity: "error", code, key: `${code}|${path}`, path, ...where, message });
  }

  /**
   * A row's `when`. A cell the editor has not touched keeps its original condition, even a broken
   * one (the check reports it; opening a draft never changes it). A touched cell is read from its
   * text — keeping the original when it means the same ("18–22" for { gte: 18, lt: "22" }) — and
   * left out (and reported) when it does not parse.
   */
  when(
    keys: readonly string[],
    cells: Record<string, string>,
    origWhen: Obj,
    touched: Readonly<Record<string, true>>,
    pathOf: (key: string) => string,
    where: (key: string) => Pick<EditorIssue, "tableId" | "row" | "column">,
  ): Obj {
    const out: Obj = {};
    const order = [...Object.keys(origWhen), ...keys.filter((k) => !(k in origWhen))];
    for (const k of order) {
      if (!keys.includes(k)) {
        out[k] = origWhen[k]; // not a column (a broken draft): kept for the schema check to report
        continue;
      }
      const orig = origWhen[k];
      if (!touched[k]) {
        if (orig !== undefined) out[k] = orig;
        continue;
      }
      const parsed = parseCondition(cells[k] ?? "", k);
      if (!parsed.ok) this.problem(pathOf(k), "cell-syntax", parsed.message, where(k));
      else if (parsed.condition !== undefined) out[k] = orig !== undefined && sameCondition(orig, parsed.condition) ? orig : parsed.condition;
    }
    return out;
  }

  /** A fraction from percent text: the original when untouched; undefined (and reported) when it does not parse. */
  percent(cellText: string, orig: unknown, path: string, where: Pick<EditorIssue, "tableId" | "row" | "column">): string | undefined {
    if (typeof orig === "string" && cellText === percentText(orig)) return orig;
    const fraction = percentToFraction(cellText);
    if (fraction === undefined) this.problem(path, "cell-syntax", "Введите ставку в процентах числом, например 4.38", where);
    return fraction;
  }

  modelId(model: string, path: string, where: Pick<EditorIssue, "tableId" | "row" | "column">, seen: Set<string>): boolean {
    if (model === "") this.problem(path, "model-id", "Укажите идентификатор модели, например kia-rio", where);
    else if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(model)) this.problem(path, "model-id", "Идентификатор модели: строчные латинские буквы, цифры и дефисы, например kia-rio", where);
    else if (seen.has(model)) this.problem(path, "model-id", `Модель ${model} уже есть в таблице`, where);
    else {
      seen.add(model);
      return true;
    }
    return false;
  }
}

/** "007.50" → "7.5". */
function canonicalDecimal(s: string): string {
  const [int = "", frac = ""] = s.split(".");
  const i = int.replace(/^(-?)0+(?=\d)/, "$1");
  const f = frac.replace(/0+$/, "");
  return f === "" ? i : `${i}.${f}`;
}

/** Whether a stored condition means exactly what the parsed one does (bounds "22" and 22, ["77"] and "77" alike). */
function sameCondition(stored: unknown, parsed: TCondition): boolean {
  const bound = (v: unknown) => (typeof v === "number" || (typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v)) ? canonicalDecimal(String(v)) : v === undefined ? undefined : Symbol());
  if (isObj(stored) || isObj(parsed)) {
    if (!isObj(stored) || !isObj(parsed) || !Object.keys(stored).every((k) => k === "gte" || k === "lt")) return false;
    return bound(stored.gte) === bound(parsed.gte) && bound(stored.lt) === bound(parsed.lt);
  }
  const a = Array.isArray(stored) ? stored : [stored];
  const b = Array.isArray(parsed) ? parsed : [parsed];
  return a.length === b.length && a.every((x) => b.some((y) => x === y));
}
