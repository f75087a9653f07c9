import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { buttonClass, cardClass, dangerButtonClass, linkClass, tableClass, tdClass, thClass } from "@/app/editor/_components/styles";
import { getCalculationView } from "@/lib/agent/calculations.server";
import { formatDate, formatRub, INTL_LOCALE, type UiLocale } from "@/lib/format/money";
import { getPricing } from "@/lib/offer/discounts.server";
import { linkStatus, listOffers } from "@/lib/offer/offers.server";
import { revokeOfferAction } from "../../../_actions/offer";
import { DiscountForm } from "../../../_components/discount-form";
import { OfferForm } from "../../../_components/offer-form";
import { agentPage, refuse } from "../../../_lib/page-access.server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Discount");
  return { title: t("title"), robots: { index: false, follow: false } };
}

function dateTime(d: Date, locale: UiLocale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Moscow" }).format(d);
}

/** The agent's discount per offer (with the commission before and after, for the agent only) and the commercial offers made from the calculation. */
export default async function CalculationOfferPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const page = `/agent/calculations/${encodeURIComponent(id)}/offer`;
  const { db, user } = await agentPage(page);
  const now = new Date();
  const [pricing, view, offers, t, tr, locale] = await Promise.all([
    getPricing(db, user, { id }),
    getCalculationView(db, user, { id }, now),
    listOffers(db, user, { calculationId: id }),
    getTranslations("Discount"),
    getTranslations("Results"),
    getLocale(),
  ]);
  if (!pricing.ok) refuse(pricing, page);
  if (!view.ok) refuse(view, page);
  if (!offers.ok) refuse(offers, page);
  const loc: UiLocale = locale === "en" ? "en" : "ru";
  const calc = pricing.calculation;
  const quotes = view.view.response.quotes;
  const nameOf = (insurerId: string) => {
    const q = quotes.find((x) => x.insurerId === insurerId);
    return q ? (loc === "ru" ? q.insurerName : q.insurerNameEn) : insurerId;
  };
  const rub = (a: string) => formatRub(a, loc);

  return (
    <>
      <div className="space-y-2">
        <p>
          <Link href={`/agent/calculations/${calc.id}`} className={linkClass}>
            ← {t("back")}
          </Link>
        </p>
        <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
        <p className="text-slate-700">
          {view.view.clientName ?? ""} · {tr("policyStart", { date: formatDate(view.view.request.policyStart, loc) })}
        </p>
        <p className="max-w-3xl text-sm text-slate-600">{t("intro")}</p>
      </div>

      {quotes.length === 0 ? (
        <p>{t("noQuotes")}</p>
      ) : (
        <section className={cardClass} aria-labelledby="discounts-heading">
          <h2 id="discounts-heading" className="mb-3 text-lg font-semibold text-brand-900">
            {t("discount")}
          </h2>
          <div role="region" aria-labelledby="discounts-heading" tabIndex={0} className="overflow-x-auto">
            <table className={tableClass}>
              <caption className="sr-only">{t("caption")}</caption>
              <thead>
                <tr>
                  <th scope="col" className={thClass}>
                    {t("insurer")}
                  </th>
                  <th scope="col" className={thClass}>
                    {t("premium")}
                  </th>
                  <th scope="col" className={thClass}>
                    {t("cap")}
                  </th>
                  <th scope="col" className={thClass}>
                    {t("value")}
                  </th>
                  <th scope="col" className={thClass}>
                    {t("premiumAfter")}
                  </th>
                  <th scope="col" className={thClass}>
                    {t("commission")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {pricing.pricing.map((p) => (
                  <tr key={p.insurerId} data-insurer={p.insurerId}>
                    <th scope="row" className={`${tdClass} font-medium`}>
                      {nameOf(p.insurerId)}
                    </th>
                    <td className={tdClass}>{rub(p.applied.premiumBefore)}</td>
                    <td className={tdClass}>
                      {rub(p.cap.rubles)}
                      <span className="block text-xs text-slate-600">{t(`reason.${p.cap.reason}`)}</span>
                    </td>
                    <td className={tdClass}>
                      <DiscountForm
                        calculationId={calc.id}
                        insurerId={p.insurerId}
                        current={p.given}
                        labels={{ kind: t("kindFor", { insurer: nameOf(p.insurerId) }), percent: t("kindPercent"), rubles: t("kindRubles"), value: t("valueFor", { insurer: nameOf(p.insurerId) }), apply: t("apply"), applying: t("applying") }}
                      />
                    </td>
                    <td className={tdClass}>
                      <span className="font-semibold" data-testid={`premium-after-${p.insurerId}`}>
                        {rub(p.applied.premiumAfter)}
                      </span>
                      {p.applied.discount !== "0.00" ? (
                        <span className="block text-xs text-green-800">
                          {t("discount")}: −{rub(p.applied.discount)}
                        </span>
                      ) : null}
                    </td>
                    <td className={tdClass} data-testid={`commission-${p.insurerId}`}>
                      {t("commissionValue", { before: rub(p.applied.commissionBefore), after: rub(p.applied.commissionAfter) })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      {quotes.length > 0 ? (
        <section className={cardClass} aria-labelledby="make-offer-heading">
          <h2 id="make-offer-heading" className="mb-1 text-lg font-semibold text-brand-900">
            {t("makeOffer")}
          </h2>
          <p className="mb-3 text-sm text-slate-600">{t("makeOfferIntro")}</p>
          <OfferForm
            calculationId={calc.id}
            locale={loc}
            offers={quotes.map((q) => ({ insurerId: q.insurerId, label: `${nameOf(q.insurerId)} — ${rub(pricing.pricing.find((p) => p.insurerId === q.insurerId)?.applied.premiumAfter ?? q.premium)}` }))}
            labels={{
              choose: t("choose"),
              language: t("language"),
              languageRu: t("languageRu"),
              languageEn: t("languageEn"),
              expiresOn: t("expiresOn"),
              expiresHint: t("expiresHint"),
              create: t("create"),
              creating: t("creating"),
              fixErrors: t("errors.generic"),
              printView: t("printView"),
              pdf: t("pdf"),
            }}
          />
        </section>
      ) : null}

      <section className={cardClass} aria-labelledby="offers-heading">
        <h2 id="offers-heading" className="mb-3 text-lg font-semibold text-brand-900">
          {t("offers")}
        </h2>
        {offers.offers.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noOffers")}</p>
        ) : (
          <div role="region" aria-labelledby="offers-heading" tabIndex={0} className="overflow-x-auto">
            <table className={tableClass}>
              <caption className="sr-only">{t("offerCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col" className={thClass}>
                    {t("createdAt")}
                  </th>
                  <th scope="col" className={thClass}>
                    {t("insurers")}
                  </th>
                  <th scope="col" className={thClass}>
                    {t("link")}
                  </th>
                  <th scope="col" className={thClass}>
                    {t("opened")}
                  </th>
                  <th scope="col" className={thClass}>
                    <span className="sr-only">{t("printView")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {offers.offers.map((o) => {
                  const status = linkStatus(o, now);
                  const made = dateTime(o.createdAt, loc);
                  const when = status === "revoked" ? dateTime(o.revokedAt!, loc) : dateTime(o.expiresAt, loc);
                  return (
                    <tr key={o.id} data-offer={o.id}>
                      <td className={tdClass}>{made}</td>
                      <td className={tdClass}>{(o.insurerIds as string[]).map(nameOf).join(", ")}</td>
                      <td className={tdClass} data-testid={`offer-status-${o.id}`}>
                        {t(`status.${status}`, { date: when })}
                      </td>
                      <td className={tdClass} data-testid={`offer-opened-${o.id}`}>
                        {o.openCount > 0 && o.firstOpenedAt && o.lastOpenedAt ? t("openedValue", { count: o.openCount, first: dateTime(o.firstOpenedAt, loc), last: dateTime(o.lastOpenedAt, loc) }) : t("notOpened")}
                      </td>
                      <td className={`${tdClass} whitespace-nowrap`}>
                        <span className="flex flex-wrap items-center gap-2">
                          <a href={`/agent/offers/${o.id}`} className={buttonClass}>
                            {t("printView")}
                          </a>
                          <a href={`/agent/offers/${o.id}/pdf`} className={buttonClass}>
                            {t("pdf")}
                          </a>
                          {status === "active" ? (
                            <form action={revokeOfferAction}>
                              <input type="hidden" name="offerId" value={o.id} />
                              <input type="hidden" name="calculationId" value={calc.id} />
                              <button type="submit" className={dangerButtonClass} aria-label={t("revokeFor", { date: made })}>
                                {t("revoke")}
                              </button>
                            </form>
                          ) : null}
                        </span>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
