"use client";
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { CompareProvider, type CompareState } from "./compare-context";
import { OfferCard, type OfferCardLabels, type OfferView } from "./offer-card";
import { loadComparison } from "./offer-actions";
import { useOnDemand } from "./use-on-demand";

const MAX_COMPARED = 3;

export interface OffersLabels {
  /** "6 предложений · Отметьте 2–3 предложения" */
  summary: string;
  sort: string;
  sortPrice: string;
  sortName: string;
  /** The list's accessible name. */
  list: string;
  noMatch: string;
  compareTitle: string;
  compareLoading: string;
  loadFailed: string;
  retry: string;
  /** "Сравнить (n)" for n = 0…3. */
  compareAction: string[];
  card: OfferCardLabels;
}

/**
 * The ranked offers (their texts formatted on the server) with sorting and the side-by-side
 * comparison; the declined insurers are listed after them.
 */
export function Offers({ offers, conditions, query, locale, labels, declined }: { offers: OfferView[]; conditions: string[]; query: string; locale: string; labels: OffersLabels; declined: ReactNode }) {
  const [sort, setSort] = useState<"price" | "name">("price");
  const [compared, setCompared] = useState<string[]>([]);
  const showCompare = useRef(false);
  const onCompareLoaded = useCallback(() => {
    if (!showCompare.current) return;
    showCompare.current = false;
    bringIntoView();
  }, []);
  const sorted = sort === "price" ? offers : [...offers].sort((a, b) => a.name.localeCompare(b.name, locale));
  // Offers that are no longer quoted (after a new calculation) drop out of the comparison.
  const comparedOffers = compared.map((id) => offers.find((o) => o.insurerId === id)).filter((o) => o !== undefined);
  const state = useMemo<CompareState>(
    () => ({
      compared,
      max: MAX_COMPARED,
      set: (id, on) => setCompared((c) => (on ? (c.includes(id) ? c : [...c, id]) : c.filter((x) => x !== id))),
      clear: () => setCompared([]),
    }),
    [compared],
  );

  return (
    <CompareProvider value={state}>
      <div className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
          <p className="text-sm text-slate-600" aria-live="polite">
            {labels.summary}
          </p>
          <label className="flex items-center gap-2 text-sm">
            {labels.sort}
            <select className="rounded-md border border-slate-300 bg-white px-2 py-1" value={sort} onChange={(e) => setSort(e.target.value as "price" | "name")}>
              <option value="price">{labels.sortPrice}</option>
              <option value="name">{labels.sortName}</option>
            </select>
          </label>
        </div>
        {comparedOffers.length >= 2 ? <ComparePanel query={query} locale={locale} offers={comparedOffers} labels={labels} onLoaded={onCompareLoaded} /> : null}
        {sorted.length === 0 ? <p className="text-sm text-slate-600">{labels.noMatch}</p> : null}
        <ol className="space-y-3" aria-label={labels.list}>
          {sorted.map((o) => (
            <OfferCard key={o.insurerId} offer={o} conditions={conditions} query={query} locale={locale} labels={labels.card} />
          ))}
        </ol>
        {declined}
        {comparedOffers.length >= 2 ? (
          // Wherever the user ticked the offers, one tap brings the comparison into view.
          <button
            type="button"
            className="fixed bottom-4 left-1/2 z-30 -translate-x-1/2 rounded-full bg-brand-600 px-5 py-3 text-base font-semibold text-white shadow-lg hover:bg-brand-700 print:hidden"
            onClick={() => {
              // Again once the table has arrived, if it was still loading (it is taller than its placeholder).
              showCompare.current = true;
              bringIntoView();
            }}
          >
            {labels.compareAction[comparedOffers.length]}
          </button>
        ) : null}
      </div>
    </CompareProvider>
  );
}

/** Scrolls the comparison to the top of the screen and moves the focus to it. */
function bringIntoView() {
  const panel = document.getElementById("compare");
  panel?.scrollIntoView({ block: "start" });
  panel?.focus({ preventScroll: true });
}

/** The comparison table of the ticked offers, rendered on the server for exactly these offers. */
function ComparePanel({ query, locale, offers, labels, onLoaded }: { query: string; locale: string; offers: OfferView[]; labels: OffersLabels; onLoaded: () => void }) {
  const pairs = offers.map((o): [string, string] => [o.insurerId, o.premium]);
  const table = useOnDemand(`${locale}#${query}#${JSON.stringify(pairs)}`, true, () => loadComparison(query, pairs));
  const loaded = table.node !== null && !table.busy;
  useEffect(() => {
    if (loaded) onLoaded();
  }, [loaded, table.node, onLoaded]);
  // While another set of offers loads, the last table stays, dimmed.
  if (table.node !== null && !table.failed) return <div aria-busy={table.busy} className={table.busy ? "opacity-60" : undefined}>{table.node}</div>;
  return (
    <section id="compare" tabIndex={-1} aria-labelledby="compare-title" aria-busy="true" className="scroll-mt-2 rounded-xl border border-brand-600 bg-white p-4 shadow-sm">
      <h3 id="compare-title" className="text-lg font-semibold text-brand-900">{labels.compareTitle}</h3>
      {table.failed ? (
        <p className="mt-2 text-sm text-red-700">
          {labels.loadFailed}{" "}
          <button type="button" onClick={table.retry} className="underline">{labels.retry}</button>
        </p>
      ) : (
        <p className="mt-2 text-sm text-slate-600">{labels.compareLoading}</p>
      )}
    </section>
  );
}
