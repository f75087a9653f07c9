import Link from "next/link";
import { Decimal } from "@/lib/rating/decimal";
import { formatRub } from "@/lib/format/money";
import { linkClass, tableClass, tdClass, thClass } from "@/app/editor/_components/styles";
import { dateTime } from "./summary-section";
import type { CalculationSectionProps } from "./types";

/** On a re-quote: per insurer, the premium then and now (rubles and percent), and the worksheet lines that changed. */
export function ChangesSection({ view, locale, t }: CalculationSectionProps) {
  const previous = view.previous;
  if (!previous) return null;
  const signed = (amount: string) => (new Decimal(amount).gt(0) ? "+" : "") + formatRub(amount, locale);
  const percent = (p: string) => `${new Decimal(p).gt(0) ? "+" : ""}${p.replace(".", locale === "ru" ? "," : ".")} %`;
  return (
    <section aria-labelledby="changes-title" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="changes-title" className="text-lg font-semibold text-brand-900">
        <Link href={`/agent/calculations/${previous.id}`} className={linkClass}>
          {t("changesTitle", { id: previous.id, date: dateTime(previous.pricedAt, locale) })}
        </Link>
      </h2>
      <div className="overflow-x-auto">
        <table className={tableClass} data-testid="requote-changes">
          <caption className="sr-only">{t("changesTitle", { id: previous.id, date: dateTime(previous.pricedAt, locale) })}</caption>
          <thead>
            <tr>
              <th scope="col" className={thClass}>{t("insurer")}</th>
              <th scope="col" className={thClass}>{t("before")}</th>
              <th scope="col" className={thClass}>{t("after")}</th>
              <th scope="col" className={thClass}>{t("change")}</th>
              <th scope="col" className={thClass}>{t("changedLines")}</th>
            </tr>
          </thead>
          <tbody>
            {previous.changes.map((c) => (
              <tr key={c.insurerId}>
                <th scope="row" className={`${tdClass} font-medium`}>
                  {locale === "ru" ? c.insurerName : c.insurerNameEn}
                </th>
                <td className={`${tdClass} whitespace-nowrap`}>{c.before ? formatRub(c.before, locale) : "—"}</td>
                <td className={`${tdClass} whitespace-nowrap`}>{c.after ? formatRub(c.after, locale) : "—"}</td>
                <td className={`${tdClass} whitespace-nowrap`}>
                  {c.status === "new" ? t("insurerNew") : c.status === "dropped" ? t("insurerDropped") : `${signed(c.change!)}${c.changePercent ? ` (${percent(c.changePercent)})` : ""}`}
                </td>
                <td className={tdClass}>
                  {c.status !== "quoted" ? "—" : c.steps.length === 0 ? (
                    <span className="text-slate-600">{t("noLineChanges")}</span>
                  ) : (
                    <ul className="space-y-0.5">
                      {c.steps.map((s, i) => (
                        <li key={i}>
                          {s.label[locale]}: {s.kind === "added" ? `${t("lineAdded")} (${s.after})` : s.kind === "removed" ? `${t("lineRemoved")} (${s.before})` : `${s.before} → ${s.after}`}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
