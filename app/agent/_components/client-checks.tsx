import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ClientCheckRow } from "@/lib/agent/policy-checks.server";
import { formatDate, formatRub, type UiLocale } from "@/lib/format/money";
import { cardClass, h2Class, linkClass, tableClass, tdClass, thClass } from "@/app/editor/_components/styles";

const dateTime = (d: Date, locale: UiLocale) => new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "ru-RU", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Moscow" }).format(d);

/** The policy checks saved for a client, newest first, on the client's page. */
export async function ClientChecks({ checks, locale }: { checks: ClientCheckRow[]; locale: UiLocale }) {
  const t = await getTranslations("AgentChecks");
  return (
    <section aria-labelledby="checks-title" className={`${cardClass} space-y-3`}>
      <h2 id="checks-title" className={h2Class}>
        {t("listTitle")}
      </h2>
      {checks.length === 0 ? (
        <p className="text-sm text-slate-600">{t("listEmpty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className={tableClass} data-testid="client-checks">
            <caption className="sr-only">{t("listTitle")}</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>№</th>
                <th scope="col" className={thClass}>{t("checkedAt")}</th>
                <th scope="col" className={thClass}>{t("insurer")}</th>
                <th scope="col" className={thClass}>{t("policyStart")}</th>
                <th scope="col" className={`${thClass} text-right`}>{t("paid")}</th>
                <th scope="col" className={thClass}>{t("outcome")}</th>
              </tr>
            </thead>
            <tbody>
              {checks.map((c) => (
                <tr key={c.id}>
                  <td className={tdClass}>
                    <Link href={`/agent/checks/${c.id}`} className={linkClass}>
                      {t("check", { id: c.id })}
                    </Link>
                  </td>
                  <td className={`${tdClass} whitespace-nowrap`}>{dateTime(c.checkedAt, locale)}</td>
                  <td className={tdClass}>{locale === "en" ? c.insurerNameEn : c.insurerName}</td>
                  <td className={`${tdClass} whitespace-nowrap`}>{formatDate(c.policyStart, locale)}</td>
                  <td className={`${tdClass} whitespace-nowrap text-right tabular-nums`}>{formatRub(c.paid, locale)}</td>
                  <td className={tdClass}>
                    {t(`outcomes.${c.outcome}`)}
                    {c.savings > 0 ? `; ${t("savingsCount", { count: c.savings })}` : ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
