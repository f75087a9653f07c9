/**
 * The rating variables a rate book's tables may look up. Tables name them as keys; the
 * engine derives their values from the request and the catalog (see derive-variables.ts).
 * Adding a table over these needs data only; a new variable needs a line here and there.
 */
export const POLICY_VARIABLES = [
  "vehicle.modelId",
  "vehicle.make",
  "vehicle.class",
  "vehicle.theftRiskGroup",
  "vehicle.ageYears",
  "vehicle.price",
  "vehicle.powerHp",
  "vehicle.antiTheft",
  "vehicle.parking",
  "vehicle.credit",
  "drivers.count",
  "unlimitedDrivers",
  "bonusMalusClass",
  "region",
  "coverage",
  "franchise.type",
  "franchise.amount",
  "franchise.percent",
  "repair",
  "wearDeduction",
  "sumInsuredType",
  "installments",
  "switchingFromInsurer",
  "telematics",
  // Version 2 (docs/decisions/0021-rate-book-programmes-and-add-ons.md): the chosen programme, the policy's term, the car's age in
  // months from its registration date, bought new, the creditor bank, a number of drivers
  // allowed, and an add-on's own options (set only while that add-on is priced).
  "program",
  "policyTermMonths",
  "vehicle.ageMonths",
  "vehicle.isNew",
  "vehicle.creditor",
  "allowedDrivers",
  "addOn.sumInsured",
  "addOn.trailer",
] as const;

/** Variables of one named driver: tables over them are evaluated per driver, the worst driver decides. */
export const DRIVER_VARIABLES = ["driver.age", "driver.experienceYears", "driver.sex", "driver.married", "driver.hasChildren"] as const;

export const RATING_VARIABLES = [...POLICY_VARIABLES, ...DRIVER_VARIABLES] as const;
export type TPolicyVariable = (typeof POLICY_VARIABLES)[number];
export type TDriverVariable = (typeof DRIVER_VARIABLES)[number];
export type TRatingVariable = (typeof RATING_VARIABLES)[number];

/** Variables compared as numbers (ranges allowed); the rest are compared as exact values. */
export const NUMERIC_VARIABLES: ReadonlySet<TRatingVariable> = new Set<TRatingVariable>([
  "vehicle.theftRiskGroup",
  "vehicle.ageYears",
  "vehicle.price",
  "vehicle.powerHp",
  "drivers.count",
  "franchise.amount",
  "franchise.percent",
  "installments",
  "policyTermMonths",
  "vehicle.ageMonths",
  "allowedDrivers",
  "addOn.sumInsured",
  "driver.age",
  "driver.experienceYears",
]);

/** Each variable's position in a scope: the engine keeps a request's values in an array, indexed by these. */
export const VARIABLE_SLOT: Readonly<Record<TRatingVariable, number>> = Object.fromEntries(RATING_VARIABLES.map((name, i) => [name, i])) as Record<TRatingVariable, number>;

export function isDriverVariable(name: TRatingVariable): name is TDriverVariable {
  return name.startsWith("driver.");
}
