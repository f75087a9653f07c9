import type { QuoteConditions } from "@/lib/rating/result-types";
import { formatRub, type UiLocale } from "@/lib/format/money";

type T = (key: string, values?: Record<string, string | number>) => string;

/** The conditions of an offer in words: franchise, repair, wear, aggregate sum, drivers. */
export function describeConditions(c: Pick<QuoteConditions, "franchise" | "franchiseAmount" | "repair" | "wearDeduction" | "sumInsuredType"> & { drivers: Pick<QuoteConditions["drivers"], "unlimited" | "count"> }, t: T, tf: T, locale: UiLocale): string[] {
  const f = c.franchise;
  const franchise =
    f.type === "none" ? t("franchiseNone")
    : f.type === "fixed" ? t("franchiseFixed", { amount: formatRub(f.amount, locale, { whole: true }) })
    : f.type === "fromSecondClaim" ? t("franchiseSecond", { amount: formatRub(f.amount, locale, { whole: true }) })
    : t("franchisePercent", { percent: f.percent, amount: formatRub(c.franchiseAmount, locale, { whole: true }) });
  return [
    franchise,
    tf(`repairOptions.${c.repair}`),
    c.wearDeduction ? t("wearYes") : t("wearNo"),
    c.sumInsuredType === "aggregate" ? t("aggregateYes") : t("aggregateNo"),
    c.drivers.unlimited ? t("driversUnlimited") : t("driversNamed", { count: c.drivers.count }),
  ];
}
