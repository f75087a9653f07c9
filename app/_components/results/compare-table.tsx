import type { Quote } from "@/lib/rating/result-types";
import { formatRub, type UiLocale } from "@/lib/format/money";
import { dateText } from "./format-cached";
import { localizeDecimal } from "@/lib/format/decimal-text";
import type { Translate } from "../translate";
import { CompareClear, CompareRemove } from "./compare-context";
import { describeConditions } from "./conditions";

/** The rows a format-2 offer adds: its programme, the cover's part, each add-on's price, the policy term, the tariff's source. */
function programmeRows(quotes: Quote[], locale: UiLocale, tp: Translate): { label: string; cells: (q: Quote) => string }[] {
  const rows: { label: string; cells: (q: Quote) => string }[] = [];
  if (quotes.some((q) => q.programme)) rows.push({ label: tp("offer.programme"), cells: (q) => q.programme?.name[locale] ?? "—" });
  const addOnIds = [...new Set(quotes.flatMap((q) => (q.addOns ?? []).map((a) => a.id)))];
  if (addOnIds.length > 0) rows.push({ label: tp("offer.cover"), cells: (q) => formatRub(q.coverPremium ?? q.premium, locale) });
  for (const id of addOnIds) {
    const name = quotes.flatMap((q) => q.addOns ?? []).find((a) => a.id === id)!.name[locale];
    rows.push({ label: `+ ${name}`, cells: (q) => { const a = q.addOns?.find((x) => x.id === id); return a ? formatRub(a.amount, locale) : "—"; } });
  }
  if (quotes.some((q) => q.policyTermMonths !== undefined)) rows.push({ label: tp("offer.term"), cells: (q) => tp(`form.termOptions.${q.policyTermMonths ?? 12}`) });
  rows.push({ label: tp("offer.source"), cells: (q) => (q.provenance ? tp("offer.published", { source: q.provenance.source, date: dateText(q.provenance.publishedOn, locale) }) : tp("offer.demo")) });
  return rows;
}

/**
 * Two or three offers side by side: price, split, conditions, tariff edition and every
 * coefficient. Rendered on the server when offers are ticked (see offer-actions.tsx).
 */
export function CompareTable({ quotes, locale, t, tr, tf, tp }: { quotes: Quote[]; locale: UiLocale; t: Translate; tr: Translate; tf: Translate; tp: Translate }) {
  const name = (q: Quote) => (locale === "ru" ? q.insurerName : q.insurerNameEn);

  // Every coefficient any of them applies, in worksheet order, with each insurer's value.
  const factors: { key: string; label: string }[] = [];
  for (const q of quotes)
    for (const s of q.steps)
      if ((s.operation === "multiply" || s.operation === "add") && !factors.some((f) => f.key === `${s.component}:${s.factor}`))
        factors.push({ key: `${s.component}:${s.factor}`, label: s.component === "damage" || s.component === "theft" ? `${s.label[locale]} (${tr(s.component)})` : s.label[locale] });
  const factorValue = (q: Quote, key: string) => {
    const step = q.steps.find((s) => `${s.component}:${s.factor}` === key);
    return step ? `${step.operation === "add" ? "+" : "×"} ${localizeDecimal(step.value, locale)}` : "—";
  };

  const rows: { label: string; cells: (q: Quote) => string }[] = [
    { label: t("premium"), cells: (q) => formatRub(q.premium, locale) },
    { label: tr("damage"), cells: (q) => (q.components ? formatRub(q.components.damage, locale) : "—") },
    { label: tr("theft"), cells: (q) => (q.components ? formatRub(q.components.theft, locale) : "—") },
    { label: tr("conditions"), cells: (q) => describeConditions(q.conditions, tr, tf, locale).join(", ") },
    ...programmeRows(quotes, locale, tp),
    { label: tr("tariff", { date: "" }).replace(/\s+$/, ""), cells: (q) => dateText(q.rateBook.effectiveFrom, locale) },
    ...factors.map((f) => ({ label: f.label, cells: (q: Quote) => factorValue(q, f.key) })),
  ];

  // What differs comes first; rows the same for all (most coefficients are "× 1" everywhere) are
  // folded away under "same for all", so a phone shows the differences without scrolling past them.
  const valued = rows.map((row) => ({ ...row, values: quotes.map(row.cells) }));
  const differing = valued.filter((row) => new Set(row.values).size > 1);
  const same = valued.filter((row) => new Set(row.values).size <= 1);

  return (
    <section id="compare" aria-labelledby="compare-title" tabIndex={-1} className="scroll-mt-2 rounded-xl border border-brand-600 bg-white p-4 shadow-sm focus:outline-none">
      <div className="flex items-center justify-between gap-2">
        <h3 id="compare-title" className="text-lg font-semibold text-brand-900">{t("title")}</h3>
        <CompareClear label={t("clear")} />
      </div>
      {/* Scrolls inside its own box, so the insurers' names stay at its top (sticky) while the rows scroll. */}
      <div className="mt-2 max-h-[75vh] overflow-auto" tabIndex={0} role="region" aria-label={t("condition")}>
        <table className="w-full text-left text-sm" data-testid="compare-table">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="sticky top-0 z-10 bg-white py-1 pr-2">{t("condition")}</th>
              {quotes.map((q) => (
                <th key={q.insurerId} scope="col" className="sticky top-0 z-10 bg-white py-1 pr-2">
                  {name(q)}{" "}
                  <CompareRemove insurerId={q.insurerId} label={t("remove", { insurer: name(q) })} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {differing.map((row) => (
              <tr key={row.label} className="border-b border-slate-100 bg-amber-50 align-top">
                <th scope="row" className="py-1 pr-2 font-normal text-slate-700">{row.label}</th>
                {row.values.map((v, i) => (
                  <td key={quotes[i]!.insurerId} className="py-1 pr-2 tabular-nums">{v}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {same.length > 0 ? (
          <details className="mt-2 text-sm" data-testid="compare-same">
            <summary className="cursor-pointer text-brand-700">{t("sameForAll", { count: same.length })}</summary>
            <table className="mt-1 w-full text-left text-sm">
              <caption className="sr-only">{t("sameForAll", { count: same.length })}</caption>
              <tbody>
                {same.map((row) => (
                  <tr key={row.label} className="border-b border-slate-100 align-top">
                    <th scope="row" className="py-1 pr-2 font-normal text-slate-700">{row.label}</th>
                    <td className="py-1 tabular-nums">{row.values[0]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        ) : null}
      </div>
    </section>
  );
}
