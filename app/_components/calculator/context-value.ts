import type en from "@/messages/en.json";
import { catalog as shippedCatalog, type Catalog } from "@/lib/catalog";
import { modelSearchItems } from "@/lib/catalog/search-items";
import { REQUEST_LIMITS } from "@/lib/rating/options";
import type { UiLocale } from "@/lib/format/money";
import { resolveMessages, type Translate } from "../translate";
import type { CalculatorProviderValue, CatalogDelta } from "./calculator-context";
import { searchOptions } from "./search-options";
import type { CalculatorContextValue, FormLabels, ModelOption, ProgrammeLabels, RegionOption } from "./types";

/** Messages of the Form namespace that take arguments (formatted below, or by the page). */
const FORM_WITH_ARGUMENTS = ["driver", "removeDriver", "errorsTitle", "bonusMalusNew", "stepOf", "stepNames"];

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

type CalculatorMessages = { Form: (typeof en)["Form"]; WhatIf: (typeof en)["WhatIf"]; Programmes: (typeof en)["Programmes"] };

/**
 * The calculator's strings, translated and formatted on the server (so the browser needs no
 * message-formatting library): what the calculator's layout sends. The same for every request in
 * one language, so made once per language and message set.
 */
const labelsMade = new WeakMap<CalculatorMessages, CalculatorProviderValue>();
export function calculatorLabels(locale: UiLocale, messages: CalculatorMessages, tf: Translate, tw: Translate, tp: Translate): CalculatorProviderValue {
  const made = labelsMade.get(messages);
  if (made?.locale === locale) return made;
  const n = Array.from({ length: REQUEST_LIMITS.maxNamedDrivers }, (_, i) => i + 1);
  const form: FormLabels = {
    ...resolveMessages(tf, messages.Form, FORM_WITH_ARGUMENTS),
    bonusMalusNew: tf("bonusMalusNew", { cls: "3" }),
    driver: n.map((i) => tf("driver", { n: i })),
    removeDriver: n.map((i) => tf("removeDriver", { n: i })),
    stepNames: [tf("stepNames.car"), tf("stepNames.drivers"), tf("stepNames.cover")],
    stepOf: ["car", "drivers", "cover"].map((name, i) => tf("stepOf", { n: i + 1, total: 3, name: tf(`stepNames.${name}`) })),
  };
  const programmes: ProgrammeLabels = { ...resolveMessages(tp, messages.Programmes.form, [], "form"), filter: resolveMessages(tp, messages.Programmes.filter, [], "filter") };
  const value = { locale, form, whatIf: resolveMessages(tw, messages.WhatIf), programmes };
  labelsMade.set(messages, value);
  return value;
}

/** Everything the calculator's client components need, the choices included (what the provider holds; the component tests give it whole). */
export function calculatorContextValue(locale: UiLocale, messages: CalculatorMessages, tf: Translate, tw: Translate, tp: Translate, catalog: Catalog = shippedCatalog): CalculatorContextValue {
  return { ...(calculatorLabels(locale, messages, tf, tw, tp) as Omit<CalculatorContextValue, "models" | "regions">), ...calculatorOptions(locale, catalog) };
}
