import type { ReactElement } from "react";
import { createTranslator } from "next-intl";
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import ru from "@/messages/ru.json";
import en from "@/messages/en.json";
import { catalog } from "@/lib/catalog";
import { compareQuotes, parseQuoteRequest } from "@/lib/rating";
import { fixtureLibrary } from "@/tests/helpers/fixture-library";
import type { UiLocale } from "@/lib/format/money";
import { CalculatorProvider } from "@/app/_components/calculator/calculator-context";
import { calculatorContextValue } from "@/app/_components/calculator/context-value";
import type { Translate } from "@/app/_components/translate";

const MESSAGES = { ru, en } as const;
type Namespace = keyof typeof en;

/**
 * The message functions the server components get from next-intl, one per namespace. next-intl
 * reports a missing or invalid message with console.error, which fails the test
 * (tests/setup/fail-on-console.ts).
 */
export function translator(namespace: Namespace, locale: UiLocale = "ru"): Translate {
  return createTranslator({ locale, messages: MESSAGES[locale], namespace, timeZone: "Europe/Moscow" }) as unknown as Translate;
}

/** The calculator's shared strings and choices exactly as its layout builds them. */
export function calculatorValue(locale: UiLocale = "ru") {
  return calculatorContextValue(locale);
}

/**
 * Renders a client component the way the calculator does: inside the provider of its strings,
 * with a user to drive it.
 */
export function renderCalculator(ui: ReactElement, locale: UiLocale = "ru") {
  const user = userEvent.setup({ delay: null });
  const utils = render(<CalculatorProvider value={calculatorValue(locale)}>{ui}</CalculatorProvider>);
  return { user, ...utils };
}

/** The model and region options exactly as the calculator builds them from the real catalog. */
/**
 * Opens every folded "More conditions" section of the calculator's form (their fields are drawn
 * only when open), as a user clicking each summary does.
 */
export async function openFolded(user: ReturnType<typeof userEvent.setup>) {
  for (const summary of [...document.querySelectorAll<HTMLElement>("fieldset > details:not([open]) > summary")]) await user.click(summary);
}

export const models = calculatorValue("ru").models;
export const regionsFor = (locale: UiLocale) => calculatorValue(locale).regions;

/** A URL pushed by the form ("/?model=…#results") as the params object decodeForm takes. */
export function paramsOf(url: string): Record<string, string | string[]> {
  const search = new URL(url, "http://localhost").searchParams;
  const params: Record<string, string | string[]> = {};
  for (const key of new Set(search.keys())) {
    const values = search.getAll(key);
    params[key] = values.length === 1 ? values[0]! : values;
  }
  return params;
}

/** Intl separates groups and the currency sign with no-break spaces; tests write plain spaces. */
export const nbsp = (text: string) => text.replace(/ /g, "\u00a0");

/** The request the Mazda fixtures price, as the calculator's query string. */
export const mazdaQuery = (year: number) => `model=mazda-3&year=${year}&price=1200000&power=120&region=38&d=30_5_m_y_y&start=2026-12-01`;

/** Real prices from the real rate books on disk: Mazda 3, Irkutsk region, one 30-year-old driver. */
export function compareMazda(year: number) {
  const request = {
    policyStart: "2026-12-01",
    region: "38",
    vehicle: { modelId: "mazda-3", year, price: 1200000, powerHp: 120 },
    drivers: [{ age: 30, experienceYears: 5, sex: "male", married: true, hasChildren: true }],
  };
  const parsed = parseQuoteRequest(request, catalog, "2026-12-01");
  if (!parsed.ok) throw new Error(`the test request is invalid: ${JSON.stringify(parsed.error)}`);
  return compareQuotes(parsed.request, fixtureLibrary(), catalog);
}
