import type { ReactElement } from "react";
import { NextIntlClientProvider } from "next-intl";
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import ru from "@/messages/ru.json";
import en from "@/messages/en.json";
import { catalog, regionList, vehicleCatalog } from "@/lib/catalog";
import { compareQuotes, parseQuoteRequest } from "@/lib/rating";
import { getDiskLibrary } from "@/lib/rate-books/load-from-disk.server";
import type { UiLocale } from "@/lib/format/money";
import type { ModelOption, RegionOption } from "@/app/_components/calculator/types";

const MESSAGES = { ru, en } as const;

/**
 * Renders a client component the way the app does: inside next-intl's provider, with a user to
 * drive it. next-intl reports a missing or invalid message with console.error, which fails the
 * test (tests/setup/fail-on-console.ts).
 */
export function renderWithIntl(ui: ReactElement, locale: UiLocale = "ru") {
  const user = userEvent.setup({ delay: null });
  const utils = render(
    <NextIntlClientProvider locale={locale} messages={MESSAGES[locale]} timeZone="Europe/Moscow">
      {ui}
    </NextIntlClientProvider>,
  );
  return { user, ...utils };
}

/** The model and region options exactly as app/page.tsx builds them from the real catalog. */
export const models: ModelOption[] = vehicleCatalog.models.map((m) => ({ id: m.id, label: `${m.make} ${m.model}`, defaultPowerHp: m.defaultPowerHp }));
export function regionsFor(locale: UiLocale): RegionOption[] {
  return regionList.map((r) => ({ code: r.code, label: `${r.code} — ${r.name[locale]}` }));
}

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
  return compareQuotes(parsed.request, getDiskLibrary(), catalog);
}
