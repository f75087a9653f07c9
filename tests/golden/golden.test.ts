/**
 * Runs every golden case in tests/golden/*.json. The expected figures in those files are computed
 * outside the engine (from the source article and the tariff assumptions), so a change in the
 * engine or in a rate book that moves a published figure fails here.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { Decimal } from "@/lib/rating";
import { demoLibrary } from "@/tests/helpers/fixture-library";
import { declineCodes, findQuote, priceRaw } from "@/tests/helpers/pricing";

const ZExpectation = z.union([
  z.string().regex(/^\d+\.\d{2}$/, { error: "a premium is written with kopecks, e.g. \"27370.62\"" }),
  z.strictObject({ declined: z.array(z.string()).min(1) }),
]);

const ZGoldenFile = z
  .array(
    z.strictObject({
      name: z.string().min(1),
      note: z.string().optional(),
      request: z.record(z.string(), z.unknown()),
      expect: z.record(z.string(), ZExpectation).refine((e) => Object.keys(e).length > 0, { error: "expect at least one insurer" }),
      tolerancePercent: z.number().positive().max(10).optional(),
    }),
  )
  .min(1);
type GoldenCase = z.infer<typeof ZGoldenFile>[number];

const dir = fileURLToPath(new URL(".", import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith(".json")).sort();

function load(file: string): GoldenCase[] {
  return ZGoldenFile.parse(JSON.parse(readFileSync(join(dir, file), "utf8")));
}

describe("golden files", () => {
  it("are all present and well-formed", () => {
    expect(files).toEqual(expect.arrayContaining(["declines.json", "table-2019.json", "worked-example.json"]));
    for (const file of files) expect(() => load(file), file).not.toThrow();
  });

  // The table has 7 models × 5 insurers; a case silently dropped from the file must not go unnoticed.
  it("table-2019.json covers all 35 cells of the 2019 table", () => {
    const cells = load("table-2019.json").flatMap((c) => Object.keys(c.expect));
    expect(cells).toHaveLength(35);
  });
});

for (const file of files) {
  describe(file, () => {
    const cases = load(file);
    describe.each(cases.map((c) => [c.name, c] as const))("%s", (_name, golden) => {
      const rows = Object.entries(golden.expect);
      it.each(rows)("%s", (insurerId, expected) => {
        const response = priceRaw(golden.request, demoLibrary());
        if (typeof expected === "string") {
          const quote = findQuote(response, insurerId);
          expect(quote, `${insurerId} declined: ${JSON.stringify(declineCodes(response, insurerId))}`).toBeDefined();
          if (golden.tolerancePercent === undefined) {
            expect(quote!.premium).toBe(expected);
          } else {
            const deviation = new Decimal(quote!.premium).minus(expected).abs().div(expected).times(100);
            expect(deviation.toNumber(), `premium ${quote!.premium} vs ≈${expected}`).toBeLessThanOrEqual(golden.tolerancePercent);
          }
        } else {
          expect(declineCodes(response, insurerId), `${insurerId} should decline`).toEqual([...expected.declined].sort());
        }
      });
    });
  });
}
