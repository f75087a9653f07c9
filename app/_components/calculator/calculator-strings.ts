import type { UiLocale } from "@/lib/format/money";
import { labelsOf, type CalculatorLabels } from "./calculator-labels";
import type { CalculatorMessages } from "./calculator-messages";

/** A promise as React's `use()` reads it: once settled, with its value on it, so `use()` returns at once. */
type Tracked<T> = Promise<T> & { status?: string; value?: T };

/**
 * On the server, each language's messages are a module of its code, loaded once. The condition is
 * one the bundler settles at build time, so the browser's code has neither module nor their loaders.
 */
const serverChunks =
  typeof window === "undefined"
    ? { ru: () => import("./calculator-messages-ru"), en: () => import("./calculator-messages-en") }
    : null;

/** In the browser, the page's language from the address the layout preloads (`/api/calculator-strings/<locale>?v=…`). */
async function fetchMessages(url: string): Promise<CalculatorMessages> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The calculator's strings did not load (${response.status})`);
  return (await response.json()) as CalculatorMessages;
}

const loading: Partial<Record<UiLocale, Tracked<CalculatorLabels>>> = {};

/**
 * The calculator's strings in one language: in the browser fetched from `url` (the calculator's
 * layout gives it and has the browser preload it with the page, so it is in by the time the
 * page's scripts have run), on the server from their own module. Only the page's language is loaded
 * (the other when a user switches). One promise per language for the page's life, marked
 * fulfilled when it is, so the provider's `use()` takes the strings without suspending once they
 * are in.
 */
export function calculatorStrings(locale: UiLocale, url: string | undefined): Promise<CalculatorLabels> {
  let strings = loading[locale];
  if (!strings) {
    const messages = serverChunks
      ? serverChunks[locale]().then((m) => m.messages)
      : url
        ? fetchMessages(url)
        : Promise.reject(new Error("The calculator's strings have no address"));
    const made: Tracked<CalculatorLabels> = messages.then((m) => labelsOf(locale, m));
    made.then(
      (value) => {
        made.status = "fulfilled";
        made.value = value;
      },
      // Strings that failed to load (the page's error boundary shows it) are asked for again next time.
      () => delete loading[locale],
    );
    strings = loading[locale] = made;
  }
  return strings;
}

if (serverChunks) {
  // On the server, both languages are loaded once with the module: every render then has them at once.
  void calculatorStrings("ru", undefined);
  void calculatorStrings("en", undefined);
} else {
  // In the browser, the preloaded address is taken up as soon as the page's code runs, before hydration reaches the provider.
  const preloaded = document.querySelector<HTMLLinkElement>('link[rel="preload"][href^="/api/calculator-strings/"]');
  const locale = preloaded?.getAttribute("href")?.match(/^\/api\/calculator-strings\/(ru|en)\?/)?.[1] as UiLocale | undefined;
  if (preloaded && locale) void calculatorStrings(locale, preloaded.getAttribute("href")!);
}
