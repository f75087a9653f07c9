import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { alertsFor } from "@/lib/agent/price-alerts.server";
import { formatDate, formatRub, type UiLocale } from "@/lib/format/money";
import { buttonClass, h1Class, linkClass, tableClass, tdClass, thClass } from "@/app/editor/_components/styles";
import { requoteAction } from "../_actions/calculations";
import { agentPage } from "../_lib/page-access.server";

/** The agent's price-change alerts: per new edition, the clients whose quote or renewal it prices differently, old and new premium, and the re-quote. */
export default async function AlertsPage() {
  const { db, agent } = await agentPage("/agent/alerts");
  const [alerts, t, locale] = await Promise.all([alertsFor(db, agent, new Date()), getTranslations("Alerts"), getLocale()]);
  const loc = locale as UiLocale;
  const rub = (a: string | null) => (a === null ? t("declined") : formatRub(a, loc));
  return (
    <>
      <h1 className={h1Class}>{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      {alerts.length === 0 ? <p className="text-slate-700">{t("none")}</p> : null}
      {alerts.map((alert) => (
        <section key={alert.versionId} aria-labelledby={`alert-${alert.versionId}`} className="space-y-2" data-testid="price-alert">
          <h2 id={`alert-${alert.versionId}`} className="text-lg font-semibold text-brand-900">
            {t("edition", { insurer: loc === "ru" ? alert.insurerName : alert.insurerNameEn, date: formatDate(alert.effectiveFrom, loc) })}
          </h2>
          <p className="font-medium">{t("clients", { count: alert.clients })}</p>
          <div role="region" aria-labelledby={`alert-${alert.versionId}`} tabIndex={0} className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
            <table className={tableClass}>
              <caption className="sr-only">{t("caption")}</caption>
              <thead>
                <tr>
                  <th scope="col" className={thClass}>{t("client")}</th>
                  <th scope="col" className={thClass}>{t("kind")}</th>
                  <th scope="col" className={thClass}>{t("before")}</th>
                  <th scope="col" className={thClass}>{t("after")}</th>
                  <th scope="col" className={thClass}>{t("change")}</th>
                  <th scope="col" className={thClass}>{t("action")}</th>
                </tr>
              </thead>
              <tbody>
                {alert.items.map((item) => (
                  <tr key={`${item.kind}-${item.calculationId}-${item.policyId ?? 0}`}>
                    <th scope="row" className={`${tdClass} font-medium`}>
                      <Link href={`/agent/clients/${item.clientId}`} className={linkClass}>
                        {item.clientName ?? t("erased")}
                      </Link>
                    </th>
                    <td className={tdClass}>
                      <Link href={`/agent/calculations/${item.calculationId}`} className={linkClass}>
                        {item.kind === "quote" ? t("quote") : t("renewal")}
                      </Link>
                    </td>
                    <td className={tdClass}>{rub(item.before)}</td>
                    <td className={`${tdClass} font-semibold`}>{rub(item.after)}</td>
                    <td className={tdClass}>{item.changePercent === null ? "—" : `${item.changePercent.startsWith("-") ? "" : "+"}${item.changePercent} %`}</td>
                    <td className={tdClass}>
                      {item.kind === "quote" ? (
                        <form action={requoteAction}>
                          <input type="hidden" name="id" value={item.calculationId} />
                          <button type="submit" className={buttonClass}>
                            {t("requote")}
                          </button>
                        </form>
                      ) : (
                        <Link href="/agent/renewals" className={buttonClass}>
                          {t("toRenewals")}
                        </Link>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </>
  );
}
