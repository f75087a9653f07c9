import type { ReactNode } from "react";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import type { UiLocale } from "@/lib/format/money";
import { CalculatorProvider } from "../_components/calculator/calculator-context";
import { calculatorLabels } from "../_components/calculator/context-value";
import type en from "@/messages/en.json";

/**
 * The calculator's strings (formatted here, so the browser needs no message library). A layout is
 * not rendered again when only the query changes, so these are sent with the first page, not with
 * every calculation. The model and region choices are not sent at all: the browser loads them as
 * a cached chunk of their own (see CalculatorProvider); hydration waits for it while the server's
 * HTML stays in view, and a navigation (a transition) keeps the previous page meanwhile.
 */
export default async function CalculatorLayout({ children }: { children: ReactNode }) {
  const [locale, messages, tf, tw] = await Promise.all([getLocale(), getMessages(), getTranslations("Form"), getTranslations("WhatIf")]);
  const value = calculatorLabels(locale as UiLocale, messages as unknown as typeof en, tf, tw);
  return <CalculatorProvider value={value}>{children}</CalculatorProvider>;
}
