import type { TRegion, TVehicleMake, TVehicleModel } from "./schema";
import { REGION_ALIASES } from "./aliases";
import { shippedMakes } from "./makes-data";
import { foldText, type SearchItem } from "./search";

const folded = (texts: string[]) => [...new Set(texts.map(foldText).filter((k) => k !== ""))];

/** The model label the form shows ("Mazda 3"). */
export const modelLabel = (m: Pick<TVehicleModel, "make" | "model">) => `${m.make} ${m.model}`;

/** The region label the form shows ("38 — Иркутская область"). */
export const regionLabel = (r: Pick<TRegion, "code" | "name">, locale: "ru" | "en") => `${r.code} — ${r.name[locale]}`;

/** The ways a make is written: its catalog name, its names in both languages, its spellings. */
export function makeTexts(name: string, makes: ReadonlyMap<string, Pick<TVehicleMake, "names" | "spellings">>): string[] {
  const make = makes.get(name);
  return make ? [name, make.names.ru, make.names.en, ...make.spellings] : [name];
}

/**
 * Models as search items: found by make and model, by the model alone, by the catalog's own
 * spellings (with or without a make), by the full names in both languages; the make — by any of
 * its names or spellings (`makes`, the shipped ones by default) — lists them all.
 */
export function modelSearchItems(models: readonly Pick<TVehicleModel, "id" | "make" | "model" | "names" | "spellings">[], makesByName: ReadonlyMap<string, Pick<TVehicleMake, "names" | "spellings">> = shippedMakes): SearchItem[] {
  return models.map((m) => {
    const makes = makeTexts(m.make, makesByName);
    const names = [m.model, ...m.spellings];
    return {
      id: m.id,
      label: modelLabel(m),
      keys: folded([m.id, ...names, m.names.ru, m.names.en, ...makes.flatMap((make) => names.map((name) => `${make} ${name}`))]),
      groups: folded(makes),
    };
  });
}

/** Regions as search items: by code, by any part of the name in either language, by capital and common names. */
export function regionSearchItems(regions: readonly TRegion[], locale: "ru" | "en"): SearchItem[] {
  return regions.map((r) => ({
    id: r.code,
    label: regionLabel(r, locale),
    keys: folded([r.code, r.name.ru, r.name.en, r.capital.ru, r.capital.en, ...(REGION_ALIASES[r.code] ?? [])]),
  }));
}
