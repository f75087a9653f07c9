import type { TVehicleModel } from "@/lib/catalog/schema";
import { Decimal, HUNDRED } from "./decimal";
import type { TDriver, TQuoteRequest } from "./request-schema";
import type { TScope } from "./lookup-table";
import { POLICY_VARIABLES, RATING_VARIABLES, VARIABLE_SLOT, type TPolicyVariable } from "./variables";

export type TVariableValue = string | number | boolean | Decimal;
export type TPolicyVariables = Partial<Record<TPolicyVariable, TVariableValue>>;

/** Completed years between the model year and the policy year (a next-year model counts as new). */
export function vehicleAgeYears(modelYear: number, policyStart: string): number {
  return Math.max(0, Number(policyStart.slice(0, 4)) - modelYear);
}

/** Whole months from the first registration to the policy start (the day of the month counts). */
export function vehicleAgeMonths(registeredOn: string, policyStart: string): number {
  const [y1, m1, d1] = registeredOn.split("-").map(Number) as [number, number, number];
  const [y2, m2, d2] = policyStart.split("-").map(Number) as [number, number, number];
  const months = (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
  return Math.max(0, months);
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
    // Set for each book while it is priced (check-options.ts, enterProgramme).
    program: undefined,
    policyTermMonths: request.policyTermMonths,
    "vehicle.ageMonths": request.vehicle.registeredOn === undefined ? undefined : vehicleAgeMonths(request.vehicle.registeredOn, request.policyStart),
    "vehicle.isNew": request.vehicle.isNew,
    "vehicle.creditor": request.vehicle.creditor,
    allowedDrivers: request.allowedDrivers,
    // Set for each add-on while it is priced (check-options.ts, addOnScope).
    "addOn.sumInsured": undefined,
    "addOn.trailer": undefined,
  };
}

/** The policy variables as a scope (driver slots empty). */
export function policyScope(policy: TPolicyVariables): TScope {
  const scope = new Array<TVariableValue | undefined>(RATING_VARIABLES.length).fill(undefined);
  for (let i = 0; i < POLICY_VARIABLES.length; i += 1) scope[POLICY_SLOTS[i]!] = policy[POLICY_VARIABLES[i]!];
  return scope;
}

const POLICY_SLOTS = POLICY_VARIABLES.map((name) => VARIABLE_SLOT[name]);

/** The policy's scope with one named driver's variables filled in. */
export function driverScope(policy: TScope, driver: TDriver): TScope {
  const scope = policy.slice();
  scope[VARIABLE_SLOT["driver.age"]] = driver.age;
  scope[VARIABLE_SLOT["driver.experienceYears"]] = driver.experienceYears;
  scope[VARIABLE_SLOT["driver.sex"]] = driver.sex;
  scope[VARIABLE_SLOT["driver.married"]] = driver.married;
  scope[VARIABLE_SLOT["driver.hasChildren"]] = driver.hasChildren;
  return scope;
}
