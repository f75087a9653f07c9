/**
 * The impact analysis skips pricing the proposed edition where the edit's footprint shows it
 * cannot reach the request (lib/rating/edit-footprint.ts). Skipping must give exactly what pricing
 * both editions gives: over random value edits of every shipped rate book (rows, defaults and base
 * rates by model, in shared, programme and base tables) and random valid requests; and an edit
 * that is more than values has no footprint, so nothing is skipped.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catalog } from "@/lib/catalog";
import { bothSides, priceBoth, type Outcome } from "@/lib/editor/impact";
import { getDiskLibrary } from "@/lib/rate-books/load-from-disk.server";
import { buildLibrary, compileRateBook, Decimal, editFootprint, parseQuoteRequest, parseRateBook, type TQuoteRequest, type TRateBook } from "@/lib/rating";
import { validRequestArb } from "@/tests/helpers/arbitraries";
import { TODAY } from "@/tests/helpers/pricing";

const SOURCES: readonly TRateBook[] = [...getDiskLibrary().values()].flat().map((b) => b.source);
const MODEL_IDS = [...catalog.models.keys()];

interface EditableTable {
  rows: { value: string }[];
  default?: string;
}

/** Every table of a book whose values an edit may change: the base rates' fallbacks, the shared tables, the programmes' own. */
function tablesOf(book: TRateBook): EditableTable[] {
  return [...Object.values(book.components).map((c) => c.fallback as EditableTable), ...book.factors, ...book.programmes.flatMap((p) => p.factors)];
}

type Edit = { kind: "row"; table: number; row: number; scale: string } | { kind: "default"; table: number; scale: string } | { kind: "model"; lane: number; model: number; rate: string | null };

const scaleArb = fc.constantFrom("1.1", "0.9", "2", "1.0001", "0.5");
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant("row" as const), table: fc.nat(), row: fc.nat(), scale: scaleArb }),
  fc.record({ kind: fc.constant("default" as const), table: fc.nat(), scale: scaleArb }),
  // A model's base rate set (changed or added), or removed (null: the fallback table then prices it).
  fc.record({ kind: fc.constant("model" as const), lane: fc.nat(), model: fc.nat(), rate: fc.constantFrom("0.05", "0.031", null) }),
);

const scaled = (value: string, scale: string) => new Decimal(value).times(scale).toString();

/** The book with the edits applied to its values only, validated again; base rates edited for the requests' own models or the book's. */
function edited(book: TRateBook, edits: readonly Edit[], requestModels: readonly string[]): TRateBook {
  const json = structuredClone(book);
  const tables = tablesOf(json);
  for (const edit of edits) {
    if (edit.kind === "model") {
      const lanes = Object.values(json.components) as { byModel: Record<string, string> }[];
      const byModel = lanes[edit.lane % lanes.length]!.byModel;
      const known = Object.keys(byModel);
      // Mostly a model the requests ask for (so the edit reaches them); else one the book rates by model, or any.
      const pool = edit.model % 4 < 2 ? requestModels : edit.model % 4 === 2 && known.length > 0 ? known : MODEL_IDS;
      const model = pool[(edit.model >> 2) % pool.length]!;
      if (edit.rate === null) delete byModel[model];
      else byModel[model] = edit.rate;
      continue;
    }
    const table = tables[edit.table % tables.length]!;
    if (edit.kind === "row" && table.rows.length > 0) {
      const row = table.rows[edit.row % table.rows.length]!;
      row.value = scaled(row.value, edit.scale);
    } else if (edit.kind === "default" && table.default !== undefined) table.default = scaled(table.default, edit.scale);
  }
  return parseRateBook(json, "edited book");
}

function parse(raw: Record<string, unknown>): TQuoteRequest {
  const parsed = parseQuoteRequest(raw, catalog, TODAY);
  if (!parsed.ok) throw new Error(`generated request is invalid: ${JSON.stringify(parsed.error.issues)}`);
  return parsed.request;
}

const plain = (o: Outcome) => (o.kind === "quote" ? { kind: "quote", premium: o.premium } : o);

