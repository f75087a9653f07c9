/**
 * Version-1 rate books are migrated to version 2 in code: the files stay as they are, the
 * migrated book prices exactly as the same book written in version 2 by hand, and version 2's
 * own rules are checked with messages at their paths.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalog } from "@/lib/catalog";
import { buildLibrary, compareQuotes, loadRateBook, migrateRateBookV1, parseQuoteRequest, parseRateBook, RatingError, ZRateBook, ZRateBookV1 } from "@/lib/rating";
import { generateRequests } from "@/lib/sample/generate-requests";

type Json = Record<string, unknown>;
const ROOT = join(process.cwd(), "data", "rate-books");
const V1_FILES = readdirSync(ROOT).flatMap((insurer) =>
  readdirSync(join(ROOT, insurer))
    .map((file) => join(insurer, file))
    .filter((path) => (JSON.parse(readFileSync(join(ROOT, path), "utf8")) as Json).schemaVersion === 1),
);
const read = (path: string) => JSON.parse(readFileSync(join(ROOT, path), "utf8")) as Json;
const FIXTURE = JSON.parse(readFileSync(join(process.cwd(), "tests", "fixtures", "rate-books", "alfa", "2020-01-01.json"), "utf8")) as Json;

/** A version-1 book written by hand in version 2: what an editor converting it would write. */
function writtenAsV2(v1: Json): Json {
  const { provenance, rounding, ...rest } = v1 as { provenance: { summary: string; values: Json }; rounding?: { ratePercentDecimals?: number; premiumDecimals?: number } } & Json;
  const steps = [
    ...(rounding?.ratePercentDecimals !== undefined ? [{ id: "rate-rounding", target: "ratePercent", decimals: rounding.ratePercentDecimals }] : []),
    { id: "rounding", target: "premium", decimals: rounding?.premiumDecimals ?? 2 },
  ];
  return { ...rest, schemaVersion: 2, provenance: { kind: "demonstration", summary: provenance.summary, values: provenance.values }, rounding: { steps } };
}

const issuesOf = (json: unknown) => {
  const result = ZRateBook.safeParse(json);
  expect(result.success, "should be invalid").toBe(false);
  return result.error!.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
};

describe("version-1 books migrated to version 2", () => {
  it("every version-1 book in data/ is still there, and there are some", () => {
    expect(V1_FILES.length).toBeGreaterThanOrEqual(7);
  });

  it.each(V1_FILES)("%s: the same book, with one default programme, no add-ons, annual policies, its rounding as named steps", (path) => {
    const v1 = ZRateBookV1.parse(read(path));
    const v2 = parseRateBook(read(path), path);
    expect(v2.schemaVersion).toBe(2);
    expect(v2.programmes).toEqual([]);
    expect(v2.addOns).toEqual([]);
    expect(v2.policyTerms).toEqual([]);
    expect(v2.provenance).toEqual({ kind: "demonstration", summary: v1.provenance.summary, values: v1.provenance.values });
    const expectedSteps = [
      ...(v1.rounding.ratePercentDecimals !== undefined ? [{ id: "rate-rounding", target: "ratePercent", decimals: v1.rounding.ratePercentDecimals }] : []),
      { id: "rounding", target: "premium", decimals: v1.rounding.premiumDecimals },
    ];
    expect(v2.rounding.steps).toEqual(expectedSteps);
    // Everything else is carried over as it was.
    const without = (o: object, keys: string[]) => Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));
    const changed = ["schemaVersion", "provenance", "rounding", "programmes", "addOns", "policyTerms"];
    expect(without(v2, changed)).toEqual(without(v1, changed));
    expect(migrateRateBookV1(v1)).toEqual(v2);
  });

  it("a migrated book prices every request exactly as the same book written in version 2, worksheets included", () => {
    const migrated = buildLibrary(V1_FILES.map((path) => loadRateBook(read(path), path)));
    const handWritten = buildLibrary(V1_FILES.map((path) => loadRateBook(writtenAsV2(read(path)), `${path} (v2)`)));
    const raws = [...generateRequests(catalog, 150, 7, "2026-12-01"), ...generateRequests(catalog, 50, 8, "2019-06-01")];
    for (const raw of raws) {
      const parsed = parseQuoteRequest(raw, catalog, "2026-12-01");
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
      expect(compareQuotes(parsed.request, handWritten, catalog)).toEqual(compareQuotes(parsed.request, migrated, catalog));
    }
  });

  it("a version-1 book labelled version 2 gets one issue, at schemaVersion", () => {
    expect(issuesOf({ ...read(V1_FILES[0]!), schemaVersion: 2 })).toEqual([{ path: "schemaVersion", message: expect.stringContaining("written in version 1") }]);
  });

  it("a version-1 book keeps version 1's rules: instalments 1, 2 and 4 only", () => {
    const book = read(V1_FILES[0]!) as { eligibility: Json };
    expect(issuesOf({ ...book, eligibility: { ...book.eligibility, installments: [1, 3] } }).map((i) => i.path)).toContain("eligibility.installments.1");
  });

  it("a broken version-2 book throws naming the source, the path and the reason", () => {
    expect(() => loadRateBook({ ...FIXTURE, rounding: { steps: [{ id: "rubles", target: "premium", decimals: 0 }, { id: "rate", target: "ratePercent", decimals: 2 }] } }, "draft")).toThrow(RatingError);
  });
});

