import { getLocale, getTranslations } from "next-intl/server";
import { getCalculationView } from "@/lib/agent/calculations.server";
import type { UiLocale } from "@/lib/format/money";
import { agentPage, refuse } from "../../_lib/page-access.server";
import { errorMessages } from "../../_components/labels";
import { ChangesSection } from "../../_components/calculation/changes-section";
import { DiscountSection } from "../../_components/calculation/discount-section";
import { HistorySection } from "../../_components/calculation/history-section";
import { PolicySection } from "../../_components/calculation/policy-section";
import { OffersSection } from "../../_components/calculation/offers-section";
import { SummarySection } from "../../_components/calculation/summary-section";
import type { CalculationSectionProps } from "../../_components/calculation/types";

type Params = { id: string };
type SearchParams = Record<string, string | string[] | undefined>;

/**
 * A saved calculation, exactly as quoted then, with the editions named and its validity today.
 * The page is its sections, in order: each takes CalculationSectionProps, so a section is added
 * with one line here.
 */
export default async function CalculationPage({ params, searchParams }: { params: Promise<Params>; searchParams: Promise<SearchParams> }) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const here = `/agent/calculations/${encodeURIComponent(id)}`;
  const { db, user } = await agentPage(here);
  const result = await getCalculationView(db, user, { id }, new Date());
  if (!result.ok) refuse(result, here);
  const [t, te, locale] = await Promise.all([getTranslations("Agent"), getTranslations("AgentErrors"), getLocale()]);
  const errors = errorMessages(te);
  const notice = typeof query.error === "string" && errors[query.error] ? errors[query.error] : null;
  const props: CalculationSectionProps = { view: result.view, agent: result.agent, locale: locale as UiLocale, t };
  return (
    <>
      {notice ? (
        <p role="alert" className="rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-900">
          {notice}
        </p>
      ) : null}
      <SummarySection {...props} />
      <ChangesSection {...props} />
      <OffersSection {...props} />
      <DiscountSection {...props} />
      <PolicySection {...props} notice={typeof query.policy === "string" && typeof query.done === "string" ? { policyId: query.policy, done: query.done } : undefined} />
      <HistorySection {...props} />
    </>
  );
}
