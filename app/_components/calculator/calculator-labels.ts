import { REQUEST_LIMITS } from "@/lib/rating/options";
import type { UiLocale } from "@/lib/format/money";
import type { CalculatorMessages } from "./calculator-messages";
import type { CalculatorContextValue } from "./types";

/** The calculator's strings in one language: what its client components show. */
export type CalculatorLabels = Pick<CalculatorContextValue, "locale" | "form" | "whatIf" | "programmes">;

/**
 * Fills a message's `{name}` arguments. The calculator's messages with arguments take plain
 * values (a driver's number, a class, a step), no plural or select: those the server formats
 * (the error summary's heading). tests/unit/calculator-messages.test.ts checks every string
 * against next-intl's formatting.
 */
function fill(message: string, values: Record<string, string | number>): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The calculator's strings in one language, made from its messages. */
export function labelsOf(locale: UiLocale, messages: CalculatorMessages): CalculatorLabels {
  const { driver, removeDriver, stepOf, stepNames, bonusMalusNew, ...rest } = messages.Form;
  // The error summary's heading is a plural: the page formats it with the count.
  const plain = Object.fromEntries(Object.entries(rest).filter(([key]) => key !== "errorsTitle")) as Omit<typeof rest, "errorsTitle">;
  const n = Array.from({ length: REQUEST_LIMITS.maxNamedDrivers }, (_, i) => i + 1);
  const steps = [stepNames.car, stepNames.drivers, stepNames.cover];
  return {
    locale,
    form: {
      ...plain,
      bonusMalusNew: fill(bonusMalusNew, { cls: "3" }),
      driver: n.map((i) => fill(driver, { n: i })),
      removeDriver: n.map((i) => fill(removeDriver, { n: i })),
      stepNames: steps,
      stepOf: steps.map((name, i) => fill(stepOf, { n: i + 1, total: steps.length, name })),
    },
    whatIf: messages.WhatIf,
    programmes: { ...messages.Programmes.form, filter: messages.Programmes.filter },
  };
}
