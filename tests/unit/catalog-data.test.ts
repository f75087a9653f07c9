/**
 * The shipped catalog (data/catalog/vehicles.json): enough models, the ids golden tests and saved
 * calculations name, every rate book in data/ naming only catalog models, every model priced or
 * declined with a reason at every demonstration insurer, the type-ahead finding the Russian
 * spellings, and the editor's model form and lint.
 */
import { describe, expect, it } from "vitest";
import { catalog, vehicleCatalog } from "@/lib/catalog";
import { modelReferences, unknownModels } from "@/lib/catalog/model-references";
import { parseModelForm, modelToFormValues, type ModelFormValues } from "@/lib/catalog/model-form";
import { resolveItem, searchItems } from "@/lib/catalog/search";
import { modelSearchItems } from "@/lib/catalog/search-items";
import { lintRateBook } from "@/lib/editor/lint-rate-book";
import { getDiskLibrary } from "@/lib/rate-books/load-from-disk.server";
import { compareQuotes, parseQuoteRequest } from "@/lib/rating";

const MAKES = ["LADA", "KIA", "Hyundai", "Haval", "Chery", "Geely", "Toyota", "Skoda", "Volkswagen", "Renault", "Nissan", "Mazda", "BMW", "Mercedes-Benz", "Changan", "Omoda", "Exeed", "Tank", "Jetour", "Moskvich", "GAZ", "UAZ", "Audi", "Lexus", "Mitsubishi", "Volvo", "Porsche"];
/** Ids that existed before the catalog grew: golden tests and saved calculations name them. */
const ORIGINAL_IDS = "audi-a6 bmw-3-series bmw-x5 chery-tiggo-7-pro ford-focus geely-coolray haval-f7 haval-jolion hyundai-creta hyundai-elantra hyundai-solaris hyundai-tucson kia-cerato kia-optima kia-rio kia-sportage lada-granta lada-largus lada-niva-legend lada-niva-travel lada-vesta lada-xray lexus-rx mazda-3 mazda-6 mazda-cx-5 mercedes-benz-e-class mitsubishi-outlander nissan-qashqai nissan-x-trail renault-duster renault-kaptur renault-logan renault-sandero skoda-kodiaq skoda-octavia skoda-rapid toyota-camry toyota-corolla toyota-land-cruiser-200 toyota-land-cruiser-prado toyota-rav4 uaz-patriot volkswagen-polo volkswagen-tiguan".split(" ");

describe("the shipped catalog", () => {
  it("has at least 150 models of the makes sold most in Russia, and keeps every earlier id", () => {
    expect(vehicleCatalog.models.length).toBeGreaterThanOrEqual(150);
    const makes = new Set(vehicleCatalog.models.map((m) => m.make));
    for (const make of MAKES) expect(makes, make).toContain(make);
    for (const id of ORIGINAL_IDS) expect(catalog.models.has(id), id).toBe(true);
    expect(catalog.models.get("hyundai-solaris")).toMatchObject({ listPrice: "624900", class: "small", theftRiskGroup: 4, defaultPowerHp: 123 });
  });

  it("is in id order, every model with a Cyrillic name and plausible years", () => {
    const ids = vehicleCatalog.models.map((m) => m.id);
    expect(ids).toEqual([...ids].sort());
    for (const m of vehicleCatalog.models) {
      expect(m.names.ru, m.id).toMatch(/[а-яё]/i);
      expect(m.yearFrom, m.id).toBeLessThanOrEqual(m.yearTo ?? 2026);
    }
  });

  it("is named only by the rate books in data/ (every model they name exists)", () => {
    for (const books of getDiskLibrary().values()) {
      for (const book of books) {
        expect(modelReferences(book.source).length, book.id).toBeGreaterThan(0);
        expect(unknownModels(book.source, catalog.models), book.id).toEqual([]);
      }
    }
  });

  it("gets a price or a clear decline for every model at every demonstration insurer", () => {
    const library = getDiskLibrary();
    for (const m of vehicleCatalog.models) {
      const year = Math.max(m.yearTo ?? 2025, m.yearFrom);
      const price = Number(m.listPrice ?? "1500000");
      const parsed = parseQuoteRequest({ policyStart: "2026-12-01", region: "38", vehicle: { modelId: m.id, year, price: Math.max(price, 150000) }, drivers: [{ age: 40, experienceYears: 20 }] }, catalog, "2026-11-22");
      expect(parsed.ok, m.id).toBe(true);
      if (!parsed.ok) continue;
      const result = compareQuotes(parsed.request, library, catalog);
      expect(result.quotes.length + result.declined.length, m.id).toBe(library.size);
      for (const q of result.quotes) expect(Number(q.premium), `${m.id} at ${q.insurerId}`).toBeGreaterThan(0);
      for (const d of result.declined) {
        expect(d.reasons.length, `${m.id} at ${d.insurerId}`).toBeGreaterThan(0);
        for (const r of d.reasons) expect(r.code).toMatch(/^[a-z_-]+$/);
      }
      // A car still made, a year old, is priced by most insurers (the dearest exceed some insurers' largest sum insured).
      if (m.yearTo === undefined) expect(result.quotes.length, m.id).toBeGreaterThanOrEqual(library.size - 2);
    }
  });
});

