import type { Metadata } from "next";
import { getSiteCatalog } from "@/lib/server/pricing-context.server";
import { getLocale, getTranslations } from "next-intl/server";
import { decodeForm, formQuery } from "@/lib/form/url-codec";
import { errorKeyOf } from "@/lib/form/to-request";
import { checkQuery, decodeCheck, isSubmittedCheck } from "@/lib/check/check-params";
import type { FormState } from "@/lib/form/form-state";
import { formatTypedAmount, type UiLocale } from "@/lib/format/money";
import { calculatorOptions } from "../../_components/calculator/context-value";
import { CheckForm } from "../../_components/check/check-form";
import { CheckReport } from "../../_components/check/check-report";
import { runCheck, insurerChoices } from "../../_components/check/run-check.server";
import { getPricingContext } from "@/lib/server/pricing-context.server";
import { SaveCheck } from "@/app/agent/_components/save-check";

type SearchParams = Record<string, string | string[] | undefined>;

const idParam = (v: string | string[] | undefined) => {
  const s = Array.isArray(v) ? v[0] : v;
  return s && /^\d{1,10}$/.test(s) ? s : "";
};


export async function generateMetadata(): Promise<Metadata> {
  const [t, tc] = await Promise.all([getTranslations("Check"), getTranslations("Common")]);
  return { title: `${t("title")} — ${tc("siteName")}` };
}

/**
 * The policy check. The insurer, the premium paid and the policy's conditions live in the query
 * string (`/check?ins=…&paid=…&model=…`), like the calculator's form: the page validates them with
 * the API's schema, prices the conditions with the insurer's edition in force on the policy's
 * start date and reports the difference, the unused discounts and the other insurers' prices.
 */
export default async function CheckPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const locale = (await getLocale()) as UiLocale;
  const form = decodeForm(params);
  const fields = decodeCheck(params);
  const query = [formQuery(params), checkQuery(params)].filter(Boolean).join("&");
  // An agent's client (and the saved calculation) the check was opened from: not part of the
  // check, kept beside it so the agent can save the check for that client. Ids, no personal data.
  const client = idParam(params.client);
  const calculation = client ? idParam(params.calc) : "";
  const keep = new URLSearchParams(Object.entries({ client, calc: calculation }).filter(([, v]) => v !== "")).toString();
  const [t, tf, te] = await Promise.all([getTranslations("Check"), getTranslations("Form"), getTranslations("Errors")]);

  const submitted = isSubmittedCheck(params);
  const run = submitted ? await runCheck(form, fields) : null;
  const insurers = run?.insurers ?? insurerChoices((await getPricingContext()).library);
  const errors: Record<string, string> = {};
  if (run && !run.ok) {
    for (const [field, error] of Object.entries(run.errors)) {
      if (error.key) {
        errors[field] = t(`errors.${error.key}`);
        continue;
      }
      const key = errorKeyOf(field, error.message);
      errors[field] = te.has(key) ? te(key) : error.message;
    }
  }
  const errorCount = Object.keys(errors).length;

  const { models, regions } = calculatorOptions(locale, await getSiteCatalog());
  const display: FormState = {
    ...form,
    model: models.find((m) => m.id === form.model)?.label ?? form.model,
    region: regions.find((r) => r.code === form.region)?.label ?? form.region,
    price: /^\d+(\.\d+)?$/.test(form.price) ? formatTypedAmount(form.price, locale) : form.price,
    franchiseAmount: /^\d+(\.\d+)?$/.test(form.franchiseAmount) ? formatTypedAmount(form.franchiseAmount, locale) : form.franchiseAmount,
  };
  const check = { ...fields, paid: /^\d+(\.\d+)?$/.test(fields.paid) ? formatTypedAmount(fields.paid, locale) : fields.paid };
  const labels = {
    title: t("title"),
    intro: t("intro"),
    policy: t("policy"),
    insurer: t("insurer"),
    insurerChoose: t("insurerChoose"),
    paid: t("paid"),
    paidHint: t("paidHint"),
    submit: t("submit"),
    checking: t("checking"),
  };

  return (
    <main className="mx-auto grid max-w-6xl gap-6 px-4 py-6 lg:grid-cols-[minmax(0,26rem)_minmax(0,1fr)]">
      <div className="min-w-0 print:hidden">
        <CheckForm
          initial={display}
          initialCheck={check}
          urlKey={query}
          errors={errors}
          errorsTitle={errorCount > 0 ? tf("errorsTitle", { count: errorCount }) : undefined}
          labels={labels}
          keep={keep}
          insurers={insurers.map((i) => ({ id: i.id, label: i.name[locale] }))}
        />
      </div>
      <section id="results" aria-labelledby="results-title" className="min-h-[24rem] min-w-0 scroll-mt-4">
        {run?.ok ? (
          <div className="space-y-4">
            <CheckReport check={run.check} locale={locale} />
            {run.check.kind !== "unknown-insurer" ? <SaveCheck query={query} client={client} calculation={calculation} /> : null}
          </div>
        ) : (
          <div className="flex h-full min-h-[24rem] flex-col justify-center rounded-xl border border-dashed border-slate-300 bg-white p-6 text-center">
            <h2 id="results-title" className="text-xl font-bold text-brand-900">{t("resultTitle")}</h2>
            <p className="mt-2 text-slate-600">{errorCount > 0 ? t("fixErrors") : t("empty")}</p>
          </div>
        )}
      </section>
    </main>
  );
}
