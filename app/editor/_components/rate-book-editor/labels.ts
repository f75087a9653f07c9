// Russian names for the rating variables and their values, for column headers, legends and
// the "new table" form. The cells themselves keep the values as the rate book stores them.
import { RATING_VARIABLES, type TRatingVariable } from "@/lib/rating/variables";
import { VARIABLE_VALUES, variableKind } from "@/lib/editor/condition-text";

export const VARIABLE_LABELS: Record<TRatingVariable, string> = {
  "vehicle.modelId": "Модель",
  "vehicle.make": "Марка",
  "vehicle.class": "Класс автомобиля",
  "vehicle.theftRiskGroup": "Группа риска угона",
  "vehicle.ageYears": "Возраст автомобиля, лет",
  "vehicle.price": "Стоимость автомобиля, ₽",
  "vehicle.powerHp": "Мощность, л. с.",
  "vehicle.antiTheft": "Противоугонная система",
  "vehicle.parking": "Хранение ночью",
  "vehicle.credit": "Автокредит",
  "drivers.count": "Число водителей",
  unlimitedDrivers: "Без ограничения водителей",
  bonusMalusClass: "Класс бонус-малус",
  region: "Регион (код)",
  coverage: "Риски",
  "franchise.type": "Тип франшизы",
  "franchise.amount": "Франшиза, ₽",
  "franchise.percent": "Франшиза, %",
  repair: "Вариант ремонта",
  wearDeduction: "С учётом износа",
  sumInsuredType: "Тип страховой суммы",
  installments: "Число платежей",
  switchingFromInsurer: "Переход от другого страховщика",
  telematics: "Телематика",
  program: "Программа",
  policyTermMonths: "Срок полиса, мес.",
  "vehicle.ageMonths": "Возраст автомобиля, мес.",
  "vehicle.isNew": "Новый (куплен у дилера)",
  "vehicle.creditor": "Банк-кредитор",
  allowedDrivers: "Допущено водителей",
  "addOn.sumInsured": "Страховая сумма опции, ₽",
  "addOn.trailer": "С прицепом",
  "driver.age": "Возраст водителя",
  "driver.experienceYears": "Стаж водителя, лет",
  "driver.sex": "Пол водителя",
  "driver.married": "В браке",
  "driver.hasChildren": "Есть дети",
};

export const VALUE_LABELS: Record<string, string> = {
  none: "нет",
  standard: "штатная",
  satellite: "спутниковая",
  street: "улица",
  guarded: "охраняемая стоянка",
  garage: "гараж",
  full: "ущерб и угон",
  damage: "только ущерб",
  theft: "только угон",
  dealer: "у дилера",
  "insurer-garage": "СТОА страховщика",
  "client-garage": "СТОА по выбору клиента",
  "insurer-calculation": "калькуляция страховщика",
  "independent-appraiser": "независимая экспертиза",
  aggregate: "агрегатная",
  "non-aggregate": "неагрегатная",
  fixed: "фиксированная",
  percent: "в процентах",
  fromSecondClaim: "со второго случая",
  male: "мужской",
  female: "женский",
  small: "малый",
  compact: "компактный",
  midsize: "средний",
  executive: "бизнес",
  crossover: "кроссовер",
  suv: "внедорожник",
  van: "минивэн",
};

export const FRANCHISE_TYPE_LABELS: Record<string, string> = { none: "без франшизы", fixed: "фиксированная", percent: "в процентах", fromSecondClaim: "со второго случая" };

export const variableLabel = (v: string) => VARIABLE_LABELS[v as TRatingVariable] ?? v;

export const ALL_VARIABLES: readonly TRatingVariable[] = RATING_VARIABLES;

/** A one-line legend for a key column: what its cells may hold. */
export function variableLegend(v: string): string {
  const values = VARIABLE_VALUES[v as TRatingVariable];
  const kind = variableKind(v);
  if (kind === "boolean") return "да или нет";
  if (values && kind === "text") return values.map((x) => (VALUE_LABELS[String(x)] ? `${String(x)} — ${VALUE_LABELS[String(x)]}` : String(x))).join(", ");
  if (v === "region") return "код из двух цифр или список: 77, 78";
  if (kind === "number") return v === "installments" ? "1, 2 или 4" : "число, список (1, 2) или диапазон: 18–22 (от 18 до 22, не включая 22), ≥ 300, < 200";
  return "значение или список через запятую";
}
