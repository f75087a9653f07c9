import type { TVehicleModel } from "@/lib/catalog/schema";
import { Decimal, HUNDRED } from "./decimal";
import type { TDriver, TQuoteRequest } from "./request-schema";
import type { TDriverVariable, TPolicyVariable } from "./variables";

export type TVariableValue = string | number | boolean | Decimal;
export type TPolicyVariables = Partial<Record<TPolicyVariable, TVariableValue>>;
export type TDriverVariables = Partial<Record<TDriverVariable, TVariableValue>>;

/** Completed years between the model year and the policy year (a next-year model counts as new). */
export function vehicleAgeYears(modelYear: number, policyStart: string): number {
  return Math.max(0, Number(policyStart.slice(0, 4)) - modelYear);
}

/** The policy-level rating variables of a validated request. */
export function derivePolicyVariables(request: TQuoteRequest, model: TVehicleModel): TPolicyVariables {
  const price = new Decimal(request.vehicle.price);
  const franchise = request.franchise;
  let franchiseAmount = new Decimal(0);
  let franchisePercent = new Decimal(0);
  if (franchise.type === "fixed" || franchise.type === "fromSecondClaim") {
    franchiseAmount = new Decimal(franchise.amount);
    franchisePercent = franchiseAmount.div(price).times(HUNDRED);
  } else if (franchise.type === "percent") {
    franchisePercent = new Decimal(franchise.percent);
    franchiseAmount = price.times(franchisePercent).div(HUNDRED);
  }
  return {
    "vehicle.modelId": model.id,
    "vehicle.make": model.make,
    "vehicle.class": model.class,
    "vehicle.theftRiskGroup": model.theftRiskGroup,
    "vehicle.ageYears": vehicleAgeYears(request.vehicle.year, request.policyStart),
    "vehicle.price": price,
    "vehicle.powerHp": request.vehicle.powerHp ?? model.defaultPowerHp,
    "vehicle.antiTheft": request.vehicle.antiTheft,
    "vehicle.parking": request.vehicle.parking,
    "vehicle.credit": request.vehicle.credit,
    "drivers.count": request.drivers.length,
    unlimitedDrivers: request.unlimitedDrivers,
    bonusMalusClass: request.bonusMalusClass,
    region: request.region,
    coverage: request.coverage,
    "franchise.type": franchise.type,
    "franchise.amount": franchiseAmount,
    "franchise.percent": franchisePercent,
    repair: request.repair,
    wearDeduction: request.wearDeduction,
    sumInsuredType: request.sumInsuredType,
    installments: request.installments,
    switchingFromInsurer: request.switchingFromInsurer,
    telematics: request.telematics,
  };
}

/** The rating variables of one named driver; omitted answers stay absent so no factor applies. */
export function deriveDriverVariables(driver: TDriver): TDriverVariables {
  const vars: TDriverVariables = { "driver.age": driver.age, "driver.experienceYears": driver.experienceYears };
  if (driver.sex !== undefined) vars["driver.sex"] = driver.sex;
  if (driver.married !== undefined) vars["driver.married"] = driver.married;
  if (driver.hasChildren !== undefined) vars["driver.hasChildren"] = driver.hasChildren;
  return vars;
}
