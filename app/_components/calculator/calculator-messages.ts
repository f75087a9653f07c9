import type en from "@/messages/en.json";

type AllMessages = typeof en;

/** The messages the calculator's client components show: the form's, the what-if's, the programme fields' and the add-on filter's. */
export interface CalculatorMessages {
  Form: AllMessages["Form"];
  WhatIf: AllMessages["WhatIf"];
  Programmes: { form: AllMessages["Programmes"]["form"]; filter: AllMessages["Programmes"]["filter"] };
}

/** The calculator's part of one language's message file (calculator-messages-loader.cjs makes the same pick). */
export function pickCalculatorMessages(messages: AllMessages): CalculatorMessages {
  return { Form: messages.Form, WhatIf: messages.WhatIf, Programmes: { form: messages.Programmes.form, filter: messages.Programmes.filter } };
}
