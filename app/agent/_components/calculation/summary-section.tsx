import Link from "next/link";
import { requestQuery } from "@/lib/form/url-codec";
import { formatDate } from "@/lib/format/money";
import { buttonClass, h1Class, linkClass, primaryButtonClass } from "@/app/editor/_components/styles";
import { DemoNotice } from "@/app/_components/demo-notice";
import { requoteAction } from "../../_actions/calculations";
import type { CalculationSectionProps } from "./types";

export const dateTime = (d: Date, locale: "ru" | "en") =>
  new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "ru-RU", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Moscow" }).format(d);

/** Whose calculation, when priced, how long it holds (or that it has expired), and the re-quote button. */
export function SummarySection({ view, locale, t }: CalculationSectionProps) {
  const calc = view.calculation;
  return (
    <section aria-labelledby="calculation-title" className="space-y-3">
      <h1 id="calculation-title" className={h1Class}>
        {t("calculation", { id: calc.id })}
      </h1>
      <p className="text-slate-700">
        {view.clientErased ? (
          t("erasedName")
        ) : (
          <Link href={`/agent/clients/${calc.clientId}`} className={linkClass}>
            {t("calculationFor", { name: view.clientName ?? "" })}
          </Link>
        )}{" "}
        · {t("calculationBy", { name: view.agentName })} · {t("policyStart", { date: formatDate(view.request.policyStart, locale) })}
      </p>
      <p className="text-sm text-slate-700">{t("pricedAtLine", { date: dateTime(calc.pricedAt, locale) })}</p>
      <p role="status" data-testid="validity" className={view.expired ? "rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm font-medium text-amber-900" : "text-sm font-medium text-emerald-800"}>
        {view.expired ? t("expiredLine", { date: formatDate(view.validUntil, locale) }) : t("validLine", { date: formatDate(view.validUntil, locale) })}
      </p>
      <DemoNotice />
      <div className="flex flex-wrap gap-2 print:hidden">
        <form action={requoteAction}>
          <input type="hidden" name="id" value={calc.id} />
          <button type="submit" className={primaryButtonClass}>
            {t("requote")}
          </button>
        </form>
        <Link href={`/?${requestQuery(view.request)}`} className={buttonClass}>
          {t("openInCalculator")}
        </Link>
        <Link href={`/check?${requestQuery(view.request)}&client=${calc.clientId}&calc=${calc.id}`} className={buttonClass}>
          {t("checkPolicy")}
        </Link>
      </div>
    </section>
  );
}
