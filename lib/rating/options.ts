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
  /** The latest model year taken at all (the policy year + 1 is checked across fields). */
  maxYear: 2101,
  minPowerHp: 20,
  maxPowerHp: 1500,
  maxFranchisePercent: 50,
  /** A fixed franchise, in rubles. */
  minFranchise: "1",
  maxFranchise: "10000000",
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
/** Instalment counts a request may ask for and a version-2 rate book may offer (each book lists its own). */
export const INSTALLMENT_COUNTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;
/** Policy terms in months a request may ask for; 12 is the annual policy every book offers. */
export const POLICY_TERM_MONTHS = { min: 1, max: 12, annual: 12 } as const;
/** How many drivers a request may allow by number (`allowedDrivers`) instead of naming them. */
export const MAX_ALLOWED_DRIVERS = 10;
/** Programme levels a request may prefer: the full programme, a budget one, a mini (flat-rate) one. */
export const PROGRAMME_LEVELS = ["full", "budget", "mini"] as const;
/**
 * Risks a programme may cover. `damage` and `theft` are the two priced components; the others say
 * what a programme's damage cover includes, so programmes can be compared by what they cover.
 */
export const RISKS = ["damage", "theft", "total-loss", "road-accident", "third-party-acts", "natural-hazards", "fire", "falling-objects", "glass"] as const;
/**
 * Add-ons a request may choose, by one code shared by every insurer (so "GAP" means the same
 * thing for all): GAP, ДСАГО (extra third-party liability), passenger accident cover,
 * evacuation, emergency commissioner, glass without police certificates.
 */
export const ADD_ON_IDS = ["gap", "dsago", "accident", "evacuation", "commissioner", "glass"] as const;

export type TProgrammeLevel = (typeof PROGRAMME_LEVELS)[number];
export type TRisk = (typeof RISKS)[number];
export type TAddOnId = (typeof ADD_ON_IDS)[number];

export type TAntiTheft = (typeof ANTI_THEFT)[number];
export type TParking = (typeof PARKING)[number];
export type TCoverage = (typeof COVERAGES)[number];
export type TRepair = (typeof REPAIR_OPTIONS)[number];
export type TBonusMalusClass = (typeof BONUS_MALUS_CLASSES)[number];

