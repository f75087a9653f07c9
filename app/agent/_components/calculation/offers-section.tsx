import { getTranslations } from "next-intl/server";
import { formatDate, formatRub } from "@/lib/format/money";
import { tableClass, tdClass, thClass } from "@/app/editor/_components/styles";
import { WorksheetTable } from "@/app/_components/results/worksheet-table";
import { givenDiscounts } from "./given-discounts";
import type { CalculationSectionProps } from "./types";

/**
 * The offers exactly as quoted: premium, instalment, tariff edition, validity; and each worksheet,
 * ending with the agent's discount line and what the client pays where a discount is given.
 */
export async function OffersSection({ view, locale, t }: CalculationSectionProps) {
  const [tw, tv, td, discounts] = await Promise.all([getTranslations("Worksheet"), getTranslations("Variables"), getTranslations("Discount"), givenDiscounts(view.calculation)]);
  const { response } = view;
  const versionOf = (insurerId: string) => view.editions.find((e) => e.insurerId === insurerId)?.versionId;
  return (
    <section aria-labelledby="offers-title" className="space-y-3">
      <h2 id="offers-title" className="text-lg font-semibold text-brand-900">
        {t("offersTitle")}
      </h2>
      <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
        <table className={tableClass} data-testid="saved-offers">
          <caption className="sr-only">{t("offers")}</caption>
          <thead>
            <tr>
              <th scope="col" className={thClass}>{t("insurer")}</th>
              <th scope="col" className={thClass}>{t("premium")}</th>
              <th scope="col" className={thClass}>{t("installment")}</th>
              <th scope="col" className={thClass}>{t("editions")}</th>
              <th scope="col" className={thClass}>{t("valid")}</th>
            </tr>
          </thead>
          <tbody>
            {response.quotes.map((q) => {
              const validity = view.validity.find((v) => v.insurerId === q.insurerId);
              const version = versionOf(q.insurerId);
              return (
                <tr key={q.insurerId} data-testid="saved-offer">
                  <th scope="row" className={`${tdClass} font-medium`}>
                    {locale === "ru" ? q.insurerName : q.insurerNameEn}
                  </th>
                  <td className={`${tdClass} whitespace-nowrap font-semibold`} data-testid="saved-premium">
                    {formatRub(q.premium, locale)}
                  </td>
                  <td className={`${tdClass} whitespace-nowrap`}>{q.installments > 1 ? `${q.installments} × ${formatRub(q.installmentAmount, locale)}` : "—"}</td>
                  <td className={`${tdClass} whitespace-nowrap`}>
                    {t("edition", { date: formatDate(q.rateBook.effectiveFrom, locale) })}
                    {version ? <span className="text-slate-600"> ({t("editionId", { id: version })})</span> : null}
                  </td>
                  <td className={`${tdClass} whitespace-nowrap`}>
                    {validity ? formatDate(validity.validUntil, locale) : "—"}
                    {validity?.expired ? <span className="ml-2 rounded bg-slate-200 px-1.5 text-xs">{t("expired")}</span> : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {response.declined.length > 0 ? (
        <div className="text-sm text-slate-700">
          <h3 className="font-semibold">{t("declined")}</h3>
          <ul className="list-disc pl-5">
            {response.declined.map((d) => (
              <li key={d.insurerId}>
                {locale === "ru" ? d.insurerName : d.insurerNameEn}: {d.reasons.map((r) => r.message[locale]).join("; ")}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="space-y-2">
        {response.quotes.map((q) => (
          <details key={q.insurerId} className="rounded-xl border border-slate-200 bg-white p-3">
            <summary className="cursor-pointer font-medium text-brand-900">{t("worksheet", { insurer: locale === "ru" ? q.insurerName : q.insurerNameEn })}</summary>
            <div className="mt-2 overflow-x-auto">
              <WorksheetTable quote={q} locale={locale} t={tw} tv={tv} />
            </div>
            {discounts
              .filter((d) => d.insurerId === q.insurerId)
              .map((d) => (
                <dl key={d.insurerId} className="mt-2 grid grid-cols-[1fr_auto] gap-x-4 border-t border-slate-200 pt-2 text-sm" data-testid="worksheet-discount">
                  <dt>{td("discount")}</dt>
                  <dd className="text-right whitespace-nowrap">−{formatRub(d.applied.discount, locale)}</dd>
                  <dt className="font-semibold">{td("premiumAfter")}</dt>
                  <dd className="text-right font-semibold whitespace-nowrap">{formatRub(d.applied.premiumAfter, locale)}</dd>
                </dl>
              ))}
          </details>
        ))}
      </div>
    </section>
  );
}
