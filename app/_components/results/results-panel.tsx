import { getLocale } from "next-intl/server";
import { translations } from "@/app/_lib/translations.server";
import type { Catalog } from "@/lib/catalog";
import type { RateBookLibrary, TQuoteRequest } from "@/lib/rating";
import type { FormState } from "@/lib/form/form-state";
import type { UiLocale } from "@/lib/format/money";
import { SaveForClient } from "@/app/agent/_components/save-for-client";
import { DemoNotice } from "../demo-notice";
import { Deferred } from "./deferred";
import { dateText } from "./format-cached";
import { franchiseSection } from "./franchise-section";
import { OfferList } from "./offer-list";
import { PrintButton } from "./print-button";
import { QuoteSummary } from "./quote-summary";
import { ScrollToResults } from "./scroll-to-results";
import { WhatIf } from "./what-if";
import type { PageComparison } from "./pricing.server";

interface Props {
  result: PageComparison;
  request: TQuoteRequest;
  library: RateBookLibrary;
  /** The catalog the request was priced with. */
  catalog: Catalog;
  form: FormState;
  /** The calculation's query string. */
  query: string;
  /** The agent's client id to preselect in "Save for client" ("" for none). */
  client?: string;
}

/**
 * The franchise chart's slot. A component of its own, placed after the offers: React renders
 * siblings in order, so the chart's promise is made once the offers have been rendered, and is
 * handed to the browser as a promise (streamed when it resolves; see Deferred).
 */
function ChartSlot(props: Parameters<typeof franchiseSection>[0]) {
  return <Deferred content={franchiseSection(props)} />;
}

/**
 * The results column: ranked offers, what-if controls, the franchise chart with its break-even.
 * The chart needs the request priced 7 more times (summary pricing); it is rendered after the
 * offers and streamed behind them, so a new calculation shows its prices without waiting for it.
 */
export async function ResultsPanel({ result, request, library, catalog, form, query, client = "" }: Props) {
  const [t, tf, tc, tp, locale] = await Promise.all([translations("Results"), translations("Form"), translations("Compare"), translations("Programmes"), getLocale()]);
  const uiLocale = locale as UiLocale;
  return (
    <div className="space-y-4">
      <ScrollToResults />
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="results-title" tabIndex={-1} className="text-xl font-bold text-brand-900 focus:outline-none">{t("title")}</h2>
        <div className="flex items-center gap-3">
          <p className="text-sm text-slate-600">{t("policyStart", { date: dateText(result.policyStart, uiLocale) })}</p>
          <PrintButton label={t("print")} />
        </div>
      </div>
      <QuoteSummary request={request} catalog={catalog} query={query} locale={uiLocale} t={t} tf={tf} />
      {/* The offers first, so the cheapest is in view after a calculation; the notice and the what-if follow them. */}
      <OfferList result={result} query={query} locale={uiLocale} t={t} tf={tf} tc={tc} tp={tp} />
      <SaveForClient query={query} client={client} />
      <DemoNotice />
      <WhatIf form={form} />
      <ChartSlot request={request} library={library} catalog={catalog} form={form} cheapest={result.quotes[0]?.insurerId} />
    </div>
  );
}
