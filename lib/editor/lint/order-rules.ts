/** "Cheaper options must not cost more": the ordered options per variable. */
import { type TScalar } from "../condition-text";
import { type LintWarningCode } from "./issue";

export const NAMES: Record<string, string> = {
  none: "без системы",
  standard: "штатная",
  satellite: "спутниковая",
  street: "на улице",
  guarded: "охраняемая стоянка",
  garage: "гараж",
  aggregate: "агрегатная",
  "non-aggregate": "неагрегатная",
  dealer: "у дилера",
  "insurer-garage": "СТОА страховщика",
  "insurer-calculation": "по калькуляции страховщика",
};

export const named = (v: TScalar) => NAMES[String(v)] ?? String(v);

export interface OrderRule {
  variable: string;
  code: LintWarningCode;
  cheapToDear: readonly TScalar[];
  message: (cheap: TScalar, cheapValue: string, dear: TScalar, dearValue: string) => string;
}

export const yesNo = (b: TScalar) => (b === true ? "да" : "нет");

export const ORDER_RULES: readonly OrderRule[] = [
  {
    variable: "vehicle.antiTheft",
    code: "order-anti-theft",
    cheapToDear: ["satellite", "standard", "none"],
    message: (c, cv, d, dv) => `противоугонная «${named(c)}» (${cv}) дороже, чем «${named(d)}» (${dv}): лучшая защита не должна стоить больше`,
  },
  {
    variable: "vehicle.parking",
    code: "order-parking",
    cheapToDear: ["garage", "guarded", "street"],
    message: (c, cv, d, dv) => `хранение «${named(c)}» (${cv}) дороже, чем «${named(d)}» (${dv}): более надёжное хранение не должно стоить больше`,
  },
  {
    variable: "wearDeduction",
    code: "order-wear-deduction",
    cheapToDear: [true, false],
    message: (_c, cv, _d, dv) => `выплата с учётом износа (${cv}) дороже, чем без него (${dv}): учёт износа должен удешевлять полис`,
  },
  {
    variable: "sumInsuredType",
    code: "order-sum-insured-type",
    cheapToDear: ["aggregate", "non-aggregate"],
    message: (_c, cv, _d, dv) => `агрегатная страховая сумма (${cv}) дороже неагрегатной (${dv}): агрегатная должна быть не дороже`,
  },
  {
    variable: "repair",
    code: "order-repair",
    cheapToDear: ["insurer-calculation", "insurer-garage", "dealer"],
    message: (c, cv, d, dv) => `ремонт «${named(c)}» (${cv}) дороже, чем «${named(d)}» (${dv}): этот вариант должен быть не дороже`,
  },
  {
    variable: "telematics",
    code: "order-telematics",
    cheapToDear: [true, false],
    message: (c, cv, d, dv) => `с телематикой (${yesNo(c)}: ${cv}) дороже, чем без неё (${yesNo(d)}: ${dv}): скидка за телематику получилась отрицательной`,
  },
  {
    variable: "switchingFromInsurer",
    code: "order-switching",
    cheapToDear: [true, false],
    message: (c, cv, d, dv) => `при переходе от другого страховщика (${yesNo(c)}: ${cv}) дороже, чем без перехода (${yesNo(d)}: ${dv}): скидка за переход получилась отрицательной`,
  },
  {
    variable: "bonusMalusClass",
    code: "order-bonus-malus",
    cheapToDear: ["13", "12", "11", "10", "9", "8", "7", "6", "5", "4", "3", "2", "1", "0", "M"],
    message: (c, cv, d, dv) => `класс ${String(c)} (${cv}) дороже класса ${String(d)} (${dv}): более высокий класс не должен стоить больше`,
  },
];
