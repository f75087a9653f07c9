import type { Catalog } from "@/lib/catalog";
import { compareSummary, Decimal, type RateBookLibrary, type TQuoteRequest } from "@/lib/rating";

/** Franchise sizes the chart shows, in rubles (0 = no franchise). */
export const FRANCHISE_STEPS = ["0", "10000", "15000", "20000", "30000", "50000", "100000"] as const;

export interface FranchiseSeries {
  insurerId: string;
  insurerName: { ru: string; en: string };
  /** Premium at each step, or null where the insurer declines. */
  premiums: (string | null)[];
}

export interface FranchiseScan {
  amounts: string[];
  series: FranchiseSeries[];
}

/** Prices the request again at each fixed franchise size below the car's price. */
export function scanFranchise(request: TQuoteRequest, library: RateBookLibrary, catalog: Catalog): FranchiseScan {
  const amounts = FRANCHISE_STEPS.filter((a) => new Decimal(a).lt(request.vehicle.price));
  const series = new Map<string, FranchiseSeries>();
  amounts.forEach((amount, i) => {
    const franchise = amount === "0" ? ({ type: "none" } as const) : ({ type: "fixed", amount } as const);
    const result = compareSummary({ ...request, franchise }, library, catalog);
    for (const q of result.quotes) {
      const s = series.get(q.insurerId) ?? { insurerId: q.insurerId, insurerName: { ru: q.insurerName, en: q.insurerNameEn }, premiums: amounts.map(() => null) };
      s.premiums[i] = q.premium;
      series.set(q.insurerId, s);
    }
  });
  return { amounts: [...amounts], series: [...series.values()].sort((a, b) => a.insurerId.localeCompare(b.insurerId)) };
}

export interface BreakEven {
  insurerId: string;
  insurerName: { ru: string; en: string };
  franchise: string;
  /** Premium without a franchise minus premium with it. */
  saving: string;
  /** franchise ÷ saving: claim less often than once in this many years and the franchise pays off. */
  years: string | null;
  /** The same in whole months (at least 1), when that is under a year: "once in 7 months" reads better than "0.6 years". */
  months: number | null;
}

/**
 * The break-even of a franchise at one insurer: it saves `saving` a year and costs `franchise`
 * per claim, so it pays off when claims are rarer than once in franchise ÷ saving years.
 */
export function breakEven(scan: FranchiseScan, insurerId: string, franchise: string): BreakEven | null {
  const series = scan.series.find((s) => s.insurerId === insurerId);
  const at = scan.amounts.indexOf(franchise);
  const none = series?.premiums[0];
  const withIt = at > 0 ? series?.premiums[at] : null;
  if (!series || !none || !withIt) return null;
  const saving = new Decimal(none).minus(withIt);
  const years = saving.gt(0) ? new Decimal(franchise).div(saving) : null;
  return {
    insurerId,
    insurerName: series.insurerName,
    franchise,
    saving: saving.toFixed(2),
    years: years ? years.toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toFixed(1) : null,
    months: years?.lt(1) ? Math.max(1, years.times(12).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber()) : null,
  };
}
