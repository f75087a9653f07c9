import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { listRenewals, loadPolicyForUser, type RenewalBucket, type RenewalRow } from "@/lib/agent/policies.server";
import { formatDate, formatRub, type UiLocale } from "@/lib/format/money";
import { buttonClass, h1Class, linkClass, tableClass, tdClass, thClass } from "@/app/editor/_components/styles";
import { agentPage } from "../_lib/page-access.server";
import { errorMessages } from "../_components/labels";
import { RenewalForm } from "../_components/renewal-form";
import { CalendarForm } from "../_components/calendar-form";
import { calendarTokenCreatedAt } from "@/lib/agent/calendar-feed.server";

type SearchParams = Record<string, string | string[] | undefined>;
const BUCKETS: RenewalBucket[] = ["overdue", "14", "30", "60"];

/** The renewals list: the agent's policies (a head: the agency's) ending within 60 days and those ended, each with its re-quote. */
export default async function RenewalsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const { db, agent, user } = await agentPage("/agent/renewals");
  const now = new Date();
  const [rows, t, te, locale, tokenMade, tc] = await Promise.all([listRenewals(db, agent, now), getTranslations("Renewals"), getTranslations("AgentErrors"), getLocale(), calendarTokenCreatedAt(db, agent.id), getTranslations("PolicyChange")]);
  const errors = errorMessages(te);
  const loc = locale as UiLocale;
  const recorded = typeof params.recorded === "string" ? await loadPolicyForUser(db, user, params.recorded).then((r) => (r.ok ? r.policy.endDate : null)) : null;
  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className={h1Class}>{t("title")}</h1>
        <a href="/agent/renewals/export.csv" className={buttonClass} download>
          {t("csv")}
        </a>
      </div>
      {recorded ? (
        <p role="status" className="rounded-lg border border-green-300 bg-green-50 px-3 py-2 text-sm font-medium text-green-900">
          {t("recorded", { date: formatDate(recorded, loc) })}
        </p>
      ) : null}
      <p className="text-slate-700">{agent.isHead ? t("introHead") : t("intro")}</p>
      {rows.length === 0 ? <p className="text-slate-700">{t("empty")}</p> : null}
      {BUCKETS.map((bucket) => {
        const inBucket = rows.filter((r) => r.bucket === bucket);
        if (inBucket.length === 0) return null;
        return (
          <section key={bucket} aria-labelledby={`bucket-${bucket}`} className="space-y-2">
            <h2 id={`bucket-${bucket}`} className="text-lg font-semibold text-brand-900">
              {t(`bucket_${bucket}`)} ({inBucket.length})
            </h2>
            <div role="region" aria-labelledby={`bucket-${bucket}`} tabIndex={0} className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
              <table className={tableClass} data-testid={`renewals-${bucket}`}>
                <caption className="sr-only">{t("caption")}</caption>
                <thead>
                  <tr>
                    <th scope="col" className={thClass}>{t("client")}</th>
                    {agent.isHead ? <th scope="col" className={thClass}>{t("agent")}</th> : null}
                    <th scope="col" className={thClass}>{t("insurer")}</th>
                    <th scope="col" className={thClass}>{t("premium")}</th>
                    <th scope="col" className={thClass}>{t("period")}</th>
                    <th scope="col" className={thClass}>{t("requote")}</th>
                  </tr>
                </thead>
                <tbody>{inBucket.map((row) => <Row key={row.policy.id} row={row} head={agent.isHead} locale={loc} t={t} errors={errors} changeLabel={tc("change")} />)}</tbody>
              </table>
            </div>
          </section>
        );
      })}
      <section aria-labelledby="calendar-title" className="space-y-2 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="calendar-title" className="text-lg font-semibold text-brand-900">
          {t("calendarTitle")}
        </h2>
        <p className="text-sm text-slate-700">{t("calendarIntro")}</p>
        <CalendarForm
          labels={{
            make: t("calendarMake"),
            remake: t("calendarRemake"),
            revoke: t("calendarRevoke"),
            pending: t("calendarPending"),
            linkOnce: t("calendarLinkOnce"),
            linkLabel: t("calendarLinkLabel"),
            active: tokenMade ? t("calendarActive", { date: formatDate(tokenMade.toISOString().slice(0, 10), loc) }) : null,
            none: t("calendarNone"),
            revoked: t("calendarRevoked"),
          }}
        />
      </section>
    </>
  );
}

function Row({ row, head, locale, t, errors, changeLabel }: { row: RenewalRow; head: boolean; locale: UiLocale; t: Awaited<ReturnType<typeof getTranslations>>; errors: Record<string, string>; changeLabel: string }) {
  const p = row.policy;
  return (
    <tr>
      <th scope="row" className={`${tdClass} font-medium`}>
        <Link href={`/agent/clients/${p.clientId}`} className={linkClass}>
          {row.clientName ?? t("erasedClient")}
        </Link>
      </th>
      {head ? <td className={tdClass}>{row.agentName}</td> : null}
      <td className={tdClass}>{locale === "ru" ? row.insurerName : row.insurerNameEn}</td>
      <td className={tdClass}>{formatRub(p.premiumPaid, locale)}</td>
      <td className={tdClass}>
        {formatDate(p.startDate, locale)} – {formatDate(p.endDate, locale)}
      </td>
      <td className={tdClass}>
        <RenewalForm
          policyId={p.id}
          suggestedValue={row.suggestedValue}
          labels={{ insuredValue: t("insuredValue"), insuredValueHint: t("insuredValueHint", { suggested: formatRub(row.suggestedValue, locale, { whole: true }), last: formatRub(row.lastValue, locale, { whole: true }) }), claims: t("claims"), submit: t("requote"), pending: t("requoting") }}
          errors={errors}
        />
        <p className="mt-1 text-sm">
          <Link href={`/agent/calculations/${p.calculationId}#policy-${p.id}`} className={linkClass}>
            {changeLabel}
            <span className="sr-only"> — {row.clientName ?? t("erasedClient")}</span>
          </Link>
        </p>
        {p.renewalCalculationId ? (
          <p className="mt-1 text-sm">
            <Link href={`/agent/calculations/${p.renewalCalculationId}`} className={linkClass}>
              {t("renewed")}
            </Link>
          </p>
        ) : null}
      </td>
    </tr>
  );
}

