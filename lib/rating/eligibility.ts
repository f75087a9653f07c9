import type { CompiledRateBook } from "./compile-rate-book";
import type { Decimal } from "./decimal";
import type { TPolicyVariables } from "./derive-variables";
import { testsHold, type TScope } from "./lookup-table";
import type { TQuoteRequest } from "./request-schema";
import { DeclineCode, type DeclineReason } from "./result-types";

function reason(code: string, ru: string, en: string): DeclineReason {
  return { code, message: { ru, en } };
}

/** Every reason this insurer's rate book gives for declining the request (empty when it quotes). */
export function checkEligibility(book: CompiledRateBook, request: TQuoteRequest, vars: TPolicyVariables, policyScope: TScope, driverScopes: readonly TScope[]): DeclineReason[] {
  const e = book.source.eligibility;
  const reasons: DeclineReason[] = [];
  const age = vars["vehicle.ageYears"] as number;
  if (age > e.maxVehicleAgeYears) {
    reasons.push(reason(DeclineCode.VehicleTooOld, `Страхует автомобили не старше ${e.maxVehicleAgeYears} лет (этому ${age})`, `Insures cars up to ${e.maxVehicleAgeYears} years old (this one is ${age})`));
  }
  for (let i = 0; i < request.drivers.length; i += 1) {
    const d = request.drivers[i]!;
    const n = i + 1;
    if (d.age < e.minDriverAge) {
      reasons.push(reason(DeclineCode.DriverTooYoung, `Водитель ${n}: минимальный возраст ${e.minDriverAge} лет`, `Driver ${n}: minimum age is ${e.minDriverAge}`));
    }
    if (e.maxDriverAge !== undefined && d.age > e.maxDriverAge) {
      reasons.push(reason(DeclineCode.DriverTooOld, `Водитель ${n}: максимальный возраст ${e.maxDriverAge} лет`, `Driver ${n}: maximum age is ${e.maxDriverAge}`));
    }
    if (d.experienceYears < e.minDriverExperienceYears) {
      reasons.push(reason(DeclineCode.DriverTooInexperienced, `Водитель ${n}: нужен стаж от ${e.minDriverExperienceYears} лет`, `Driver ${n}: at least ${e.minDriverExperienceYears} years' experience required`));
    }
  }
  const price = vars["vehicle.price"] as Decimal;
  if (book.minPrice && book.minPrice.gt(price)) {
    reasons.push(reason(DeclineCode.PriceTooLow, `Минимальная стоимость автомобиля ${book.minPrice.toFixed()} ₽`, `Minimum car value is ${book.minPrice.toFixed()} RUB`));
  }
  if (book.maxPrice && book.maxPrice.lt(price)) {
    reasons.push(reason(DeclineCode.PriceTooHigh, `Максимальная стоимость автомобиля ${book.maxPrice.toFixed()} ₽`, `Maximum car value is ${book.maxPrice.toFixed()} RUB`));
  }
  if (book.regionsServed && !book.regionsServed.has(request.region)) {
    reasons.push(reason(DeclineCode.RegionNotServed, "Не работает в этом регионе", "Does not operate in this region"));
  }
  if (!e.coverages.includes(request.coverage)) {
    reasons.push(reason(DeclineCode.CoverageNotOffered, "Не предлагает такой вариант покрытия", "Does not offer this coverage"));
  }
  if (!e.repairOptions.includes(request.repair)) {
    reasons.push(reason(DeclineCode.RepairNotOffered, "Не предлагает такой вариант ремонта", "Does not offer this repair option"));
  }
  if (!e.franchiseTypes.includes(request.franchise.type)) {
    reasons.push(reason(DeclineCode.FranchiseNotOffered, "Не предлагает такой вид франшизы", "Does not offer this kind of franchise"));
  }
  if (!e.installments.includes(request.installments)) {
    reasons.push(reason(DeclineCode.InstallmentsNotOffered, `Не принимает оплату в ${request.installments} платежа`, `Does not accept payment in ${request.installments} instalments`));
  }
  if (request.unlimitedDrivers && !e.unlimitedDrivers) {
    reasons.push(reason(DeclineCode.UnlimitedDriversNotOffered, "Не страхует без ограничения списка водителей", "Does not offer unlimited-driver policies"));
  }
  // A rule over driver variables declines when any one driver meets all its conditions.
  const scopes: readonly TScope[] = book.declineWhenPerDriver && driverScopes.length > 0 ? driverScopes : [policyScope];
  for (const rule of book.declineWhen) {
    if (scopes.some((scope) => testsHold(rule.tests, scope))) reasons.push({ code: rule.code, message: rule.reason });
  }
  return reasons;
}
