import type { Quote } from "@/lib/rating/result-types";
import { formatRub, type UiLocale } from "@/lib/format/money";
import { dateText } from "./format-cached";
import type { Translate } from "../translate";
import { CompareToggle } from "./compare-context";
import { describeConditions } from "./conditions";
import { WorksheetDetails } from "./worksheet-details";
import { OfferProgramme } from "./offer-programme";

interface Props {
  quote: Quote;
  /** The calculation's query string (the worksheet is fetched for it when opened). */
  query: string;
  locale: UiLocale;
  /** Results and Form messages. */
  t: Translate;
  tf: Translate;
  /** Programmes messages (the programme, add-ons and provenance lines). */
  tp: Translate;
}

/**
 * One insurer's offer, rendered on the server: price, instalments, damage/theft split,
 * conditions, tariff edition; the compare tick and the worksheet are the only client parts.
 */
export function OfferCard({ quote, query, locale, t, tf, tp }: Props) {
  const cheapest = quote.rank === 1;
  const name = locale === "ru" ? quote.insurerName : quote.insurerNameEn;
  const last = quote.installmentSchedule.at(-1)!;
  return (
    <li className={`min-w-0 rounded-xl border bg-white p-4 shadow-sm break-inside-avoid ${cheapest ? "border-emerald-500 ring-1 ring-emerald-500" : "border-slate-200"}`} aria-labelledby={`offer-${quote.insurerId}`} data-testid="offer">
      {/* Two fixed columns: the premium keeps its place at the right edge of every card, however long the insurer's name. */}
      <div className="grid grid-cols-[minmax(0,1fr)_auto] items-start gap-2">
        <div className="min-w-0">
          <p className="text-xs text-slate-500">{t("rank", { rank: quote.rank })}</p>
          <h3 id={`offer-${quote.insurerId}`} className="text-lg font-semibold text-slate-900">
            {name}
          </h3>
          {cheapest ? <p className="mt-1 inline-block rounded bg-emerald-100 px-2 py-0.5 text-xs font-semibold text-emerald-800">{t("cheapest")}</p> : null}
        </div>
        <div className="text-right">
          <p className="text-2xl font-bold tabular-nums text-brand-900" data-testid="premium">
            {formatRub(quote.premium, locale)}
          </p>
          <p className="text-xs text-slate-500">{quote.policyTermMonths !== undefined ? tp(`form.termOptions.${quote.policyTermMonths}`) : t("perYear")}</p>
          {quote.installments > 1 ? (
            <p className="text-xs text-slate-600">
              {t("installment", { n: quote.installments, amount: formatRub(quote.installmentAmount, locale) })}
              {last !== quote.installmentAmount ? `, ${t("installmentLast", { amount: formatRub(last, locale) })}` : ""}
            </p>
          ) : null}
        </div>
      </div>
      <dl className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
        {quote.components ? (
          <>
            <div className="flex gap-1"><dt>{t("damage")}:</dt><dd className="tabular-nums">{formatRub(quote.components.damage, locale)}</dd></div>
            <div className="flex gap-1"><dt>{t("theft")}:</dt><dd className="tabular-nums">{formatRub(quote.components.theft, locale)}</dd></div>
          </>
        ) : null}
        <div className="flex gap-1 text-slate-500"><dt className="sr-only">{t("tariff", { date: "" })}</dt><dd>{t("tariff", { date: dateText(quote.rateBook.effectiveFrom, locale) })}</dd></div>
      </dl>
      <OfferProgramme quote={quote} query={query} locale={locale} tp={tp} />
      <ul className="mt-2 flex flex-wrap gap-1.5" aria-label={t("conditions")}>
        {describeConditions(quote.conditions, t, tf, locale).map((c) => (
          <li key={c} className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700">{c}</li>
        ))}
      </ul>
      {quote.conditions.notes.length > 0 ? (
        <p className="mt-2 text-xs text-slate-600">
          <span className="font-medium">{t("notes")}:</span> {quote.conditions.notes.map((n) => n[locale]).join(" ")}
        </p>
      ) : null}
      <div className="mt-3 flex flex-wrap items-center justify-between gap-3">
        <WorksheetDetails query={query} insurerId={quote.insurerId} premium={quote.premium} locale={locale} labels={{ why: t("why"), loading: t("worksheetLoading"), failed: t("loadFailed"), retry: t("retry") }} />
        <CompareToggle insurerId={quote.insurerId} label={t("compare")} />
      </div>
    </li>
  );
}
