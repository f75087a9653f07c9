import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getCheckView } from "@/lib/agent/policy-checks.server";
import { formatDate, formatRub, type UiLocale } from "@/lib/format/money";
import { buttonClass, cardClass, h1Class, h2Class, linkClass } from "@/app/editor/_components/styles";
import { calculatorOptions } from "@/app/_components/calculator/context-value";
import { CheckReport } from "@/app/_components/check/check-report";
import { DemoNotice } from "@/app/_components/demo-notice";
import { agentPage, refuse } from "../../_lib/page-access.server";

type Params = { id: string };

const dateTime = (d: Date, locale: UiLocale) => new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "ru-RU", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Moscow" }).format(d);

/**
 * A policy check saved for a client, exactly as it was checked then: the inputs, the editions it
 * used and the stored result. Nothing is priced again here; "Check again with today's tariffs"
 * opens the same check on /check, where it can be saved as a new one.
 */
export default async function SavedCheckPage({ params }: { params: Promise<Params> }) {
  const { id } = await params;
  const here = `/agent/checks/${encodeURIComponent(id)}`;
  const { db, user } = await agentPage(here);
  const result = await getCheckView(db, user, { id });
  if (!result.ok) refuse(result, here);
  const { view } = result;
  const { check, request } = view;
  const [t, locale] = await Promise.all([getTranslations("AgentChecks"), getLocale()]);
  const ui = locale as UiLocale;
  const options = calculatorOptions(ui);
  const model = options.models.find((m) => m.id === request.vehicle.modelId)?.label ?? request.vehicle.modelId;
  const region = options.regions.find((r) => r.code === request.region)?.label ?? request.region;
  const checked = view.editions.find((e) => e.role === "checked");
  const others = view.editions.filter((e) => e.role === "other");
  const again = `/check?${check.query}${view.clientErased ? "" : `&client=${check.clientId}${check.calculationId ? `&calc=${check.calculationId}` : ""}`}`;
  return (
    <>
      <section aria-labelledby="saved-check-title" className="space-y-3">
        <h1 id="saved-check-title" className={h1Class}>
          {t("check", { id: check.id })}
        </h1>
        <p className="text-slate-700">
          {view.clientErased ? (
            t("erasedClient")
          ) : (
            <Link href={`/agent/clients/${check.clientId}`} className={linkClass}>
              {t("forClient", { name: view.clientName ?? "" })}
            </Link>
          )}{" "}
          · {t("agentLine", { name: view.agentName })}
          {check.checkedBy !== check.agentId ? ` · ${t("checkedByLine", { name: view.checkedByName })}` : ""}
        </p>
        <p className="text-sm text-slate-700">{t("checkedAtLine", { date: dateTime(check.checkedAt, ui) })}</p>
        <p role="note" className="rounded-lg border border-slate-300 bg-slate-50 px-3 py-2 text-sm text-slate-800">
          {t("asSaved")}
        </p>
        <DemoNotice />
        <div className="flex flex-wrap gap-2 print:hidden">
          <Link href={again} className={buttonClass}>
            {t("checkAgain")}
          </Link>
          {check.calculationId ? (
            <Link href={`/agent/calculations/${check.calculationId}`} className={buttonClass}>
              {t("openCalculation", { id: check.calculationId })}
            </Link>
          ) : null}
        </div>
      </section>

      <section aria-labelledby="inputs-title" className={`${cardClass} space-y-2`}>
        <h2 id="inputs-title" className={h2Class}>
          {t("inputs")}
        </h2>
        <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium text-slate-700">{t("insurer")}</dt>
          <dd data-testid="saved-check-insurer">{checked ? (ui === "en" ? checked.insurerNameEn : checked.insurerName) : check.insurerId}</dd>
          <dt className="font-medium text-slate-700">{t("policyStart")}</dt>
          <dd>{formatDate(check.policyStart, ui)}</dd>
          <dt className="font-medium text-slate-700">{t("paid")}</dt>
          <dd data-testid="saved-check-paid">{formatRub(check.paid, ui)}</dd>
          <dt className="font-medium text-slate-700">{t("car")}</dt>
          <dd>
            {model}, {request.vehicle.year}, {formatRub(request.vehicle.price, ui, { whole: true })}, {region}
          </dd>
          <dt className="font-medium text-slate-700">{t("editions")}</dt>
          <dd>
            {checked ? t("editionChecked", { insurer: ui === "en" ? checked.insurerNameEn : checked.insurerName, date: formatDate(checked.effectiveFrom, ui) }) : t("editionNone")}
            {others.length > 0 ? `; ${t("editionsOthers", { list: others.map((e) => `${ui === "en" ? e.insurerNameEn : e.insurerName} ${formatDate(e.effectiveFrom, ui)}`).join(", ") })}` : ""}
          </dd>
        </dl>
      </section>

      <section id="results" aria-label={t("result")}>
        <CheckReport check={view.result} locale={ui} />
      </section>
    </>
  );
}
