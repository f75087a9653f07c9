import type { Quote, WorksheetStep } from "@/lib/rating/result-types";
import { formatRub, type UiLocale } from "@/lib/format/money";
import { groupedText } from "./format-cached";
import { localizeDecimal, shiftDecimal } from "@/lib/format/decimal-text";
import type { Translate } from "../translate";

const SECTIONS = ["single", "damage", "theft", "addOn", "total"] as const;
const MONEY_KEYS = new Set(["vehicle.price", "franchise.amount", "addOn.sumInsured"]);

/**
 * "Why this price": every step of the quote with what it was looked up by, its value and the
 * running total. Rendered on the server when a worksheet is opened (see offer-actions.tsx).
 */
export function WorksheetTable({ quote, locale, t, tv }: { quote: Quote; locale: UiLocale; t: Translate; tv: Translate }) {
  const insurer = locale === "ru" ? quote.insurerName : quote.insurerNameEn;

  const lookupText = (step: WorksheetStep) => {
    if (step.factor === "discounts") return Object.keys(step.lookup).map((k) => (tv.has(k) ? tv(k) : k)).join(", ");
    const parts = Object.entries(step.lookup).map(([k, v]) => {
      const name = tv.has(k) ? tv(k) : k;
      const value = typeof v === "boolean" ? tv(v ? "yes" : "no") : MONEY_KEYS.has(k) ? formatRub(String(v), locale, { whole: true }) : typeof v === "number" ? groupedText(String(v), locale) : String(v);
      return `${name}: ${value}`;
    });
    if (step.driver !== undefined) parts.push(t("decisiveDriver", { n: step.driver + 1 }));
    if (step.matched === "default") parts.push(t("default"));
    return parts.join("; ");
  };

  const valueText = (step: WorksheetStep) => {
    switch (step.operation) {
      case "base":
        // An add-on's price: a rate of the sum insured, or rubles.
        if (step.component === "addOn") return step.matched.endsWith("rate of the sum insured") ? t("addOnRate", { percent: localizeDecimal(shiftDecimal(step.value, 2), locale) }) : formatRub(step.value, locale);
        return t("base", { percent: localizeDecimal(shiftDecimal(step.value, 2), locale) });
      case "multiply":
        return t("multiply", { value: localizeDecimal(step.value, locale) });
      case "add":
        // The total's line adding an add-on's price (rubles).
        if (step.component === "total" && step.factor.startsWith("add-on-")) return `+ ${formatRub(step.value, locale)}`;
        return t("add", { percent: localizeDecimal(shiftDecimal(step.value, 2), locale) });
      case "minimum":
        return t("minimum", { amount: formatRub(step.value, locale) });
      case "round":
        // A rate step carries the rate it rounded to; a premium step the number of decimals kept.
        if (step.factor === "rate-rounding" || step.rate !== undefined) return t("roundRate", { percent: localizeDecimal(step.value, locale) });
        return step.value === "0" ? t("roundRubles") : step.value === "2" ? t("roundKopecks") : t("roundDecimals", { n: step.value });
      default:
        return "";
    }
  };

  return (
    // On a phone each step is stacked (name and running total, then what it was looked up by,
    // then its value), so the worksheet fits the width; the roles keep it a table for screen readers.
    <div className="sm:overflow-x-auto" tabIndex={0} role="region" aria-label={t("caption", { insurer })}>
      <table role="table" className="w-full text-left text-sm max-sm:block sm:min-w-[34rem]">
        <caption className="pb-2 text-left text-xs text-slate-600 max-sm:block">{t("caption", { insurer })}</caption>
        <thead role="rowgroup" className="max-sm:sr-only">
          <tr role="row" className="border-b border-slate-300 text-xs uppercase tracking-wide text-slate-500">
            <th role="columnheader" scope="col" className="py-1 pr-2">{t("step")}</th>
            <th role="columnheader" scope="col" className="py-1 pr-2">{t("lookedUp")}</th>
            <th role="columnheader" scope="col" className="py-1 pr-2">{t("value")}</th>
            <th role="columnheader" scope="col" className="py-1 text-right">{t("total")}</th>
          </tr>
        </thead>
        {SECTIONS.map((section) => {
          const steps = quote.steps.filter((s) => s.component === section);
          if (steps.length === 0) return null;
          return (
            <tbody key={section} role="rowgroup" className="max-sm:block">
              <tr role="row" className="max-sm:block">
                <th role="rowheader" scope="rowgroup" colSpan={4} className="pt-3 text-xs font-semibold text-brand-900 max-sm:block">
                  {t(section === "total" ? "total-section" : section)}
                </th>
              </tr>
              {steps.map((step, i) => (
                <tr key={`${step.factor}-${i}`} role="row" className="border-b border-slate-100 align-top max-sm:grid max-sm:grid-cols-[minmax(0,1fr)_auto] max-sm:gap-x-2 max-sm:py-1">
                  <th role="rowheader" scope="row" className="py-1 pr-2 font-normal max-sm:col-start-1 max-sm:row-start-1 max-sm:py-0">{step.label[locale]}</th>
                  <td role="cell" className="py-1 pr-2 text-slate-600 max-sm:col-span-2 max-sm:py-0 max-sm:text-xs max-sm:break-words">{lookupText(step)}</td>
                  <td role="cell" className="whitespace-nowrap py-1 pr-2 tabular-nums max-sm:col-span-2 max-sm:py-0">{valueText(step)}</td>
                  <td role="cell" className="whitespace-nowrap py-1 text-right tabular-nums max-sm:col-start-2 max-sm:row-start-1 max-sm:py-0" title={step.total}>
                    {formatRub(step.total, locale)}
                  </td>
                </tr>
              ))}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}
