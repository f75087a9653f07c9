import type en from "@/messages/en.json";
import { regionList, vehicleCatalog } from "@/lib/catalog";
import { modelSearchItems, regionSearchItems } from "@/lib/catalog/search-items";
import { REQUEST_LIMITS } from "@/lib/rating/options";
import type { UiLocale } from "@/lib/format/money";
import { resolveMessages, type Translate } from "../translate";
import type { CalculatorContextValue, FormLabels, ModelOption, ProgrammeLabels, RegionOption } from "./types";

/** Messages of the Form namespace that take arguments (formatted below, or by the page). */
const FORM_WITH_ARGUMENTS = ["driver", "removeDriver", "errorsTitle", "bonusMalusNew", "stepOf", "stepNames"];

/** The model and region choices of the form, in the interface language. */
export function calculatorOptions(locale: UiLocale): { models: ModelOption[]; regions: RegionOption[] } {
  return {
    models: modelSearchItems(vehicleCatalog.models).map((item, i) => ({ ...item, defaultPowerHp: vehicleCatalog.models[i]!.defaultPowerHp })),
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
  messages: { Form: (typeof en)["Form"]; WhatIf: (typeof en)["WhatIf"]; Programmes: (typeof en)["Programmes"] },
  tf: Translate,
  tw: Translate,
  tp: Translate,
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
  const programmes: ProgrammeLabels = { ...resolveMessages(tp, messages.Programmes.form, [], "form"), filter: resolveMessages(tp, messages.Programmes.filter, [], "filter") };
  return { locale, form, whatIf: resolveMessages(tw, messages.WhatIf), programmes, ...calculatorOptions(locale) };
}