describe("version 2's own rules", () => {
  const alfa = () => structuredClone(FIXTURE) as Json & { programmes: Json[]; addOns: Json[]; factors: Json[]; components: Json };

  it.each([
    ["rate steps after a premium step", (b: Json): void => void (b.rounding = { steps: [{ id: "a", target: "premium", decimals: 2 }, { id: "b", target: "ratePercent", decimals: 2 }] }), "rounding.steps.1.target", /before the premium/],
    ["a last step that does not round the premium", (b: Json): void => void (b.rounding = { steps: [{ id: "a", target: "ratePercent", decimals: 2 }] }), "rounding.steps", /last step/],
    ["a premium rounded to 3 decimals", (b: Json): void => void (b.rounding = { steps: [{ id: "a", target: "premium", decimals: 3 }] }), "rounding.steps.0.decimals", /0, 1 or 2/],
    ["two steps with one id", (b: Json): void => void (b.rounding = { steps: [{ id: "a", target: "ratePercent", decimals: 4 }, { id: "a", target: "premium", decimals: 2 }] }), "rounding.steps.1.id", /duplicate/],
    ["a flat programme with factor tables", (b: Json): void => void ((b.programmes as Json[])[2]!.factors = (b.programmes as Json[])[1]!.factors), "programmes.2.factors", /flat-rate/],
    ["a programme selling an add-on the book does not have", (b: Json): void => void ((b.programmes as Json[])[2]!.addOns = ["glass"]), "programmes.2.addOns.0", /not one of the book's add-ons/],
    ["two programmes with one id", (b: Json): void => void ((b.programmes as Json[])[1]!.id = "full"), "programmes.1.id", /duplicate programme id/],
    ["a published tariff without its source", (b: Json): void => void delete (b.provenance as Json).source, "provenance.source", /./],
    ["an add-on price with a value and a table", (b: Json): void => void (((b.addOns as Json[])[0]!.price as Json).keys = ["region"]), "addOns.0.price.value", /either a value or a table/],
    ["a table over `single` in a split book", (b: Json): void => void ((b.factors as Json[])[0]!.appliesTo = ["single"]), "factors.0.appliesTo", /single/],
    ["a policy term listed twice", (b: Json): void => void (b.policyTerms = [{ months: 6, factor: "0.6" }, { months: 6, factor: "0.7" }]), "policyTerms.1.months", /twice/],
    ["13 instalments", (b: Json): void => void ((b.eligibility as Json).installments = [1, 13]), "eligibility.installments.1", /./],
  ] as const)("rejects %s", (_name, edit, path, message) => {
    const book = alfa();
    edit(book);
    const issues = issuesOf(book);
    expect(issues.find((i) => i.path === path), JSON.stringify(issues)).toMatchObject({ message: expect.stringMatching(message) });
  });

  it("a single-component book offers full coverage only and its tables apply to `single`", () => {
    const beta = JSON.parse(readFileSync(join(process.cwd(), "tests", "fixtures", "rate-books", "beta", "2020-01-01.json"), "utf8")) as Json & { eligibility: Json; factors: Json[] };
    expect(issuesOf({ ...beta, eligibility: { ...beta.eligibility, coverages: ["full", "theft"] } })).toContainEqual({ path: "eligibility.coverages", message: expect.stringContaining('only "full"') });
    beta.factors[0]!.appliesTo = ["damage"];
    expect(issuesOf(beta)).toContainEqual({ path: "factors.0.appliesTo", message: expect.stringContaining("single") });
  });
});
