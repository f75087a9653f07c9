import type en from "@/messages/en.json";
import { REQUEST_LIMITS } from "@/lib/rating/options";
import type { UiLocale } from "@/lib/format/money";
import { resolveMessages, type Translate } from "../translate";
import type { CalculatorProviderValue } from "./calculator-context";
import { searchOptions } from "./search-options";
import type { CalculatorContextValue, FormLabels, ModelOption, RegionOption } from "./types";

/** Messages of the Form namespace that take arguments (formatted below, or by the page). */
const FORM_WITH_ARGUMENTS = ["driver", "removeDriver", "errorsTitle", "bonusMalusNew", "stepOf", "stepNames"];

/** The model and region choices of the form, in the interface language (built once per language). */
export function calculatorOptions(locale: UiLocale): { models: ModelOption[]; regions: RegionOption[] } {
  return searchOptions(locale);
}

type CalculatorMessages = { Form: (typeof en)["Form"]; WhatIf: (typeof en)["WhatIf"] };

/**
 * The calculator's strings, translated and formatted on the server (so the browser needs no
 * message-formatting library): what the calculator's layout sends. The same for every request in
 * one language, so made once per language and message set.
 */
const labelsMade = new WeakMap<CalculatorMessages, CalculatorProviderValue>();
export function calculatorLabels(locale: UiLocale, messages: CalculatorMessages, tf: Translate, tw: Translate): CalculatorProviderValue {
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
  const value = { locale, form, whatIf: resolveMessages(tw, messages.WhatIf) };
  labelsMade.set(messages, value);
  return value;
}

/** Everything the calculator's client components need, the choices included (what the provider holds; the component tests give it whole). */
export function calculatorContextValue(locale: UiLocale, messages: CalculatorMessages, tf: Translate, tw: Translate): CalculatorContextValue {
  return { ...(calculatorLabels(locale, messages, tf, tw) as Omit<CalculatorContextValue, "models" | "regions">), ...calculatorOptions(locale) };
}
