// The request's option lists and product limits, free of zod and decimal.js so that browser
// code (the calculator form) can use them without shipping the validation library.

/** Limits of the product itself (not of any one insurer). */
export const REQUEST_LIMITS = {
  maxNamedDrivers: 5,
  minDriverAge: 18,
  maxDriverAge: 99,
  /** Experience may start at 16 at the earliest (licence categories A1/M). */
  earliestLicenceAge: 16,
  minPrice: "10000",
  maxPrice: "200000000",
  minYear: 1980,
  minPowerHp: 20,
  maxPowerHp: 1500,
  maxFranchisePercent: 50,
} as const;

export const ANTI_THEFT = ["none", "standard", "satellite"] as const;
export const PARKING = ["street", "guarded", "garage"] as const;
export const SEXES = ["male", "female"] as const;
export const BONUS_MALUS_CLASSES = ["M", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13"] as const;
export const COVERAGES = ["full", "damage", "theft"] as const;
export const REPAIR_OPTIONS = ["dealer", "insurer-garage", "client-garage", "insurer-calculation", "independent-appraiser"] as const;
export const SUM_INSURED_TYPES = ["aggregate", "non-aggregate"] as const;
export const INSTALLMENTS = [1, 2, 4] as const;
export const FRANCHISE_TYPES = ["none", "fixed", "percent", "fromSecondClaim"] as const;

export type TAntiTheft = (typeof ANTI_THEFT)[number];
export type TParking = (typeof PARKING)[number];
export type TCoverage = (typeof COVERAGES)[number];
export type TRepair = (typeof REPAIR_OPTIONS)[number];
export type TBonusMalusClass = (typeof BONUS_MALUS_CLASSES)[number];

