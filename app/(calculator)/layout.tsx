import type { ReactNode } from "react";
import { getLocale } from "next-intl/server";
import { getSiteCatalog } from "@/lib/server/pricing-context.server";
import type { UiLocale } from "@/lib/format/money";
import { CalculatorProvider } from "../_components/calculator/calculator-context";
import { catalogDelta } from "../_components/calculator/context-value";

/**
 * The calculator's provider. The page carries neither the calculator's strings nor its choices:
 * the strings are made in the browser's code from the calculator's messages (a cached chunk, see
 * calculator-labels.ts), and the model and region choices are a cached chunk of their own (see
 * CalculatorProvider), which joins the form once loaded. That chunk is the shipped catalog; what
 * editors changed in the database's catalog (usually nothing) is sent with the layout and laid
 * over it. A layout is not rendered again when only the query changes.
 */
export default async function CalculatorLayout({ children }: { children: ReactNode }) {
  const [locale, catalog] = await Promise.all([getLocale(), getSiteCatalog()]);
  const delta = catalogDelta(catalog);
  const value = delta ? { locale: locale as UiLocale, catalogDelta: delta } : { locale: locale as UiLocale };
  return <CalculatorProvider value={value}>{children}</CalculatorProvider>;
}
