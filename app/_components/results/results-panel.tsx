import { getLocale, getTranslations } from "next-intl/server";
import type { ComparisonResponse } from "@/lib/rating/result-types";
import type { FormState } from "@/lib/form/form-state";
import { breakEven, type FranchiseScan } from "@/lib/results/franchise-scan";
import { formatRub, type UiLocale } from "@/lib/format/money";
import { DemoNotice } from "../demo-notice";
import { FranchiseChart } from "./franchise-chart";
import { dateText } from "./format-cached";
import { OfferList } from "./offer-list";
import { PrintButton } from "./print-button";
import { ScrollToResults } from "./scroll-to-results";
import { WhatIf } from "./what-if";

/** The results column: ranked offers, what-if controls, the franchise chart with its break-even. */
export async function ResultsPanel({ result, scan, form, query }: { result: ComparisonResponse; scan: FranchiseScan; form: FormState; query: string }) {
  const [t, tc, tf, tcompare, uiLocale] = await Promise.all([getTranslations("Results"), getTranslations("Chart"), getTranslations("Form"), getTranslations("Compare"), getLocale()]);
  const locale = uiLocale as UiLocale;
  const cheapest = result.quotes[0];
  const chosen = form.franchise === "fixed" && scan.amounts.includes(form.franchiseAmount.replace(/\D/g, "")) ? form.franchiseAmount.replace(/\D/g, "") : "30000";
  const be = cheapest ? breakEven(scan, cheapest.insurerId, chosen) : null;
  const beText = be
    ? be.years === null
      ? tc("breakEvenNone", { insurer: be.insurerName[locale] })
      : tc(form.franchise === "fixed" ? "breakEven" : "breakEvenHint", {
          franchise: formatRub(be.franchise, locale, { whole: true }),
          insurer: be.insurerName[locale],
          saving: formatRub(be.saving, locale, { whole: true }),
          years: be.years.replace(".", locale === "ru" ? "," : "."),
        })
    : null;

  return (
    <div className="space-y-4">
      <ScrollToResults />
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="results-title" tabIndex={-1} className="text-xl font-bold text-brand-900 focus:outline-none">{t("title")}</h2>
        <div className="flex items-center gap-3">
          <p className="text-sm text-slate-600">{t("policyStart", { date: dateText(result.policyStart, locale) })}</p>
          <PrintButton label={t("print")} />
        </div>
      </div>
      <DemoNotice />
      <WhatIf form={form} />
      <OfferList result={result} query={query} locale={locale} t={t} tf={tf} tc={tcompare} />
      <section className="space-y-2 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <FranchiseChart scan={scan} />
        {beText ? <p className="text-sm text-slate-800" data-testid="break-even">{beText}</p> : null}
      </section>
    </div>
  );
}
