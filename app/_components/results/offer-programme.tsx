import Link from "next/link";
import type { QuoteSummary } from "@/lib/rating/result-types";
import { formatRub, type UiLocale } from "@/lib/format/money";
import type { Translate } from "../translate";
import { dateText } from "./format-cached";

/** The link to an insurer's programmes side by side for the same calculation. */
export function programmesHref(insurerId: string, query: string): string {
  return `/programmes/${encodeURIComponent(insurerId)}?${query}`;
}

/**
 * What an offer of a format-2 rate book says besides the price (Programmes messages): its
 * programme and what it is, each add-on with its price and the cover's own part, a policy
 * shorter than a year, one rate for everything (no damage/theft split), and where the tariff
 * comes from (a demonstration, or a published source and its date). Rendered on the server.
 */
export function OfferProgramme({ quote, query, locale, tp }: { quote: QuoteSummary; query: string; locale: UiLocale; tp: Translate }) {
  const insurer = locale === "ru" ? quote.insurerName : quote.insurerNameEn;
  const addOns = quote.addOns ?? [];
  return (
    <div className="mt-2 space-y-1 text-sm text-slate-700" data-testid="offer-programme">
      {quote.programme ? (
        <p>
          <span className="font-medium">{tp("offer.programme")}:</span> <span data-testid="programme-name">{quote.programme.name[locale]}</span>
          <span className="block text-xs text-slate-600">{quote.programme.description[locale]}</span>
        </p>
      ) : null}
      {addOns.length > 0 ? (
        <dl className="flex flex-wrap gap-x-4 gap-y-1" aria-label={tp("offer.addOns")} data-testid="offer-add-ons">
          {quote.coverPremium !== undefined ? (
            <div className="flex gap-1"><dt>{tp("offer.cover")}:</dt><dd className="tabular-nums">{formatRub(quote.coverPremium, locale)}</dd></div>
          ) : null}
          {addOns.map((a) => (
            <div key={a.id} className="flex gap-1" data-testid={`add-on-${a.id}`}>
              <dt>+ {a.name[locale]}{a.sumInsured !== undefined ? ` (${formatRub(a.sumInsured, locale, { whole: true })})` : ""}:</dt>
              <dd className="tabular-nums">{formatRub(a.amount, locale)}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {quote.policyTermMonths !== undefined ? (
        <p><span className="font-medium">{tp("offer.term")}:</span> {tp(`form.termOptions.${quote.policyTermMonths}`)}</p>
      ) : null}
      {quote.components === null ? <p className="text-xs text-slate-600" data-testid="no-split">{tp("offer.noSplit")}</p> : null}
      <p className="text-xs text-slate-500" data-testid="provenance">
        {quote.provenance ? tp("offer.published", { source: quote.provenance.source, date: dateText(quote.provenance.publishedOn, locale) }) : tp("offer.demo")}
      </p>
      {quote.programme ? (
        <p className="print:hidden">
          <Link href={programmesHref(quote.insurerId, query)} className="text-sm font-medium text-brand-700 underline" data-testid="other-programmes">
            {tp("offer.otherProgrammes", { insurer })}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
