import { setImmediate as nextTurn } from "node:timers/promises";
import { getLocale } from "next-intl/server";
import { translations } from "@/app/_lib/translations.server";
import type { Catalog } from "@/lib/catalog";
import type { RateBookLibrary, TQuoteRequest } from "@/lib/rating";
import type { FormState } from "@/lib/form/form-state";
import { breakEven } from "@/lib/results/franchise-scan";
import { formatRub, type UiLocale } from "@/lib/format/money";
import { chartViewOf } from "./chart-view";
import { scanFranchiseCached } from "./franchise-scan-cached";
import { FranchiseChartSlot } from "./franchise-chart-slot";

interface Props {
  request: TQuoteRequest;
  library: RateBookLibrary;
  /** The catalog the request was priced with. */
  catalog: Catalog;
  form: FormState;
  /** The cheapest insurer, whose break-even is told in words. */
  cheapest: string | undefined;
}

/**
 * Premium against franchise size for every insurer (the request priced again at 7 franchise
 * sizes), and the break-even of a franchise at the cheapest one. Called once the offers have been
 * rendered (ChartSlot in results-panel.tsx), and streamed to the browser behind them (see Deferred).
 */
export async function franchiseSection({ request, library, catalog, form, cheapest }: Props) {
  // Let the offers, already rendered, be written out before the scan takes the processor.
  await nextTurn();
  const scan = scanFranchiseCached(request, library, catalog);
  const [tc, locale] = await Promise.all([translations("Chart"), getLocale() as Promise<UiLocale>]);
  const chosen = form.franchise === "fixed" && scan.amounts.includes(form.franchiseAmount.replace(/\D/g, "")) ? form.franchiseAmount.replace(/\D/g, "") : "30000";
  const be = cheapest ? breakEven(scan, cheapest, chosen) : null;
  const beText = be
    ? be.years === null
      ? tc("breakEvenNone", { insurer: be.insurerName[locale] })
      : tc(form.franchise === "fixed" ? "breakEven" : "breakEvenHint", {
          franchise: formatRub(be.franchise, locale, { whole: true }),
          insurer: be.insurerName[locale],
          saving: formatRub(be.saving, locale, { whole: true }),
          period: be.months !== null ? tc("periodMonths", { months: be.months }) : tc("periodYears", { years: Number(be.years) }),
        })
    : null;
  const view = chartViewOf(scan, tc, locale);
  return (
    <section className="space-y-2 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      {view ? <FranchiseChartSlot view={view} /> : null}
      {beText ? <p className="text-sm text-slate-800" data-testid="break-even">{beText}</p> : null}
    </section>
  );
}
