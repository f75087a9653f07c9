import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { primaryButtonClass, tableClass, tdClass, thClass } from "@/app/editor/_components/styles";
import { formatRub } from "@/lib/format/money";
import { givenDiscounts } from "./given-discounts";
import type { CalculationSectionProps } from "./types";

/**
 * The agent's discounts on this calculation: per discounted offer the premium, the line "Скидка
 * агента за счёт комиссионного вознаграждения" and what the client pays; and the way to the
 * discount and commercial-offer page. (The page has checked access: the view is the agent's.)
 */
export async function DiscountSection({ view, locale }: CalculationSectionProps) {
  if (view.response.quotes.length === 0) return null;
  const [pricing, t] = await Promise.all([givenDiscounts(view.calculation), getTranslations("Discount")]);
  const nameOf = (id: string) => {
    const q = view.response.quotes.find((x) => x.insurerId === id);
    return q ? (locale === "ru" ? q.insurerName : q.insurerNameEn) : id;
  };
  const rub = (a: string) => formatRub(a, locale);
  return (
    <section aria-labelledby="discount-title" className="space-y-3">
      <h2 id="discount-title" className="text-lg font-semibold text-brand-900">
        {t("title")}
      </h2>
      {pricing.length > 0 ? (
        <div role="region" aria-labelledby="discount-title" tabIndex={0} className="overflow-x-auto">
          <table className={tableClass} data-testid="discount-lines">
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
                  {t("discount")}
                </th>
                <th scope="col" className={thClass}>
                  {t("premiumAfter")}
                </th>
              </tr>
            </thead>
            <tbody>
              {pricing.map((p) => (
                <tr key={p.insurerId}>
                  <th scope="row" className={`${tdClass} font-medium`}>
                    {nameOf(p.insurerId)}
                  </th>
                  <td className={tdClass}>{rub(p.applied.premiumBefore)}</td>
                  <td className={tdClass}>−{rub(p.applied.discount)}</td>
                  <td className={`${tdClass} font-semibold`}>{rub(p.applied.premiumAfter)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <p>
        <Link href={`/agent/calculations/${view.calculation.id}/offer`} className={primaryButtonClass}>
          {t("open")}
        </Link>
      </p>
    </section>
  );
}
