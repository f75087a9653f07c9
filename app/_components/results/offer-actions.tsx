"use server";
import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import type { UiLocale } from "@/lib/format/money";
import { CompareTable } from "./compare-table";
import { priceQuery } from "./pricing.server";
import { WorksheetTable } from "./worksheet-table";

// The worksheets and the comparison are not sent with the results (they would be most of the
// page's data on every calculation): the browser asks for them when they are opened, and the
// server prices the same query again (a few milliseconds) and renders them.

const MAX_QUERY = 4096;
const valid = (query: unknown, ids: unknown[]): query is string =>
  typeof query === "string" && query.length <= MAX_QUERY && ids.every((id) => typeof id === "string" && id.length <= 100);

function Stale({ text }: { text: string }) {
  return <p role="status" className="mb-2 text-sm font-medium text-amber-800">{text}</p>;
}

/** "Why this price" of one offer of a calculation; `premium` is the price shown, to notice a tariff change since. */
export async function loadWorksheet(query: string, insurerId: string, premium: string): Promise<ReactNode> {
  if (!valid(query, [insurerId, premium])) return null;
  const [result, tr, locale] = await Promise.all([priceQuery(query), getTranslations("Results"), getLocale()]);
  const quote = result?.quotes.find((q) => q.insurerId === insurerId);
  if (!quote) return <Stale text={tr("stale")} />;
  const [t, tv] = await Promise.all([getTranslations("Worksheet"), getTranslations("Variables")]);
  return (
    <>
      {quote.premium !== premium ? <Stale text={tr("stale")} /> : null}
      <WorksheetTable quote={quote} locale={locale as UiLocale} t={t} tv={tv} />
    </>
  );
}

/** The comparison table of the ticked offers (insurer id and the price shown, in the order ticked). */
export async function loadComparison(query: string, offers: [insurerId: string, premium: string][]): Promise<ReactNode> {
  if (!Array.isArray(offers) || offers.length > 3 || !offers.every((o) => Array.isArray(o) && o.length === 2) || !valid(query, offers.flat())) return null;
  const [result, tr, locale] = await Promise.all([priceQuery(query), getTranslations("Results"), getLocale()]);
  const quotes = offers.map(([id]) => result?.quotes.find((q) => q.insurerId === id));
  const stale = quotes.some((q, i) => q?.premium !== offers[i]![1]);
  const found = quotes.filter((q) => q !== undefined);
  const [t, tf, tp] = await Promise.all([getTranslations("Compare"), getTranslations("Form"), getTranslations("Programmes")]);
  return (
    <>
      {stale ? <Stale text={tr("stale")} /> : null}
      {found.length >= 2 ? <CompareTable quotes={found} locale={locale as UiLocale} t={t} tr={tr} tf={tf} tp={tp} /> : null}
    </>
  );
}
