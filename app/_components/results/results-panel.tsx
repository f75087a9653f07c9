import { getLocale, getTranslations } from "next-intl/server";
import type { ComparisonResponse, RateBookLibrary, TQuoteRequest } from "@/lib/rating";
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

interface Props {
  result: ComparisonResponse;
  request: TQuoteRequest;
  library: RateBookLibrary;
  form: FormState;
  /** The calculation's query string. */
  query: string;
  /** The agent's client id to preselect in "Save for client" ("" for none). */
  client?: string;
}

/** A promise and the function that resolves it. */
function signal(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/** Calls `done` when rendered: placed after the offers, it starts the work that follows them. */
function Rendered({ done }: { done: () => void }) {
  done();
  return null;
}

/**
 * The results column: ranked offers, what-if controls, the franchise chart with its break-even.
 * The chart needs the request priced 7 more times; it is rendered after the offers and streamed
 * behind them, so a new calculation shows its prices without waiting for it.
 */
export async function ResultsPanel({ result, request, library, form, query, client = "" }: Props) {
  const [t, tf, tc, tp, locale] = await Promise.all([getTranslations("Results"), getTranslations("Form"), getTranslations("Compare"), getTranslations("Programmes"), getLocale()]);
  const uiLocale = locale as UiLocale;
  const offersRendered = signal();
  const chart = franchiseSection({ request, library, form, cheapest: result.quotes[0]?.insurerId, after: offersRendered.promise });
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
      <QuoteSummary request={request} query={query} locale={uiLocale} t={t} tf={tf} />
      {/* The offers first, so the cheapest is in view after a calculation; the notice and the what-if follow them. */}
      <OfferList result={result} query={query} locale={uiLocale} t={t} tf={tf} tc={tc} tp={tp} />
      <SaveForClient query={query} client={client} />
      <Rendered done={offersRendered.resolve} />
      <DemoNotice />
      <WhatIf form={form} />
      <Deferred content={chart} />
    </div>
  );
}
