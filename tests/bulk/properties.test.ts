/**
 * Invariants of bulk quoting's files, for any content: a list written by a spreadsheet (either
 * separator, quotes where needed, UTF-8 with or without BOM) reads back cell for cell; no cell of
 * a results file starts with what a spreadsheet would run, and each reads back unescaped as written.
 */
import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { readClientList } from "@/lib/bulk/read-file";
import { resultsCsv } from "@/lib/bulk/results-csv";
import { unescapeCsvCell } from "@/lib/csv/formula-escape";

const cell = fc.string({ unit: fc.constantFrom(..."аБвЁё xyZ09;,\"'=+-@\t\n.«»№"), maxLength: 12 }).map((s) => s.trim());
const header = fc.string({ unit: fc.constantFrom(..."МодельГодyear"), minLength: 1, maxLength: 8 });

describe("bulk files, any content", () => {
  it("a list written with either separator and encoding reads back cell for cell", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 5 }), fc.constantFrom(",", ";"), fc.boolean(), fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { minLength: 1, maxLength: 6 }), fc.array(header, { minLength: 5, maxLength: 5 }), (columns, separator, bom, rows, headers) => {
        const data = rows.map((r) => r.slice(0, columns));
        // A row of only blanks is a blank line, which readers skip.
        fc.pre(data.every((r) => r.some((c) => c !== "")));
        const text = Papa.unparse([headers.slice(0, columns), ...data], { delimiter: separator, newline: "\r\n" });
        const bytes = new TextEncoder().encode((bom ? "\uFEFF" : "") + text);
        const read = readClientList(bytes);
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        expect(read.list.separator).toBe(separator);
        expect(read.list.rows).toEqual(data);
      }),
      { numRuns: 300 },
    );
  });

  it("no results cell starts with = + - @ tab or CR, and each unescapes to what was written", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 5 }), fc.constantFrom(",", ";"), (labels, separator) => {
        const results = labels.map(([a, b], i) => ({ row: i + 2, label: [a, b], issues: [{ field: "price" as const, message: b }] }));
        const csv = resultsCsv(results, {
          locale: "ru",
          separator,
          keptHeaders: ["=A", "-B"],
          insurers: [],
          texts: { row: "@row", cheapest: "c", cheapestPremium: "p", errors: "e", declined: (r) => r, issue: (i) => i.message },
        });
        const table = Papa.parse<string[]>(csv.slice(1), { delimiter: separator }).data.filter((r) => r.length > 1);
        for (const r of table) for (const c of r) expect(/^[=+\-@\t\r]/.test(c)).toBe(false);
        expect(table[0]!.slice(0, 3).map(unescapeCsvCell)).toEqual(["@row", "=A", "-B"]);
        table.slice(1).forEach((r, i) => expect([r[1], r[2], r.at(-1)].map((c) => unescapeCsvCell(c!))).toEqual([labels[i]![0], labels[i]![1], labels[i]![1]]));
      }),
      { numRuns: 300 },
    );
  });
});
