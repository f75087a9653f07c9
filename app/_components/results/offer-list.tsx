import type { UiLocale } from "@/lib/format/money";
import type { Translate } from "../translate";
import { describeConditions } from "./conditions";
// The comparison table (rendered by a server action, offer-actions.tsx) uses this module's client
// components; the page's server code imports it, so it is one of the page's client references.
import "./compare-context";
import { dateText, labelsOnce, rubText } from "./format-cached";
import type { OfferView } from "./offer-card";
import { programmeView } from "./offer-programme-view";
import { Offers } from "./offers";
import type { PageComparison } from "./pricing.server";

/**
 * The offers of a calculation (Results, Form and Compare messages): each card's texts formatted
 * here, on the server, and the declined insurers rendered here; the client list draws the cards,
 * sorts and compares them. Only what the cards show is sent; the worksheets and the comparison are
 * fetched when opened.
 */
export function OfferList({ result, query, locale, t, tf, tc, tp }: { result: PageComparison; query: string; locale: UiLocale; t: Translate; tf: Translate; tc: Translate; tp: Translate }) {
  const name = (q: { insurerName: string; insurerNameEn: string }) => (locale === "ru" ? q.insurerName : q.insurerNameEn);
  const offers = result.quotes.map((q): OfferView => {
    const last = q.installmentSchedule.at(-1)!;
    const installments =
      q.installments > 1
        ? `${t("installment", { n: q.installments, amount: rubText(q.installmentAmount, locale) })}${last !== q.installmentAmount ? `, ${t("installmentLast", { amount: rubText(last, locale) })}` : ""}`
        : "";
    return {
      insurerId: q.insurerId,
      name: name(q),
      premium: q.premium,
      cheapest: q.rank === 1,
      rank: t("rank", { rank: q.rank }),
      premiumText: rubText(q.premium, locale),
      installments,
      ...(q.components ? { damage: rubText(q.components.damage, locale), theft: rubText(q.components.theft, locale) } : {}),
      tariff: t("tariff", { date: dateText(q.rateBook.effectiveFrom, locale) }),
      notes: q.conditions.notes.map((n) => n[locale]).join(" "),
      ...(q.policyTermMonths !== undefined ? { term: tp(`form.termOptions.${q.policyTermMonths}`) } : {}),
      programme: programmeView(q, query, locale, tp),
    };
  });
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
    ...offersLabels(locale, t, tc),
  };
  // The conditions follow from the request alone, so they read the same on every card.
  const first = result.quotes[0];
  const conditions = first ? describeConditions(first.conditions, t, tf, locale) : [];
  return <Offers offers={offers} conditions={conditions} query={query} locale={locale} labels={labels} declined={declined} />;
}

/** The list's and the cards' labels: the same for every calculation in one language. */
function offersLabels(locale: UiLocale, t: Translate, tc: Translate) {
  return labelsOnce(`offers:${locale}`, () => ({
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
    card: {
      cheapest: t("cheapest"),
      perYear: t("perYear"),
      damage: t("damage"),
      theft: t("theft"),
      tariff: t("tariff", { date: "" }),
      conditions: t("conditions"),
      notes: t("notes"),
      compare: t("compare"),
      why: t("why"),
      loading: t("worksheetLoading"),
      failed: t("loadFailed"),
      retry: t("retry"),
    },
  }));
}
