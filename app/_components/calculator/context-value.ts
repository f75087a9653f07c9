import { catalog as shippedCatalog, type Catalog } from "@/lib/catalog";
import { modelSearchItems } from "@/lib/catalog/search-items";
import type { UiLocale } from "@/lib/format/money";
import type { CatalogDelta } from "./calculator-context";
import { labelsOf, type CalculatorLabels } from "./calculator-labels";
import { messages as ru } from "./calculator-messages-ru";
import { messages as en } from "./calculator-messages-en";
import { searchOptions } from "./search-options";
import type { CalculatorContextValue, ModelOption, RegionOption } from "./types";

/** The model choices of a catalog, made once per catalog (a catalog object never changes; an edit makes a new one). */
const modelOptionsOf = new WeakMap<Catalog, ModelOption[]>();
function modelOptions(catalog: Catalog): ModelOption[] {
  let options = modelOptionsOf.get(catalog);
  if (!options) {
    const models = [...catalog.models.values()];
    options = modelSearchItems(models, catalog.makes).map((item, i) => ({ ...item, defaultPowerHp: models[i]!.defaultPowerHp }));
    modelOptionsOf.set(catalog, options);
  }
  return options;
}

/**
 * The model and region choices of the form, in the interface language: of the shipped catalog
 * (built once per language), or of the site's catalog in the database when it is given.
 */
export function calculatorOptions(locale: UiLocale, catalog: Catalog = shippedCatalog): { models: ModelOption[]; regions: RegionOption[] } {
  const shipped = searchOptions(locale);
  return catalog === shippedCatalog ? shipped : { models: modelOptions(catalog), regions: shipped.regions };
}

/**
 * What the database's catalog changes in the shipped one, for the browser to lay over the choices'
 * cached chunk: models added or edited in the editor, and models removed. Null when nothing
 * differs (the usual case: the page then carries no catalog data at all). Made once per catalog.
 */
const deltaOf = new WeakMap<Catalog, CatalogDelta | null>();
export function catalogDelta(catalog: Catalog): CatalogDelta | null {
  if (deltaOf.has(catalog)) return deltaOf.get(catalog)!;
  const shipped = new Map(modelOptions(shippedCatalog).map((m) => [m.id, JSON.stringify(m)]));
  const mine = modelOptions(catalog);
  const models = mine.filter((m) => shipped.get(m.id) !== JSON.stringify(m));
  const present = new Set(mine.map((m) => m.id));
  const removed = [...shipped.keys()].filter((id) => !present.has(id));
  const delta = models.length === 0 && removed.length === 0 ? null : { models, removed };
  deltaOf.set(catalog, delta);
  return delta;
}

/** The calculator's strings in one language, made at once from both languages' messages (for the server's pages and the tests; the browser loads its language's chunk). */
const labelsMade: Partial<Record<UiLocale, CalculatorLabels>> = {};
export function calculatorLabels(locale: UiLocale): CalculatorLabels {
  return (labelsMade[locale] ??= labelsOf(locale, locale === "en" ? en : ru));
}

/** Everything the calculator's client components need, the choices included (what the provider holds; the component tests give it whole). */
export function calculatorContextValue(locale: UiLocale, catalog: Catalog = shippedCatalog): CalculatorContextValue {
  return { ...calculatorLabels(locale), ...calculatorOptions(locale, catalog) };
}
