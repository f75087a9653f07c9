/**
 * Every text the rating library writes into a response, in Russian and English: the worksheet's
 * own line labels and the reasons for declining. Rate books bring their own labels (tables,
 * components, decline rules); these are the engine's.
 */
import type { TLabel } from "./result-types";

/** Labels of the worksheet lines the engine adds itself (the tables' lines carry the rate book's labels). */
export const STEP_LABELS = {
  discounts: { ru: "Скидки", en: "Discounts" },
  sum: { ru: "Итого до округления", en: "Total before rounding" },
  rateRounding: { ru: "Округление тарифа", en: "Rate rounding" },
  minimum: { ru: "Минимальная премия", en: "Minimum premium" },
  rounding: { ru: "Округление премии", en: "Premium rounding" },
} as const satisfies Record<string, TLabel>;

/** The reasons for declining, by decline code; the ones with figures are functions of them. */
export const DECLINE_MESSAGES = {
  noRateBook: { ru: "Нет тарифа, действующего на дату начала полиса", en: "No tariff in force on the policy start date" },
  vehicleTooOld: (max: number, age: number): TLabel => ({ ru: `Страхует автомобили не старше ${max} лет (этому ${age})`, en: `Insures cars up to ${max} years old (this one is ${age})` }),
  driverTooYoung: (n: number, min: number): TLabel => ({ ru: `Водитель ${n}: минимальный возраст ${min} лет`, en: `Driver ${n}: minimum age is ${min}` }),
  driverTooOld: (n: number, max: number): TLabel => ({ ru: `Водитель ${n}: максимальный возраст ${max} лет`, en: `Driver ${n}: maximum age is ${max}` }),
  driverTooInexperienced: (n: number, min: number): TLabel => ({ ru: `Водитель ${n}: нужен стаж от ${min} лет`, en: `Driver ${n}: at least ${min} years' experience required` }),
  priceTooLow: (min: string): TLabel => ({ ru: `Минимальная стоимость автомобиля ${min} ₽`, en: `Minimum car value is ${min} RUB` }),
  priceTooHigh: (max: string): TLabel => ({ ru: `Максимальная стоимость автомобиля ${max} ₽`, en: `Maximum car value is ${max} RUB` }),
  regionNotServed: { ru: "Не работает в этом регионе", en: "Does not operate in this region" },
  coverageNotOffered: { ru: "Не предлагает такой вариант покрытия", en: "Does not offer this coverage" },
  repairNotOffered: { ru: "Не предлагает такой вариант ремонта", en: "Does not offer this repair option" },
  franchiseNotOffered: { ru: "Не предлагает такой вид франшизы", en: "Does not offer this kind of franchise" },
  installmentsNotOffered: (n: number): TLabel => ({ ru: `Не принимает оплату в ${n} платежа`, en: `Does not accept payment in ${n} instalments` }),
  unlimitedDriversNotOffered: { ru: "Не страхует без ограничения списка водителей", en: "Does not offer unlimited-driver policies" },
  noRateForVehicle: { ru: "Нет тарифа для этой модели", en: "No tariff for this model" },
  tariffGap: (table: TLabel): TLabel => ({ ru: `Тариф не содержит значения для этих условий (${table.ru})`, en: `The tariff has no value for these conditions (${table.en})` }),
  nonPositivePremium: { ru: "Тариф дал неположительную премию", en: "The tariff produced a non-positive premium" },
} as const;
