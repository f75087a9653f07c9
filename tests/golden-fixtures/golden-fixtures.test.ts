/**
 * Golden cases for the rate-book format's version-2 constructs (programmes, add-ons, short
 * policies, instalments, rounding steps, a single component), priced against the fixture rate
 * books in tests/fixtures/rate-books/ (not the demonstration data). The expected figures in the
 * JSON files are worked out by hand (each case's note) from the fixture books.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { catalog } from "@/lib/catalog";
import { loadRateBooksFromDir } from "@/lib/rate-books/load-from-disk.server";
import { buildLibrary, compareQuotes, compareSummary, Decimal, parseQuoteRequest, type Quote } from "@/lib/rating";

const TODAY = "2026-12-01";
const MONEY = z.string().regex(/^\d+\.\d{2}$/);

const ZStep = z.strictObject({ component: z.string().optional(), factor: z.string(), value: z.string().optional(), total: z.string().optional() });
const ZQuoteExpectation = z.strictObject({
  premium: MONEY,
  components: z.union([z.strictObject({ damage: MONEY, theft: MONEY }), z.null()]).optional(),
  programme: z.string().optional(),
  coverPremium: MONEY.optional(),
  addOns: z.record(z.string(), MONEY).optional(),
  policyTermMonths: z.number().optional(),
  installmentSchedule: z.array(MONEY).optional(),
  /** Lines that must appear in the worksheet in this order (others may come between). */
  steps: z.array(ZStep).optional(),
});
const ZExpectation = z.union([ZQuoteExpectation, z.strictObject({ declined: z.array(z.string()).min(1) })]);
const ZFile = z
  .array(z.strictObject({ name: z.string().min(1), note: z.string().optional(), request: z.record(z.string(), z.unknown()), expect: z.record(z.string(), ZExpectation) }))
  .min(1);

const dir = fileURLToPath(new URL(".", import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
const library = buildLibrary(loadRateBooksFromDir(join(dir, "..", "fixtures", "rate-books")));

function parse(raw: unknown) {
  const parsed = parseQuoteRequest(raw, catalog, TODAY);
  if (!parsed.ok) throw new Error(`test request is invalid: ${JSON.stringify(parsed.error.issues)}`);
  return parsed.request;
}

/** Whether `expected` lines appear in `quote`'s worksheet in order; the first one missing otherwise. */
function missingStep(quote: Quote, expected: z.infer<typeof ZStep>[]): z.infer<typeof ZStep> | undefined {
  let from = 0;
  for (const want of expected) {
    const at = quote.steps.findIndex(
      (s, i) =>
        i >= from &&
        s.factor === want.factor &&
        (want.component === undefined || s.component === want.component) &&
        (want.value === undefined || s.value === want.value) &&
        (want.total === undefined || s.total === want.total),
    );
    if (at < 0) return want;
    from = at + 1;
  }
  return undefined;
}

describe("golden cases on the fixture rate books", () => {
  it("the files are present and well-formed", () => {
    expect(files).toContain("programmes-and-add-ons.json");
    for (const file of files) expect(() => ZFile.parse(JSON.parse(readFileSync(join(dir, file), "utf8"))), file).not.toThrow();
  });

  for (const file of files) {
    const cases = ZFile.parse(JSON.parse(readFileSync(join(dir, file), "utf8")));
    describe.each(cases.map((c) => [c.name, c] as const))("%s", (_name, golden) => {
      it.each(Object.entries(golden.expect))("%s", (insurerId, expected) => {
        const request = parse(golden.request);
        const response = compareQuotes(request, library, catalog);
        const quote = response.quotes.find((q) => q.insurerId === insurerId);
        const declined = response.declined.find((d) => d.insurerId === insurerId);
        if ("declined" in expected) {
          expect(quote, `${insurerId} should decline`).toBeUndefined();
          expect(declined!.reasons.map((r) => r.code).sort()).toEqual([...expected.declined].sort());
          for (const r of declined!.reasons) expect(r.message.ru.length * r.message.en.length).toBeGreaterThan(0);
          return;
        }
        expect(quote, `${insurerId} declined: ${JSON.stringify(declined?.reasons)}`).toBeDefined();
        const q = quote!;
        expect(q.premium).toBe(expected.premium);
        if (expected.components !== undefined) expect(q.components).toEqual(expected.components);
        if (expected.programme !== undefined) expect(q.programme?.id).toBe(expected.programme);
        if (expected.coverPremium !== undefined) expect(q.coverPremium).toBe(expected.coverPremium);
        if (expected.addOns !== undefined) expect(Object.fromEntries((q.addOns ?? []).map((a) => [a.id, a.amount]))).toEqual(expected.addOns);
        if (expected.policyTermMonths !== undefined) expect(q.policyTermMonths).toBe(expected.policyTermMonths);
        if (expected.installmentSchedule !== undefined) expect(q.installmentSchedule).toEqual(expected.installmentSchedule);
        if (expected.steps !== undefined) expect(missingStep(q, expected.steps), JSON.stringify(q.steps.map((s) => [s.component, s.factor, s.value, s.total]))).toBeUndefined();

        // The breakdown adds up: the cover's part and the add-ons make the premium; the components the cover's part.
        const cover = new Decimal(q.coverPremium ?? q.premium);
        const addOns = (q.addOns ?? []).reduce((sum, a) => sum.plus(a.amount), new Decimal(0));
        expect(cover.plus(addOns).toFixed(2)).toBe(q.premium);
        if (q.components) expect(new Decimal(q.components.damage).plus(q.components.theft).toFixed(2)).toBe(cover.toFixed(2));
        // The last worksheet line's total is the premium.
        expect(new Decimal(q.steps.at(-1)!.total).toFixed(2)).toBe(q.premium);

        // The summary prices the same.
        const summary = compareSummary(request, library, catalog).quotes.find((s) => s.insurerId === insurerId)!;
        expect([summary.premium, summary.components, summary.addOns, summary.coverPremium]).toEqual([q.premium, q.components, q.addOns, q.coverPremium]);
      });
    });
  }
});
