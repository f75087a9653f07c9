import { asc, eq } from "drizzle-orm";
import { getTranslations } from "next-intl/server";
import { addYears } from "@/lib/agent/roll-forward";
import { getReadyDatabase } from "@/lib/db/ready.server";
import { policies } from "@/lib/db/schema";
import { formatDate, formatRub } from "@/lib/format/money";
import { errorMessages } from "../labels";
import { PolicyChangeForms } from "../policy-change-forms";
import { PolicyForm } from "../policy-form";
import type { CalculationSectionProps } from "./types";

/** The day before `date`. */
function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * "The client bought a policy": the policies recorded from this calculation, and the form that
 * records one (it then appears in renewals). (The page has checked access: the view is the agent's.)
 */
export async function PolicySection({ view, locale, notice }: CalculationSectionProps & { notice?: { policyId: string; done: string } }) {
  if (view.response.quotes.length === 0) return null;
  const [{ db }, t, te, tc] = await Promise.all([getReadyDatabase(), getTranslations("Policy"), getTranslations("AgentErrors"), getTranslations("PolicyChange")]);
  const errors = errorMessages(te);
  const recorded = await db.select().from(policies).where(eq(policies.calculationId, view.calculation.id)).orderBy(asc(policies.id));
  const name = (id: string) => {
    const q = view.response.quotes.find((x) => x.insurerId === id);
    return q ? (locale === "ru" ? q.insurerName : q.insurerNameEn) : id;
  };
  const start = view.request.policyStart;
  return (
    <section aria-labelledby="policy-title" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm print:hidden">
      <h2 id="policy-title" className="text-lg font-semibold text-brand-900">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      {recorded.length > 0 ? (
        <div>
          <h3 className="text-sm font-semibold text-slate-800">{t("recorded")}</h3>
          <ul className="list-disc pl-5 text-sm" data-testid="recorded-policies">
            {recorded.map((p) => (
              <li key={p.id} id={`policy-${p.id}`} data-testid={`policy-${p.id}`}>
                {t("endsOn", { insurer: name(p.insurerId), premium: formatRub(p.premiumPaid, locale), start: formatDate(p.startDate, locale), end: formatDate(p.endDate, locale) })}
                {p.cancelledAt ? ` — ${tc("cancelledOn", { date: formatDate(p.cancelledAt.toISOString().slice(0, 10), locale) })}` : null}
                {notice && notice.policyId === String(p.id) && ["corrected", "unchanged", "cancelled"].includes(notice.done) ? (
                  <p role="status" className="mt-1 font-medium text-emerald-800">
                    {tc(notice.done)}
                  </p>
                ) : null}
                {p.cancelledAt ? null : (
                  <details className="mt-1">
                    <summary className="cursor-pointer text-brand-700 underline">{tc("summary")}</summary>
                    <PolicyChangeForms
                      policy={{ id: p.id, premiumPaid: p.premiumPaid, startDate: p.startDate, endDate: p.endDate }}
                      errors={errors}
                      labels={{ premiumPaid: tc("premiumPaid"), startDate: tc("startDate"), endDate: tc("endDate"), correct: tc("correct"), cancelConfirm: tc("cancelConfirm"), cancel: tc("cancel"), pending: tc("pending"), fixErrors: tc("fixErrors") }}
                    />
                  </details>
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <PolicyForm
        calculationId={view.calculation.id}
        offers={view.response.quotes.map((q) => ({ insurerId: q.insurerId, name: name(q.insurerId), premium: q.premium }))}
        defaults={{ startDate: start, endDate: dayBefore(addYears(start, 1)) }}
        labels={{ insurer: t("insurer"), premiumPaid: t("premiumPaid"), startDate: t("startDate"), endDate: t("endDate"), submit: t("submit"), pending: t("pending"), fixErrors: t("fixErrors") }}
        errors={errors}
      />
    </section>
  );
}
