import type en from "@/messages/en.json";
import { catalog as shippedCatalog, regionList, type Catalog } from "@/lib/catalog";
import { modelSearchItems, regionSearchItems } from "@/lib/catalog/search-items";
import { REQUEST_LIMITS } from "@/lib/rating/options";
import type { UiLocale } from "@/lib/format/money";
import { resolveMessages, type Translate } from "../translate";
import type { CalculatorContextValue, FormLabels, ModelOption, RegionOption } from "./types";

/** Messages of the Form namespace that take arguments (formatted below, or by the page). */
const FORM_WITH_ARGUMENTS = ["driver", "removeDriver", "errorsTitle", "bonusMalusNew", "stepOf", "stepNames"];

/** The model choices of a catalog, made once per catalog (a catalog object never changes; an edit makes a new one). */
const modelOptionsOf = new WeakMap<Catalog, ModelOption[]>();

function modelOptions(catalog: Catalog): ModelOption[] {
  let options = modelOptionsOf.get(catalog);
  if (!options) {
    const models = [...catalog.models.values()];
    options = modelSearchItems(models).map((item, i) => ({ ...item, defaultPowerHp: models[i]!.defaultPowerHp }));
    modelOptionsOf.set(catalog, options);
  }
  return options;
}

/** The model and region choices of the form, in the interface language (the site passes the catalog in the database). */
export function calculatorOptions(locale: UiLocale, catalog: Catalog = shippedCatalog): { models: ModelOption[]; regions: RegionOption[] } {
  return {
    models: modelOptions(catalog),
    regions: regionSearchItems(regionList, locale).map((item) => ({ ...item, code: item.id })),
  };
}

/**
 * Everything the calculator's client components need, translated and formatted on the server
 * (so the browser needs no message-formatting library): used by the calculator's layout and by
 * the component tests.
 */
export function calculatorContextValue(
  locale: UiLocale,
  messages: { Form: (typeof en)["Form"]; WhatIf: (typeof en)["WhatIf"] },
  tf: Translate,
  tw: Translate,
  catalog: Catalog = shippedCatalog,
): CalculatorContextValue {
  const n = Array.from({ length: REQUEST_LIMITS.maxNamedDrivers }, (_, i) => i + 1);
  const form: FormLabels = {
    ...resolveMessages(tf, messages.Form, FORM_WITH_ARGUMENTS),
    bonusMalusNew: tf("bonusMalusNew", { cls: "3" }),
    driver: n.map((i) => tf("driver", { n: i })),
    removeDriver: n.map((i) => tf("removeDriver", { n: i })),
    stepNames: [tf("stepNames.car"), tf("stepNames.drivers"), tf("stepNames.cover")],
    stepOf: ["car", "drivers", "cover"].map((name, i) => tf("stepOf", { n: i + 1, total: 3, name: tf(`stepNames.${name}`) })),
  };
  return { locale, form, whatIf: resolveMessages(tw, messages.WhatIf), ...calculatorOptions(locale, catalog) };
}
