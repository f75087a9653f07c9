import type { ComparisonResponse } from "@/lib/rating/result-types";
import type { UiLocale } from "@/lib/format/money";
import type { Translate } from "../translate";
import { OfferCard } from "./offer-card";
import { Offers } from "./offers";

/**
 * The offers of a calculation (Results, Form and Compare messages): the cards and the declined insurers rendered on the server, handed
 * to the client list that sorts them and compares them. Only what the cards show is sent; the
 * worksheets and the comparison are fetched when opened.
 */
export function OfferList({ result, query, locale, t, tf, tc, tp }: { result: ComparisonResponse; query: string; locale: UiLocale; t: Translate; tf: Translate; tc: Translate; tp: Translate }) {
  const name = (q: { insurerName: string; insurerNameEn: string }) => (locale === "ru" ? q.insurerName : q.insurerNameEn);
  const offers = result.quotes.map((q) => ({ insurerId: q.insurerId, name: name(q), premium: q.premium, card: <OfferCard quote={q} query={query} locale={locale} t={t} tf={tf} tp={tp} /> }));
  const declined =
    result.declined.length > 0 ? (
      <section aria-labelledby="declined-title" className="rounded-xl border border-slate-200 bg-white p-4">
        <h3 id="declined-title" className="text-base font-semibold text-slate-800">{t("declinedTitle")}</h3>
        <ul className="mt-2 space-y-2 text-sm" data-testid="declined">
          {result.declined.map((d) => (
            <li key={d.insurerId}>
              <span className="font-medium">{name(d)}:</span> {d.reasons.map((r) => r.message[locale]).join("; ")}
            </li>
          ))}
        </ul>
      </section>
    ) : null;
  const labels = {
    summary: `${t("count", { count: result.quotes.length })} · ${t("compareHint")}`,
    sort: t("sort"),
    sortPrice: t("sortPrice"),
    sortName: t("sortName"),
    list: t("title"),
    noMatch: t("noMatch"),
    compareTitle: tc("title"),
    compareLoading: t("compareLoading"),
    loadFailed: t("loadFailed"),
    retry: t("retry"),
    compareAction: [0, 1, 2, 3].map((count) => t("compareAction", { count })),
  };
  return <Offers offers={offers} query={query} locale={locale} labels={labels} declined={declined} />;
}