describe("the edit footprint", () => {
  it("skipping the untouched requests gives what pricing both editions gives, over random value edits and requests", () => {
    const current = buildLibrary(SOURCES.map(compileRateBook));
    let skipped = 0;
    let moved = 0;
    let priced = 0;
    fc.assert(
      fc.property(fc.nat(SOURCES.length - 1), fc.array(editArb, { minLength: 1, maxLength: 4 }), fc.array(validRequestArb, { minLength: 1, maxLength: 12 }), (bookIndex, edits, raws) => {
        const book = SOURCES[bookIndex]!;
        const change = edited(book, edits, raws.map((r) => (r.vehicle as { modelId: string }).modelId));
        const proposed = buildLibrary(SOURCES.map((b) => (b === book ? change : b)).map(compileRateBook));
        const insurerId = book.insurer.id;
        const proposedBook = proposed.get(insurerId)!.find((b) => b.id === book.id)!;
        // A value edit always has a footprint.
        expect(editFootprint(current.get(insurerId)!.find((b) => b.id === book.id)!, proposedBook)).toBeDefined();
        const fast = bothSides(current, proposed, insurerId, catalog);
        const full = bothSides(current, proposed, insurerId, catalog, false);
        for (const raw of raws) {
          const request = parse(raw);
          const skipping = priceBoth(request, fast);
          const pricing = priceBoth(request, full);
          expect({ before: plain(skipping.before), after: plain(skipping.after) }).toEqual({ before: plain(pricing.before), after: plain(pricing.after) });
          if (skipping.after === skipping.before) skipped += 1;
          else priced += 1;
          if (JSON.stringify(plain(pricing.after)) !== JSON.stringify(plain(pricing.before))) moved += 1;
        }
      }),
      { numRuns: 150 },
    );
    // Both ways are exercised, and the edits move premiums: a footprint that missed a row would show.
    expect(skipped).toBeGreaterThan(100);
    expect(priced).toBeGreaterThan(100);
    expect(moved).toBeGreaterThan(50);
  }, 120_000);

  it("of an edition against itself is empty: nothing reaches any request", () => {
    for (const book of SOURCES) {
      const footprint = editFootprint(compileRateBook(book), compileRateBook(structuredClone(book)));
      expect(footprint).toEqual({ tables: [], models: new Set() });
    }
  });

  it("holds the changed rows, defaults and models, and nothing else", () => {
    const maks = SOURCES.find((b) => b.id === "maks-2019-01-01")!;
    const json = structuredClone(maks);
    const age = json.factors.find((t) => t.id === "vehicle-age")!;
    age.rows[3]!.value = scaled(age.rows[3]!.value, "1.1");
    const region = json.factors.find((t) => t.id === "region")!;
    region.default = scaled(region.default!, "1.1");
    (json.components as { damage: { byModel: Record<string, string> } }).damage.byModel["kia-rio"] = "0.08";
    // A note and the edition's date are not prices.
    age.rows[0]!.note = "a new note";
    json.effectiveFrom = "2027-01-01";
    const current = compileRateBook(maks);
    const footprint = editFootprint(current, compileRateBook(parseRateBook(json, "edited maks")));
    const position = (id: string) => current.tables.findIndex((t) => t.id === id);
    expect(footprint).toEqual({
      tables: [
        { position: position("vehicle-age"), rows: new Set([3]), default: false },
        { position: position("region"), rows: new Set(), default: true },
      ].sort((a, b) => a.position - b.position),
      models: new Set(["kia-rio"]),
    });
  });

  it("is undefined for an edit beyond values: conditions, rows, rules, limits, add-ons, discounts, rounding", () => {
    const withProgrammes = SOURCES.find((b) => b.programmes.length > 0 && b.addOns.length > 0)!;
    const changes: ((b: TRateBook) => void)[] = [
      (b) => (b.factors[0]!.rows[0]!.when = { "vehicle.ageYears": { gte: 0, lt: 2 } }),
      (b) => b.factors[0]!.rows.push({ ...b.factors[0]!.rows[0]!, value: "1.5" }),
      (b) => b.factors.pop(),
      (b) => (b.eligibility.maxVehicleAgeYears = 5),
      (b) => (b.minimumPremium = "1000"),
      (b) => (b.discounts.maxTotalPercent = "1"),
      (b) => (b.rounding.steps.at(-1)!.decimals = b.rounding.steps.at(-1)!.decimals === 2 ? 0 : 2),
      (b) => (b.programmes[0]!.eligibility.maxVehicleAgeYears = 3),
      (b) => (b.addOns[0]!.apply = b.addOns[0]!.apply === "afterRounding" ? "beforeRounding" : "afterRounding"),
      (b) => (b.factors[0]!.appliesTo = ["damage"]),
    ];
    const current = compileRateBook(withProgrammes);
    for (const change of changes) {
      const json = structuredClone(withProgrammes);
      change(json);
      expect(editFootprint(current, compileRateBook(parseRateBook(json, "changed book"))), change.toString()).toBeUndefined();
    }
  });
});
