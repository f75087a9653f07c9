import { getTranslations } from "next-intl/server";
import type { OtherInsurers, PolicyCheck } from "@/lib/check/check-policy";
import { Decimal } from "@/lib/rating/decimal";
import { formatDate, formatRub, type UiLocale } from "@/lib/format/money";
import { localizeDecimal } from "@/lib/format/decimal-text";
import { ScrollToResults } from "../results/scroll-to-results";
import { WorksheetTable } from "../results/worksheet-table";
import { optionText } from "./option-text";
import type { Translate } from "../translate";

const box = "rounded-xl border border-slate-200 bg-white p-4 shadow-sm";

function Others({ others, locale, paid, t }: { others: OtherInsurers; locale: UiLocale; paid: string | null; t: Translate }) {
  const name = (n: { ru: string; en: string }) => n[locale];
  return (
    <section aria-labelledby="others-title" className={box}>
      <h3 id="others-title" className="text-lg font-semibold text-brand-900">{t("othersTitle", { date: formatDate(others.today, locale) })}</h3>
      {others.quotes.length === 0 ? <p className="mt-2 text-slate-700">{t("othersNone")}</p> : (
        <table className="mt-2 w-full text-sm">
          <thead>
            <tr className="text-left text-slate-600">
              <th scope="col" className="py-1 pr-2">{t("othersInsurer")}</th>
              <th scope="col" className="py-1 pr-2 text-right">{t("othersPremium")}</th>
              {paid ? <th scope="col" className="py-1 text-right">{t("othersVersusPaid")}</th> : null}
            </tr>
          </thead>
          <tbody>
            {others.quotes.map((q) => {
              const diff = paid ? new Decimal(q.premium).minus(paid) : null;
              return (
                <tr key={q.insurerId} className="border-t border-slate-100" data-testid={`other-${q.insurerId}`}>
                  <th scope="row" className="py-1 pr-2 text-left font-normal">{name(q.name)}</th>
                  <td className="py-1 pr-2 text-right tabular-nums">{formatRub(q.premium, locale)}</td>
                  {diff ? <td className="py-1 text-right tabular-nums">{diff.isZero() ? "0" : `${diff.gt(0) ? "+" : "−"}${formatRub(diff.abs().toFixed(2), locale)}`}</td> : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {others.declined.length > 0 ? (
        <ul className="mt-2 space-y-1 text-sm text-slate-600">
          {others.declined.map((d) => (
            <li key={d.insurerId}>{t("othersDeclined", { insurer: name(d.name), reasons: d.reasons.map((r) => r.message[locale]).join("; ") })}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/** The outcome of a policy check in words and amounts (server-rendered). */
export async function CheckReport({ check, locale }: { check: PolicyCheck; locale: UiLocale }) {
  const [t, tw, tv] = await Promise.all([getTranslations("Check"), getTranslations("Worksheet"), getTranslations("Variables")]);
  const rub = (amount: string) => formatRub(amount, locale);
  const date = (iso: string) => formatDate(iso, locale);

  if (check.kind === "unknown-insurer") {
    return (
      <div role="status" className={box}>
        <ScrollToResults />
        <p>{t("unknownInsurer")}</p>
      </div>
    );
  }
  const insurer = check.insurer.name[locale];
  if (check.kind === "no-edition") {
    return (
      <div className="space-y-4">
        <ScrollToResults />
        <div role="status" className={`${box} border-amber-300 bg-amber-50`} data-testid="check-verdict">
          <h2 id="results-title" className="text-xl font-bold text-brand-900">{t("noEditionTitle")}</h2>
          <p className="mt-2 text-slate-800">{t("noEdition", { insurer, date: date(check.policyStart), first: check.firstEffectiveFrom ? date(check.firstEffectiveFrom) : "—" })}</p>
        </div>
        <Others others={check.others} locale={locale} paid={null} t={t} />
      </div>
    );
  }
  if (check.kind === "declined") {
    return (
      <div className="space-y-4">
        <ScrollToResults />
        <div role="status" className={`${box} border-amber-300 bg-amber-50`} data-testid="check-verdict">
          <h2 id="results-title" className="text-xl font-bold text-brand-900">{t("declinedTitle")}</h2>
          <p className="mt-2 text-slate-800">{t("declined", { insurer, date: date(check.edition.effectiveFrom) })}</p>
          <ul className="mt-2 list-disc pl-5">{check.reasons.map((r) => <li key={r.code}>{r.message[locale]}</li>)}</ul>
        </div>
        <Others others={check.others} locale={locale} paid={null} t={t} />
      </div>
    );
  }

  const sumInsured = check.quote.conditions.sumInsured;
  const gap = rub(new Decimal(check.difference).abs().toFixed(2));
  const title = check.verdict === "matches" ? t("matchesTitle") : check.verdict === "higher" ? t("higherTitle", { amount: gap }) : t("lowerTitle", { amount: gap });
  return (
    <div className="space-y-4">
      <ScrollToResults />
      <div role="status" className={`${box} ${check.verdict === "matches" ? "border-emerald-300 bg-emerald-50" : "border-amber-300 bg-amber-50"}`} data-testid="check-verdict">
        <h2 id="results-title" className="text-xl font-bold text-brand-900">{title}</h2>
        <p className="mt-2 text-slate-800">{t("tariffSays", { insurer, date: date(check.edition.effectiveFrom), tariff: rub(check.tariff), paid: rub(check.paid) })}</p>
        <p className="mt-1 text-sm text-slate-600">{t("tolerance", { amount: rub(check.tolerance) })}</p>
      </div>

      {check.verdict !== "matches" ? (
        <section aria-labelledby="explain-title" className={box}>
          <h3 id="explain-title" className="text-lg font-semibold text-brand-900">{t("explainTitle")}</h3>
          {check.matchingOptions.length > 0 ? (
            <ul className="mt-2 list-disc pl-5 text-slate-800">
              {check.matchingOptions.map((o, i) => <li key={i}>{t("matchingOption", { option: optionText(o.option, sumInsured, locale, t).title, premium: rub(o.premium) })}</li>)}
            </ul>
          ) : null}
          {check.explainingLines.length > 0 ? (
            <ul className="mt-2 list-disc pl-5 text-slate-800">
              {check.explainingLines.map((l) => (
                <li key={`${l.factor}-${l.value}`}>{t("explainingLine", { line: l.label[locale], value: localizeDecimal(l.value, locale), premium: rub(l.premiumWithout) })}</li>
              ))}
            </ul>
          ) : null}
          {check.matchingOptions.length === 0 && check.explainingLines.length === 0 ? <p className="mt-2 text-slate-800">{t("explainNone")}</p> : null}
        </section>
      ) : null}

      <section aria-labelledby="savings-title" className={box}>
        <h3 id="savings-title" className="text-lg font-semibold text-brand-900">{t("savingsTitle")}</h3>
        {check.savings.length === 0 ? <p className="mt-2 text-slate-800">{t("savingsNone")}</p> : (
          <ol className="mt-2 space-y-2" data-testid="savings">
            {check.savings.map((s, i) => {
              const text = optionText(s.option, sumInsured, locale, t);
              return (
                <li key={i} className="rounded-lg border border-slate-100 p-2">
                  <p className="font-medium text-slate-900">{t("saving", { option: text.title, saving: rub(s.saving), premium: rub(s.premium) })}</p>
                  <p className="text-sm text-slate-600">{text.cost}</p>
                </li>
              );
            })}
          </ol>
        )}
      </section>

      <details className={box}>
        <summary className="cursor-pointer font-semibold text-brand-900">{t("worksheet")}</summary>
        <div className="mt-2 overflow-x-auto">
          <WorksheetTable quote={check.quote} locale={locale} t={tw} tv={tv} />
        </div>
      </details>

      <Others others={check.others} locale={locale} paid={check.paid} t={t} />
    </div>
  );
}
