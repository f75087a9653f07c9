import { getLocale, getTranslations } from "next-intl/server";
import { catalog, regionList, vehicleCatalog } from "@/lib/catalog";
import { getQuoteContext } from "@/lib/api/quote-context.server";
import { compareQuotes, parseQuoteRequest, type ComparisonResponse } from "@/lib/rating";
import { decodeForm, hasCalculation } from "@/lib/form/url-codec";
import { fieldOfIssue, formToRequest } from "@/lib/form/to-request";
import type { FormState } from "@/lib/form/form-state";
import { scanFranchise, type FranchiseScan } from "@/lib/results/franchise-scan";
import { formatTypedAmount, type UiLocale } from "@/lib/format/money";
import { CalculatorForm } from "./_components/calculator/calculator-form";
import { ResultsPanel } from "./_components/results/results-panel";

type SearchParams = Record<string, string | string[] | undefined>;

const ERROR_KEYS: Record<string, string> = { "driver-age": "driverAge", "driver-experience": "driverExperience" };

/**
 * The calculator. The form lives in the query string: the page validates it with the API's
 * schema, prices it with every insurer and shows the ranked offers next to the form.
 */
export default async function CalculatorPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const locale = (await getLocale()) as UiLocale;
  const te = await getTranslations("Errors");
  const tr = await getTranslations("Results");
  const form = decodeForm(params);

  const errors: Record<string, string> = {};
  let result: ComparisonResponse | null = null;
  let scan: FranchiseScan | null = null;
  if (hasCalculation(params)) {
    const ctx = await getQuoteContext();
    const parsed = parseQuoteRequest(formToRequest(form, catalog), catalog, ctx.today);
    if (parsed.ok) {
      result = compareQuotes(parsed.request, ctx.library, catalog);
      scan = scanFranchise(parsed.request, ctx.library, catalog);
    } else {
      for (const issue of parsed.error.issues) {
        const field = fieldOfIssue(issue.path);
        const key = ERROR_KEYS[field.replace(/-\d+-/, "-")] ?? field;
        errors[field] ??= te.has(key) ? te(key) : issue.message;
      }
    }
  }

  const models = vehicleCatalog.models.map((m) => ({ id: m.id, label: `${m.make} ${m.model}`, defaultPowerHp: m.defaultPowerHp }));
  const regions = regionList.map((r) => ({ code: r.code, label: `${r.code} — ${r.name[locale]}` }));
  const display: FormState = {
    ...form,
    model: models.find((m) => m.id === form.model)?.label ?? form.model,
    region: regions.find((r) => r.code === form.region)?.label ?? form.region,
    price: /^\d+(\.\d+)?$/.test(form.price) ? formatTypedAmount(form.price, locale) : form.price,
    franchiseAmount: /^\d+(\.\d+)?$/.test(form.franchiseAmount) ? formatTypedAmount(form.franchiseAmount, locale) : form.franchiseAmount,
  };

  return (
    <main className="mx-auto grid max-w-6xl gap-6 px-4 py-6 lg:grid-cols-[minmax(0,26rem)_minmax(0,1fr)]">
      <div className="min-w-0 print:hidden">
        <CalculatorForm key={JSON.stringify(params)} initial={display} errors={errors} models={models} regions={regions} />
      </div>
      <section id="results" aria-labelledby="results-title" className="min-h-[24rem] min-w-0 scroll-mt-4">
        {result && scan ? (
          <ResultsPanel result={result} scan={scan} form={form} />
        ) : (
          <div className="flex h-full min-h-[24rem] flex-col justify-center rounded-xl border border-dashed border-slate-300 bg-white p-6 text-center">
            <h2 id="results-title" className="text-xl font-bold text-brand-900">{tr("title")}</h2>
            <p className="mt-2 text-slate-600">{Object.keys(errors).length > 0 ? tr("fixErrors") : tr("empty")}</p>
          </div>
        )}
      </section>
    </main>
  );
}
