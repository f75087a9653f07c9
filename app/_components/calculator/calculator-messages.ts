import ru from "@/messages/ru.json";
import en from "@/messages/en.json";
import type { UiLocale } from "@/lib/format/money";

type AllMessages = typeof en;

/** The messages the calculator's client components show: the form's, the what-if's, the programme fields' and the add-on filter's. */
export interface CalculatorMessages {
  Form: AllMessages["Form"];
  WhatIf: AllMessages["WhatIf"];
  Programmes: { form: AllMessages["Programmes"]["form"]; filter: AllMessages["Programmes"]["filter"] };
}

function pick(messages: AllMessages): CalculatorMessages {
  return { Form: messages.Form, WhatIf: messages.WhatIf, Programmes: { form: messages.Programmes.form, filter: messages.Programmes.filter } };
}

/**
 * The calculator's messages in both languages, part of the browser's code (a content-hashed
 * chunk it keeps in its cache) instead of every page's data. Read from the message files here (in
 * tests and type checks); in the site's build this module is replaced by the picked messages alone
 * (calculator-messages-loader.cjs, see next.config.ts), so the rest of the message files never
 * reaches the browser.
 */
export const calculatorMessages: Record<UiLocale, CalculatorMessages> = { ru: pick(ru as unknown as AllMessages), en: pick(en) };
