import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { decodeForm, encodeForm, formQuery, hasCalculation } from "@/lib/form/url-codec";
import type { UiLocale } from "@/lib/format/money";
import { DemoNotice } from "../../../_components/demo-notice";
import { priceProgrammes } from "../../../_components/programmes/programmes.server";
import { ProgrammesTable } from "../../../_components/programmes/programmes-table";

type SearchParams = Record<string, string | string[] | undefined>;

export async function generateMetadata(): Promise<Metadata> {
  const [t, tc] = await Promise.all([getTranslations("Programmes"), getTranslations("Common")]);
  return { title: `${t("offer.programme")} — ${tc("siteName")}` };
}

/**
 * "Other programmes of this insurer": the calculator's query (`/programmes/<insurer>?model=…`)
 * priced once per programme of that insurer's edition in force, side by side. A link, like the
 * calculation itself; each column leads back to the calculator with that programme's level.
 */
export default async function ProgrammesPage({ params, searchParams }: { params: Promise<{ insurer: string }>; searchParams: Promise<SearchParams> }) {
  const [{ insurer }, query] = await Promise.all([params, searchParams]);
  const locale = (await getLocale()) as UiLocale;
  const tp = await getTranslations("Programmes");
  const form = decodeForm(query);
  const calculation = formQuery(query);
  const insurerId = /^[a-z0-9-]{1,64}$/.test(insurer) ? insurer : "";
  const outcome = hasCalculation(query) && insurerId ? await priceProgrammes(form, insurerId) : null;
  const back = `/?${calculation}#results`;

  return (
    <main className="mx-auto max-w-6xl space-y-4 px-4 py-6">
      <p className="print:hidden">
        <a href={back} className="text-sm font-medium text-brand-700 underline">← {tp("page.back")}</a>
      </p>
      {outcome?.ok ? (
        <section aria-labelledby="programmes-title" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <h1 id="programmes-title" className="text-2xl font-bold text-brand-900">{tp("page.title", { insurer: outcome.insurerName[locale] })}</h1>
          <p className="text-sm text-slate-600">{tp("page.intro")}</p>
          <ProgrammesTable columns={outcome.columns} locale={locale} tp={tp} chooseHref={(c) => `/?${encodeForm({ ...form, programme: c.level })}#results`} />
        </section>
      ) : (
        <section aria-labelledby="programmes-title" className="rounded-xl border border-dashed border-slate-300 bg-white p-6">
          <h1 id="programmes-title" className="text-xl font-bold text-brand-900">{tp("offer.programme")}</h1>
          <p className="mt-2 text-slate-600">{outcome === null || outcome.reason === "invalid" ? tp("page.noCalculation") : tp("page.notFound")}</p>
        </section>
      )}
      <DemoNotice />
    </main>
  );
}
