import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { regionList, vehicleCatalog } from "@/lib/catalog";
import { foldText, resolveItem, searchItems, typoDistance } from "@/lib/catalog/search";
import { modelSearchItems, regionSearchItems } from "@/lib/catalog/search-items";

const models = modelSearchItems(vehicleCatalog.models);
const regions = regionSearchItems(regionList, "ru");
const ids = (found: { id: string }[]) => found.map((f) => f.id);

describe("model type-ahead", () => {
  it.each([
    ["солярис", "hyundai-solaris"],
    ["камри", "toyota-camry"],
    ["поло", "volkswagen-polo"],
    ["гранта", "lada-granta"],
    ["рио", "kia-rio"],
    ["Киа Рио", "kia-rio"],
    ["kiario", "kia-rio"],
    ["Mazda3", "mazda-3"],
    ["мазда 3", "mazda-3"],
    ["Hyundai Solarsi", "hyundai-solaris"],
    ["Tojota Camry", "toyota-camry"],
    ["Volkswagen Tiguan", "volkswagen-tiguan"],
  ])("«%s» is %s", (typed, id) => {
    expect(searchItems(models, typed)[0]?.id).toBe(id);
    expect(resolveItem(models, typed)?.id).toBe(id);
  });

  it("lists every model of a make typed alone, and resolves none of them", () => {
    const toyota = vehicleCatalog.models.filter((m) => m.make === "Toyota").map((m) => m.id);
    expect(ids(searchItems(models, "тойота")).sort()).toEqual([...toyota].sort());
    expect(ids(searchItems(models, "Toyota")).sort()).toEqual([...toyota].sort());
    expect(resolveItem(models, "тойота")).toBeUndefined();
  });

  it.each([
    ["Mazda 33", "mazda-3"],
    ["Мазда 33", "mazda-3"],
    ["BMW X4", "bmw-x5"],
    ["Audi A2", "audi-a4"],
    ["Land Cruiser 400", "toyota-land-cruiser-300"],
    ["Chery Tiggo 5 Pro", "chery-tiggo-4-pro"],
  ])("«%s» is not a model of the catalog: a different number is no typo, so it is not taken for %s", (typed, near) => {
    expect(resolveItem(models, typed)).toBeUndefined();
    expect(ids(searchItems(models, typed))).not.toContain(near);
  });

  it.each([
    ["BMW X6", "bmw-x6"],
    ["Land Cruiser 300", "toyota-land-cruiser-300"],
    ["Chery Tiggo 8 Pro", "chery-tiggo-8-pro"],
  ])("«%s» names its own model, not its neighbour", (typed, id) => {
    expect(resolveItem(models, typed)?.id).toBe(id);
  });

  it.each([
    ["Audi A7", "audi-q7"],
    ["Ауди А7", "audi-q7"],
    ["Audi Q8", "audi-a8"],
    ["Audi A3", "audi-q3"],
    ["BMW Z3", "bmw-x3"],
  ])("«%s» is not a model of the catalog: another letter of a short model code is no typo, so it is not taken for %s", (typed, near) => {
    expect(resolveItem(models, typed)).toBeUndefined();
    expect(ids(searchItems(models, typed))).not.toContain(near);
  });

  it("for every model with a short code, another letter in the code never resolves to it by a typo", () => {
    let checked = 0;
    for (const m of vehicleCatalog.models) {
      const code = /^([A-Za-z]{1,3})(\d{1,4})$/.exec(m.model);
      if (!code) continue;
      for (const letter of "abcdefghijklmnopqrstuvwxyz") {
        const typed = `${m.make} ${letter.toUpperCase()}${code[2]}`;
        if (typed.toLowerCase() === `${m.make} ${m.model}`.toLowerCase()) continue;
        const found = resolveItem(models, typed);
        // Never the model with the same number and other letters — unless by one of its own spellings («Х5» folds as "h5").
        if (found?.id === m.id) expect(found.keys.includes(foldText(typed)) || found.keys.includes(foldText(`${letter}${code[2]}`)), typed).toBe(true);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it("a typo in the letters of a name with a number still finds it", () => {
    expect(resolveItem(models, "Mazda 3")?.id).toBe("mazda-3");
    expect(resolveItem(models, "Mazfa 3")?.id).toBe("mazda-3");
    expect(resolveItem(models, "Tigo 7 Pro")?.id).toBe("chery-tiggo-7-pro");
    expect(resolveItem(models, "Land Cruser 200")?.id).toBe("toyota-land-cruiser-200");
  });

  it("finds nothing for an unknown car", () => {
    expect(searchItems(models, "Жигули Копейка")).toEqual([]);
    expect(resolveItem(models, "Жигули Копейка")).toBeUndefined();
  });
});

describe("region type-ahead", () => {
  it.each([
    ["Иркутская", "38"],
    ["Иркутск", "38"],
    ["иркутская обл", "38"],
    ["Казань", "16"],
    ["Татарстан", "16"],
    ["Питер", "78"],
    ["СПб", "78"],
    ["Екб", "66"],
    ["Екатеринбург", "66"],
    ["38", "38"],
    ["Irkutsk", "38"],
    ["Москва", "77"],
  ])("«%s» is region %s", (typed, code) => {
    expect(searchItems(regions, typed)[0]?.id).toBe(code);
    expect(resolveItem(regions, typed)?.id).toBe(code);
  });

  it("«Москва и область» offers both and resolves neither", () => {
    expect(ids(searchItems(regions, "Москва и область")).sort()).toEqual(["50", "77"]);
    expect(resolveItem(regions, "Москва и область")).toBeUndefined();
  });
});

describe("matching invariants", () => {
  it("every label finds and resolves its own item", () => {
    for (const item of [...models, ...regions]) expect(resolveItem(item.id.length === 2 ? regions : models, item.label)?.id).toBe(item.id);
  });

  it("folding ignores case, spaces and hyphens", () => {
    fc.assert(fc.property(fc.string(), (s) => foldText(s) === foldText(s.toUpperCase().replace(/ /g, "-")) || /[^\x00-\x7f]/.test(s)));
  });

  it("the typo distance is symmetric and zero only for equal texts", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (a, b) => {
        const d = typoDistance(a, b, 20);
        return d === typoDistance(b, a, 20) && (d === 0) === (a === b);
      }),
    );
  });
});
