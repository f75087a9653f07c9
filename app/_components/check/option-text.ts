import type { CheckOption } from "@/lib/check/options";
import { Decimal } from "@/lib/rating/decimal";
import { formatRub, type UiLocale } from "@/lib/format/money";
import { localizeDecimal } from "@/lib/format/decimal-text";
import type { Translate } from "../translate";

/** An option in words: what it is, and what it costs the client in cover (Check namespace). */
export function optionText(option: CheckOption, sumInsured: string, locale: UiLocale, t: Translate): { title: string; cost: string } {
  const rub = (amount: string) => formatRub(amount, locale, { whole: new Decimal(amount).isInteger() });
  switch (option.kind) {
    case "franchise": {
      const f = option.franchise;
      if (f.type === "fixed") return { title: t("option.franchiseFixed", { amount: rub(f.amount) }), cost: t("cost.franchiseFixed", { amount: rub(f.amount) }) };
      if (f.type === "fromSecondClaim") return { title: t("option.franchiseSecond", { amount: rub(f.amount) }), cost: t("cost.franchiseSecond", { amount: rub(f.amount) }) };
      if (f.type === "percent") {
        const amount = new Decimal(sumInsured).times(f.percent).div(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
        const percent = localizeDecimal(String(f.percent), locale);
        return { title: t("option.franchisePercent", { percent }), cost: t("cost.franchisePercent", { percent, amount: rub(amount) }) };
      }
      return { title: t("option.franchiseNone"), cost: t("cost.franchiseNone") };
    }
    case "repair":
      return { title: t(`option.repair.${option.repair}`), cost: t(`cost.repair.${option.repair}`) };
    case "antiTheft":
      return { title: t(`option.antiTheft.${option.antiTheft}`), cost: t(`cost.antiTheft.${option.antiTheft}`) };
    case "parking":
      return { title: t(`option.parking.${option.parking}`), cost: t(`cost.parking.${option.parking}`) };
    case "installments":
      return { title: t(`option.installments.${option.installments}`), cost: t(`cost.installments.${option.installments}`) };
    default:
      return { title: t(`option.${option.kind}`), cost: t(`cost.${option.kind}`) };
  }
}
