import { RISKS } from "@/lib/rating/options";
import { formatRub, type UiLocale } from "@/lib/format/money";
import { localizeDecimal, shiftDecimal } from "@/lib/format/decimal-text";
import type { Translate } from "../translate";
import type { ProgrammeColumn } from "./programmes.server";

/**
 * One insurer's programmes side by side for the same calculation (Programmes messages): the
 * premium (or why it is not quoted), the risks each covers, what is built in, how it is priced
 * and the add-ons, chosen ones with their price. Rendered on the server.
 */
export function ProgrammesTable({ columns, locale, tp, chooseHref }: { columns: ProgrammeColumn[]; locale: UiLocale; tp: Translate; chooseHref: (column: ProgrammeColumn) => string }) {
  const risks = RISKS.filter((r) => columns.some((c) => c.risks.includes(r)));
  const chosenAddOns = [...new Map(columns.flatMap((c) => c.quote?.addOns ?? []).map((a) => [a.id, a.name])).entries()];
  const rows: { key: string; label: string; cells: (c: ProgrammeColumn) => string }[] = [
    {
      key: "premium",
      label: tp("page.premium"),
      cells: (c) => (c.quote ? formatRub(c.quote.premium, locale) : `${tp("page.declined")}: ${c.declined?.reasons.map((r) => r.message[locale]).join("; ") ?? ""}`),
    },
    ...chosenAddOns.map(([id, name]) => ({
      key: `add-on-${id}`,
      label: `+ ${name[locale]}`,
      cells: (c: ProgrammeColumn) => {
        const a = c.quote?.addOns?.find((x) => x.id === id);
        return a ? formatRub(a.amount, locale) : "—";
      },
    })),
    ...risks.map((risk) => ({ key: `risk-${risk}`, label: `${tp("page.risks")}: ${tp(`risks.${risk}`)}`, cells: (c: ProgrammeColumn) => (c.risks.includes(risk) ? tp("page.yes") : tp("page.no")) })),
    {
      key: "built-in",
      label: tp("page.franchise"),
      cells: (c) => (c.builtIn.length === 0 ? tp("page.none") : c.builtIn.map((b) => (b.value !== undefined ? `${b.label[locale]} (× ${localizeDecimal(b.value, locale)})` : b.label[locale])).join("; ")),
    },
    {
      key: "pricing",
      label: tp("page.pricing"),
      cells: (c) => (c.pricing === "flat" && c.flatRate !== undefined ? `${tp("page.pricingFlat")}: ${localizeDecimal(shiftDecimal(c.flatRate, 2), locale)} %` : tp("page.pricingFormula")),
    },
    { key: "add-ons", label: tp("page.addOns"), cells: (c) => (c.addOnsSold.length > 0 ? c.addOnsSold.map((n) => n[locale]).join(", ") : tp("page.none")) },
  ];
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="programmes-title">
      <table className="w-full min-w-[32rem] text-left text-sm" data-testid="programmes-table">
        <thead>
          <tr className="border-b border-slate-300 align-bottom">
            <th scope="col" className="py-2 pr-3">{tp("page.programme")}</th>
            {columns.map((c) => (
              <th key={c.id} scope="col" className="py-2 pr-3" data-testid={`programme-${c.id}`}>
                <span className="block text-base text-brand-900">{c.name[locale]}</span>
                <span className="block text-xs font-normal text-slate-600">{c.description[locale]}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-slate-100 align-top" data-testid={`row-${row.key}`}>
              <th scope="row" className="py-1 pr-3 font-normal text-slate-700">{row.label}</th>
              {columns.map((c) => (
                <td key={c.id} className={`py-1 pr-3 ${row.key === "premium" ? "font-semibold tabular-nums text-brand-900" : ""}`}>{row.cells(c)}</td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row" className="py-2 pr-3 font-normal"><span className="sr-only">{tp("page.programme")}</span></th>
            {columns.map((c) => (
              <td key={c.id} className="py-2 pr-3">
                <a href={chooseHref(c)} className="text-sm font-medium text-brand-700 underline">{tp("page.choose", { level: tp(`levels.${c.level}`) })}</a>
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
