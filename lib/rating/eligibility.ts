import type { CompiledRateBook, CompiledTests } from "./compile-rate-book";
import type { Decimal } from "./decimal";
import type { TPolicyVariables } from "./derive-variables";
import { testsHold, type TScope } from "./lookup-table";
import type { TQuoteRequest } from "./request-schema";
import { DECLINE_MESSAGES as M } from "./messages";
import { DeclineCode, type DeclineReason, type TLabel } from "./result-types";

function reason(code: string, message: TLabel): DeclineReason {
  return { code, message };
}

/** Every reason this insurer's rate book gives for declining the request (empty when it quotes). */
export function checkEligibility(book: CompiledRateBook, request: TQuoteRequest, vars: TPolicyVariables, policyScope: TScope, driverScopes: readonly TScope[]): DeclineReason[] {
  const e = book.source.eligibility;
  const reasons: DeclineReason[] = [];
  const age = vars["vehicle.ageYears"] as number;
  if (age > e.maxVehicleAgeYears) {
    reasons.push(reason(DeclineCode.VehicleTooOld, M.vehicleTooOld(e.maxVehicleAgeYears, age)));
  }
  for (let i = 0; i < request.drivers.length; i += 1) {
    const d = request.drivers[i]!;
    const n = i + 1;
    if (d.age < e.minDriverAge) {
      reasons.push(reason(DeclineCode.DriverTooYoung, M.driverTooYoung(n, e.minDriverAge)));
    }
    if (e.maxDriverAge !== undefined && d.age > e.maxDriverAge) {
      reasons.push(reason(DeclineCode.DriverTooOld, M.driverTooOld(n, e.maxDriverAge)));
    }
    if (d.experienceYears < e.minDriverExperienceYears) {
      reasons.push(reason(DeclineCode.DriverTooInexperienced, M.driverTooInexperienced(n, e.minDriverExperienceYears)));
    }
  }
  const price = vars["vehicle.price"] as Decimal;
  if (book.minPrice && book.minPrice.gt(price)) {
    reasons.push(reason(DeclineCode.PriceTooLow, M.priceTooLow(book.minPrice.toFixed())));
  }
  if (book.maxPrice && book.maxPrice.lt(price)) {
    reasons.push(reason(DeclineCode.PriceTooHigh, M.priceTooHigh(book.maxPrice.toFixed())));
  }
  if (book.regionsServed && !book.regionsServed.has(request.region)) {
    reasons.push(reason(DeclineCode.RegionNotServed, M.regionNotServed));
  }
  if (!e.coverages.includes(request.coverage)) {
    reasons.push(reason(DeclineCode.CoverageNotOffered, M.coverageNotOffered));
  }
  if (!e.repairOptions.includes(request.repair)) {
    reasons.push(reason(DeclineCode.RepairNotOffered, M.repairNotOffered));
  }
  if (!e.franchiseTypes.includes(request.franchise.type)) {
    reasons.push(reason(DeclineCode.FranchiseNotOffered, M.franchiseNotOffered));
  }
  if (!e.installments.includes(request.installments)) {
    reasons.push(reason(DeclineCode.InstallmentsNotOffered, M.installmentsNotOffered(request.installments)));
  }
  if (request.unlimitedDrivers && !e.unlimitedDrivers) {
    reasons.push(reason(DeclineCode.UnlimitedDriversNotOffered, M.unlimitedDriversNotOffered));
  }
  // A rule over driver variables declines when any one driver meets all its conditions.
  const perDriver = book.declineWhenPerDriver && driverScopes.length > 0;
  for (const rule of book.declineWhen) {
    if (perDriver ? anyHolds(rule.tests, driverScopes) : testsHold(rule.tests, policyScope)) reasons.push({ code: rule.code, message: rule.reason });
  }
  return reasons;
}

function anyHolds(tests: CompiledTests, scopes: readonly TScope[]): boolean {
  for (let i = 0; i < scopes.length; i += 1) if (testsHold(tests, scopes[i]!)) return true;
  return false;
}