describe("the type-ahead over the grown catalog", () => {
  const items = modelSearchItems(vehicleCatalog.models);

  it.each([
    ["Солярис", "hyundai-solaris"],
    ["солярис", "hyundai-solaris"],
    ["Хендай Солярис", "hyundai-solaris"],
    ["Камри", "toyota-camry"],
    ["Гранта", "lada-granta"],
    ["монжаро", "geely-monjaro"],
    ["Джили Монджаро", "geely-monjaro"],
    ["Monjaro", "geely-monjaro"],
    ["дарго", "haval-dargo"],
    ["Tigo 8", "chery-tiggo-8-pro"],
    ["тигго 8", "chery-tiggo-8-pro"],
    ["гелик", "mercedes-benz-g-class"],
    ["газель", "gaz-gazelle-next"],
    ["буханка", "uaz-bukhanka"],
    ["Kia Seltoz", "kia-seltos"],
    ["Селтос", "kia-seltos"],
    ["порше кайен", "porsche-cayenne"],
    ["Москвич 3", "moskvich-3"],
    ["Танк 300", "tank-300"],
    ["Omoda C5", "omoda-c5"],
    ["Changan CS35 Plus", "changan-cs35-plus"],
  ])("«%s» is %s", (typed, id) => {
    expect(searchItems(items, typed)[0]?.id).toBe(id);
    expect(resolveItem(items, typed)?.id).toBe(id);
  });

  it("lists a make typed alone in Russian", () => {
    const found = searchItems(items, "Хавал").map((i) => i.id);
    expect(found.sort()).toEqual(vehicleCatalog.models.filter((m) => m.make === "Haval").map((m) => m.id).sort());
  });
});

const FORM: ModelFormValues = modelToFormValues(catalog.models.get("lada-granta")!);

describe("the editor's model form", () => {
  it("reads back a catalog model unchanged", () => {
    for (const m of vehicleCatalog.models) expect(parseModelForm(modelToFormValues(m))).toEqual({ ok: true, model: m });
  });

  it("reports every bad field at once, in the form's order, with a code", () => {
    const result = parseModelForm({ ...FORM, id: "Лада Гранта", make: "", namesRu: "x".repeat(61), class: "truck", defaultPowerHp: "мощная", theftRiskGroup: "7", yearFrom: "2020", yearTo: "2011", listPrice: "12,5 млн" });
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: "id", code: "invalid_id" },
        { path: "make", code: "required" },
        { path: "namesRu", code: "too_long" },
        { path: "class", code: "invalid_choice" },
        { path: "defaultPowerHp", code: "whole_number" },
        { path: "theftRiskGroup", code: "out_of_range" },
        { path: "yearTo", code: "year_to_before_from" },
        { path: "listPrice", code: "invalid_price" },
      ],
    });
  });

  it("takes spellings one a line or separated by commas, without repeats; an empty price and end year are absent", () => {
    const result = parseModelForm({ ...FORM, spellings: "гранта, гранта\nгранта лифтбек", listPrice: "", yearTo: "" });
    expect(result.ok && result.model).toMatchObject({ spellings: ["гранта", "гранта лифтбек"] });
    expect(result.ok && "listPrice" in result.model).toBe(false);
    expect(parseModelForm({ ...FORM, spellings: Array.from({ length: 21 }, (_, i) => `s${i}`).join("\n") })).toMatchObject({ ok: false, issues: [{ path: "spellings", code: "too_many_spellings" }] });
  });
});

describe("lint: a rate book naming a model the catalog lacks", () => {
  it("is an error naming the model, at its base-rate row and at a condition", () => {
    const book = structuredClone(getDiskLibrary().get("maks")![0]!.source) as unknown as { components: { damage: { byModel: Record<string, string> } }; factors: { rows: { when: Record<string, unknown> }[] }[] };
    book.components.damage.byModel["tesla-model-y"] = "0.05";
    book.factors[0]!.rows.unshift({ ...book.factors[0]!.rows[0]!, when: { ...book.factors[0]!.rows[0]!.when, "vehicle.modelId": ["kia-rio", "zaz-zaporozhets"] } });
    const issues = lintRateBook(book, { modelIds: catalog.models }).filter((i) => i.code === "unknown-model");
    expect(issues.map((i) => [i.severity, i.path, i.message.includes("«tesla-model-y»") || i.message.includes("«zaz-zaporozhets»")])).toEqual([
      ["error", "components.damage.byModel.tesla-model-y", true],
      ["error", 'factors.0.rows.0.when["vehicle.modelId"].1', true],
    ]);
    expect(issues[0]).toMatchObject({ tableId: "base-rates", column: "damage" });
    // Without the catalog the lint does not judge model names.
    expect(lintRateBook(book).some((i) => i.code === "unknown-model")).toBe(false);
  });
});
