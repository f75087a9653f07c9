import type { UiLocale } from "@/lib/format/money";
import { labelsOf, type CalculatorLabels } from "./calculator-labels";

/** A promise as React's `use()` reads it: once settled, with its value on it, so `use()` returns at once. */
type Tracked<T> = Promise<T> & { status?: string; value?: T };

const chunks: Record<UiLocale, () => Promise<typeof import("./calculator-messages-ru")>> = {
  ru: () => import("./calculator-messages-ru"),
  en: () => import("./calculator-messages-en"),
};
const loading: Partial<Record<UiLocale, Tracked<CalculatorLabels>>> = {};

/**
 * The calculator's strings in one language, from that language's chunk of the browser's code
 * (only the page's language is loaded; the other when a user switches). One promise per language
 * for the page's life, marked fulfilled when it is, so the provider's `use()` takes the strings
 * without suspending once they are in.
 */
export function calculatorStrings(locale: UiLocale): Promise<CalculatorLabels> {
  let strings = loading[locale];
  if (!strings) {
    const made: Tracked<CalculatorLabels> = chunks[locale]().then((m) => labelsOf(locale, m.messages));
    made.then(
      (value) => {
        made.status = "fulfilled";
        made.value = value;
      },
      // A chunk that failed to load (the page's error boundary shows it) is asked for again next time.
      () => delete loading[locale],
    );
    strings = loading[locale] = made;
  }
  return strings;
}

if (typeof window === "undefined") {
  // On the server, both languages are loaded once with the module: every render then has them at once.
  void calculatorStrings("ru");
  void calculatorStrings("en");
} else {
  // In the browser, the page's language is asked for as soon as the page's code runs, before hydration reaches the provider.
  void calculatorStrings(document.documentElement.lang === "en" ? "en" : "ru");
}
