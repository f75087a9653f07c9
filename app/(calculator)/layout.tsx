import type { ReactNode } from "react";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { getSiteCatalog } from "@/lib/server/pricing-context.server";
import type { UiLocale } from "@/lib/format/money";
import { CalculatorProvider } from "../_components/calculator/calculator-context";
import { calculatorLabels, catalogDelta } from "../_components/calculator/context-value";
import type en from "@/messages/en.json";

/**
 * The calculator's strings (formatted here, so the browser needs no message library). A layout is
 * not rendered again when only the query changes, so these are sent with the first page, not with
 * every calculation. The model and region choices are not sent at all: the browser loads them as
 * a cached chunk of their own (see CalculatorProvider); hydration waits for it while the server's
 * HTML stays in view, and a navigation (a transition) keeps the previous page meanwhile. That chunk
 * is the shipped catalog; what editors changed in the database's catalog (usually nothing) is sent
 * with the layout and laid over it.
 */
export default async function CalculatorLayout({ children }: { children: ReactNode }) {
  const [locale, messages, tf, tw, tp, catalog] = await Promise.all([getLocale(), getMessages(), getTranslations("Form"), getTranslations("WhatIf"), getTranslations("Programmes"), getSiteCatalog()]);
  const labels = calculatorLabels(locale as UiLocale, messages as unknown as typeof en, tf, tw, tp);
  const delta = catalogDelta(catalog);
  const value = delta ? { ...labels, catalogDelta: delta } : labels;
  return <CalculatorProvider value={value}>{children}</CalculatorProvider>;
}
