import type { ReactNode } from "react";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import type { UiLocale } from "@/lib/format/money";
import { CalculatorProvider } from "../_components/calculator/calculator-context";
import { calculatorContextValue } from "../_components/calculator/context-value";
import type en from "@/messages/en.json";

/**
 * The calculator's strings (formatted here, so the browser needs no message library) and its
 * model and region choices. A layout is not rendered again when only the query changes, so these
 * are sent with the first page, not with every calculation.
 */
export default async function CalculatorLayout({ children }: { children: ReactNode }) {
  const [locale, messages, tf, tw, tp] = await Promise.all([getLocale(), getMessages(), getTranslations("Form"), getTranslations("WhatIf"), getTranslations("Programmes")]);
  const value = calculatorContextValue(locale as UiLocale, messages as unknown as typeof en, tf, tw, tp);
  return <CalculatorProvider value={value}>{children}</CalculatorProvider>;
}
