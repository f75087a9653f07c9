/**
 * The results of a bulk quote as CSV: UTF-8 with a byte-order mark (so that Excel reads
 * Cyrillic), comma-separated with decimal points, or semicolon-separated with decimal commas as
 * Russian Excel expects. Per row: the file row, the kept columns, the cheapest insurer and
 * premium, every insurer's premium or decline reason, and the row's errors — in the agent's
 * language. Every cell passes the formula escape (lib/csv/formula-escape.ts); papaparse quotes.
 * Pure; no I/O.
 */
import Papa from "papaparse";
import { escapeCsvCell } from "@/lib/csv/formula-escape";
import type { InsurerColumn, RowResult } from "./price-rows";
import type { RowIssue } from "./row-request";

export const BOM = "\uFEFF";

export interface ResultsCsvTexts {
  row: string;
  cheapest: string;
  cheapestPremium: string;
  errors: string;
  /** "declined: …" around the reasons. */
  declined: (reasons: string) => string;
  /** A field's name and what is wrong with it, for the errors column. */
  issue: (issue: RowIssue) => string;
}

export interface ResultsCsvOptions {
  locale: "ru" | "en";
  separator: "," | ";";
  /** The kept columns' headers, in order. */
  keptHeaders: readonly string[];
  insurers: readonly InsurerColumn[];
  texts: ResultsCsvTexts;
}

/** The header line and a function making each row's cells (so that a long result can be written in parts). */
export function resultsCsvWriter(options: ResultsCsvOptions) {
  const { locale, separator, insurers, texts } = options;
  const money = (premium: string) => (separator === ";" ? premium.replace(".", ",") : premium);
  const insurerName = (i: InsurerColumn) => (locale === "ru" ? i.nameRu : i.nameEn);
  const header = [texts.row, ...options.keptHeaders, texts.cheapest, texts.cheapestPremium, ...insurers.map(insurerName), texts.errors];
  const byId = new Map(insurers.map((i) => [i.id, i]));
  const cells = (r: RowResult): string[] => {
    const quotes = new Map(r.quotes ?? []);
    const declined = new Map(r.declined ?? []);
    const cheapest = r.quotes?.[0];
    const cheapestInsurer = cheapest ? byId.get(cheapest[0]) : undefined;
    return [
      String(r.row),
      ...options.keptHeaders.map((_, i) => r.label[i] ?? ""),
      cheapestInsurer ? insurerName(cheapestInsurer) : (cheapest?.[0] ?? ""),
      cheapest ? money(cheapest[1]) : "",
      ...insurers.map((i) => {
        const premium = quotes.get(i.id);
        if (premium !== undefined) return money(premium);
        const reasons = declined.get(i.id);
        return reasons ? texts.declined(reasons.map((x) => x[locale]).join("; ")) : "";
      }),
      (r.issues ?? []).map(texts.issue).join("; "),
    ];
  };
  const line = (values: string[]) => Papa.unparse([values.map(escapeCsvCell)], { delimiter: separator, newline: "\r\n", quotes: false });
  return {
    head: BOM + line(header) + "\r\n",
    rows: (results: readonly RowResult[]) => (results.length === 0 ? "" : results.map((r) => line(cells(r))).join("\r\n") + "\r\n"),
  };
}

/** The whole results file in one string. */
export function resultsCsv(results: readonly RowResult[], options: ResultsCsvOptions): string {
  const writer = resultsCsvWriter(options);
  return writer.head + writer.rows(results);
}
