import { getLocale } from "next-intl/server";
import { translations } from "@/app/_lib/translations.server";
import { getSiteCatalog } from "@/lib/server/pricing-context.server";
import { decodeForm, formQuery, hasCalculation } from "@/lib/form/url-codec";
import { errorKeyOf, fieldOfIssue, inFormOrder } from "@/lib/form/to-request";
import type { FormState } from "@/lib/form/form-state";
import { formatTypedAmount, type UiLocale } from "@/lib/format/money";
import { CalculatorForm } from "../_components/calculator/calculator-form";
import { calculatorOptions } from "../_components/calculator/context-value";
import { priceForm, type Priced } from "../_components/results/pricing.server";
import { ResultsPanel } from "../_components/results/results-panel";

type SearchParams = Record<string, string | string[] | undefined>;



/**
 * The calculator. The form lives in the query string: the page validates it with the API's
 * schema, prices it with every insurer and shows the ranked offers next to the form. The
 * form's strings and choices come from the layout, once; a calculation sends only the form's
 * values, its errors and the results.
 */
export default async function CalculatorPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const locale = (await getLocale()) as UiLocale;
  const form = decodeForm(params);
  // The form's own parameters, bounded (lib/form/url-codec.ts): what the page echoes and re-prices.
  const query = formQuery(params);
  // The agent's client to save for (the client page's "Calculate" link): not part of the form.
  const clientParam = Array.isArray(params.client) ? params.client[0] : params.client;
  const client = clientParam && /^\d{1,10}$/.test(clientParam) ? clientParam : "";

  let errors: Record<string, string> = {};
  let priced: Priced | null = null;
  if (hasCalculation(params)) {
    priced = await priceForm(form);
    if (!priced.ok) {
      const te = await translations("Errors");
      for (const issue of priced.issues) {
        const field = fieldOfIssue(issue.path);
        const key = errorKeyOf(field, issue.message);
        errors[field] ??= te.has(key) ? te(key) : issue.message;
      }
      errors = Object.fromEntries(inFormOrder(Object.keys(errors)).map((field) => [field, errors[field]!]));
    }
  }
  const errorCount = Object.keys(errors).length;
  const [tr, tf] = await Promise.all([translations("Results"), translations("Form")]);

  const { models, regions } = calculatorOptions(locale, await getSiteCatalog());
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
        <CalculatorForm initial={display} urlKey={query} errors={errors} errorsTitle={errorCount > 0 ? tf("errorsTitle", { count: errorCount }) : undefined} />
      </div>
      <section id="results" aria-labelledby="results-title" className="min-h-[24rem] min-w-0 scroll-mt-4">
        {priced?.ok ? (
          <ResultsPanel result={priced.result} request={priced.request} library={priced.library} catalog={priced.catalog} form={form} query={query} client={client} />
        ) : (
          <div className="flex h-full min-h-[24rem] flex-col justify-center rounded-xl border border-dashed border-slate-300 bg-white p-6 text-center">
            <h2 id="results-title" className="text-xl font-bold text-brand-900">{tr("title")}</h2>
            <p className="mt-2 text-slate-600">{errorCount > 0 ? tr("fixErrors") : tr("empty")}</p>
          </div>
        )}
      </section>
    </main>
  );
}
