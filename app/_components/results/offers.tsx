"use client";
import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { Declined, Quote } from "@/lib/rating/result-types";
import type { UiLocale } from "@/lib/format/money";
import { CompareTable } from "./compare-table";
import { OfferCard } from "./offer-card";

const MAX_COMPARED = 3;

/** The ranked offers with sorting and the side-by-side comparison; declined insurers listed apart. */
export function Offers({ quotes, declined }: { quotes: Quote[]; declined: Declined[] }) {
  const t = useTranslations("Results");
  const locale = useLocale() as UiLocale;
  const [sort, setSort] = useState<"price" | "name">("price");
  const [compared, setCompared] = useState<string[]>([]);
  const name = (q: { insurerName: string; insurerNameEn: string }) => (locale === "ru" ? q.insurerName : q.insurerNameEn);

  const sorted = sort === "price" ? quotes : [...quotes].sort((a, b) => name(a).localeCompare(name(b), locale));
  const comparedQuotes = compared.map((id) => quotes.find((q) => q.insurerId === id)).filter((q): q is Quote => q !== undefined);

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
        <p className="text-sm text-slate-600" aria-live="polite">
          {t("count", { count: quotes.length })} · {t("compareHint")}
        </p>
        <label className="flex items-center gap-2 text-sm">
          {t("sort")}
          <select className="rounded-md border border-slate-300 bg-white px-2 py-1" value={sort} onChange={(e) => setSort(e.target.value as "price" | "name")}>
            <option value="price">{t("sortPrice")}</option>
            <option value="name">{t("sortName")}</option>
          </select>
        </label>
      </div>
      {comparedQuotes.length >= 2 ? (
        <CompareTable quotes={comparedQuotes} onRemove={(id) => setCompared((c) => c.filter((x) => x !== id))} onClear={() => setCompared([])} />
      ) : null}
      {sorted.length === 0 ? <p className="text-sm text-slate-600">{t("noMatch")}</p> : null}
      <ol className="space-y-3" aria-label={t("title")}>
        {sorted.map((q) => (
          <OfferCard
            key={q.insurerId}
            quote={q}
            cheapest={q.rank === 1}
            compared={compared.includes(q.insurerId)}
            compareDisabled={compared.length >= MAX_COMPARED}
            onCompare={(on) => setCompared((c) => (on ? [...c, q.insurerId] : c.filter((x) => x !== q.insurerId)))}
          />
        ))}
      </ol>
      {declined.length > 0 ? (
        <section aria-labelledby="declined-title" className="rounded-xl border border-slate-200 bg-white p-4">
          <h3 id="declined-title" className="text-base font-semibold text-slate-800">{t("declinedTitle")}</h3>
          <ul className="mt-2 space-y-2 text-sm" data-testid="declined">
            {declined.map((d) => (
              <li key={d.insurerId}>
                <span className="font-medium">{name(d)}:</span> {d.reasons.map((r) => r.message[locale]).join("; ")}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
