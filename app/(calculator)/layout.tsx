import type { ReactNode } from "react";
import { preload } from "react-dom";
import { getLocale } from "next-intl/server";
import { getSiteCatalog } from "@/lib/server/pricing-context.server";
import type { UiLocale } from "@/lib/format/money";
import { CalculatorProvider } from "../_components/calculator/calculator-context";
import { catalogDelta } from "../_components/calculator/context-value";
import { calculatorStringsUrl } from "../_components/calculator/calculator-strings-data.server";

/**
 * The calculator's provider. The page carries neither the calculator's strings nor its choices:
 * the strings are made in the browser's code from the calculator's messages in the page's
 * language, which the browser fetches (preloaded here, cached for good: calculator-strings.ts),
 * and the model and region choices are a cached chunk of their own (see CalculatorProvider), which joins the form once loaded. That chunk is the shipped catalog; what
 * editors changed in the database's catalog (usually nothing) is sent with the layout and laid
 * over it. A layout is not rendered again when only the query changes.
 */
export default async function CalculatorLayout({ children }: { children: ReactNode }) {
  const [locale, catalog] = await Promise.all([getLocale(), getSiteCatalog()]);
  const delta = catalogDelta(catalog);
  // The strings of the page's language: fetched by the browser beside the page's scripts.
  const stringsUrl = calculatorStringsUrl(locale as UiLocale);
  preload(stringsUrl, { as: "fetch", crossOrigin: "anonymous" });
  const value = { locale: locale as UiLocale, stringsUrl, ...(delta ? { catalogDelta: delta } : {}) };
  return <CalculatorProvider value={value}>{children}</CalculatorProvider>;
}
