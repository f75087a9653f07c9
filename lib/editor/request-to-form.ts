/**
 * A validated quote request back as the calculator form that stands for it, so that
 * `/?${encodeForm(requestToForm(request))}` opens the calculator on exactly this request
 * (decodeForm → formToRequest → parseQuoteRequest gives the request back). Pure.
 */
import { DEFAULT_FORM, type DriverFields, type FormState, type Tri } from "@/lib/form/form-state";
import type { TDriver, TQuoteRequest } from "@/lib/rating/request-schema";
import { ADD_ON_IDS } from "@/lib/rating/options";

const tri = (value: boolean | undefined): Tri => (value === undefined ? "" : value ? "yes" : "no");

function driverFields(driver: TDriver): DriverFields {
  return {
    age: String(driver.age),
    experience: String(driver.experienceYears),
    sex: driver.sex ?? "",
    married: tri(driver.married),
    children: tri(driver.hasChildren),
  };
}

export function requestToForm(request: TQuoteRequest): FormState {
  const franchise = request.franchise;
  return {
    model: request.vehicle.modelId,
    year: String(request.vehicle.year),
    price: request.vehicle.price,
    power: request.vehicle.powerHp === undefined ? "" : String(request.vehicle.powerHp),
    antiTheft: request.vehicle.antiTheft,
    parking: request.vehicle.parking,
    credit: request.vehicle.credit,
    region: request.region,
    drivers: request.unlimitedDrivers ? [] : request.drivers.map(driverFields),
    unlimited: request.unlimitedDrivers,
    bonusMalus: request.bonusMalusClass,
    coverage: request.coverage,
    franchise: franchise.type,
    // The form keeps both amounts; only the one of the chosen kind is read (and put in the URL).
    franchiseAmount: franchise.type === "fixed" || franchise.type === "fromSecondClaim" ? franchise.amount : DEFAULT_FORM.franchiseAmount,
    franchisePercent: franchise.type === "percent" ? String(franchise.percent) : DEFAULT_FORM.franchisePercent,
    repair: request.repair,
    wear: request.wearDeduction,
    aggregate: request.sumInsuredType === "aggregate",
    installments: String(request.installments),
    start: request.policyStart,
    switching: request.switchingFromInsurer,
    telematics: request.telematics,
    isNew: request.vehicle.isNew,
    creditor: request.vehicle.creditor ?? "",
    allowedDrivers: request.allowedDrivers === undefined ? "" : String(request.allowedDrivers),
    programme: request.program.level ?? "",
    addOns: ADD_ON_IDS.filter((id) => request.addOns.some((a) => a.id === id)),
    dsagoSum: request.addOns.find((a) => a.id === "dsago")?.sumInsured ?? DEFAULT_FORM.dsagoSum,
    dsagoTrailer: request.addOns.find((a) => a.id === "dsago")?.trailer ?? false,
    term: String(request.policyTermMonths),
  };
}
