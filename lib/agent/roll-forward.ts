// Rolling a quote request forward one year for the renewal: each driver one year older with one
// more year of experience, the policy (and with it the car's age) one year later, the insured
// value the agent confirms (a suggestion comes from `suggestInsuredValue`), and the bonus-malus
// class after the year's claims (`nextBonusMalusClass`). Pure: no clock, the dates are passed in.
// The tables and their sources: docs/decisions/0014-renewals.md.
import { Decimal } from "@/lib/rating/decimal";
import { BONUS_MALUS_CLASSES, REQUEST_LIMITS, type TBonusMalusClass } from "@/lib/rating/options";
import type { TQuoteRequest } from "@/lib/rating/request-schema";

/**
 * The bonus-malus class after one insured year, by the class at its start and the number of
 * claims paid in that year (0, 1, 2, 3, 4 or more) — the class transition table of the Bank of
 * Russia's OSAGO tariff directive (No. 3384-U of 19.09.2014, kept unchanged in No. 4190-U of
 * 04.12.2016, annex 2, in force until 2022), the same "M, 0…13" scale the request uses.
 */
export const BONUS_MALUS_TRANSITIONS: Readonly<Record<TBonusMalusClass, readonly [TBonusMalusClass, TBonusMalusClass, TBonusMalusClass, TBonusMalusClass, TBonusMalusClass]>> = {
  M: ["0", "M", "M", "M", "M"],
  "0": ["1", "M", "M", "M", "M"],
  "1": ["2", "M", "M", "M", "M"],
  "2": ["3", "1", "M", "M", "M"],
  "3": ["4", "1", "M", "M", "M"],
  "4": ["5", "2", "1", "M", "M"],
  "5": ["6", "3", "1", "M", "M"],
  "6": ["7", "4", "2", "M", "M"],
  "7": ["8", "4", "2", "M", "M"],
  "8": ["9", "5", "2", "M", "M"],
  "9": ["10", "5", "2", "1", "M"],
  "10": ["11", "6", "3", "1", "M"],
  "11": ["12", "6", "3", "1", "M"],
  "12": ["13", "6", "3", "1", "M"],
  "13": ["13", "7", "3", "1", "M"],
};

/** The class for next year: one step better without claims, else by the transition table. */
export function nextBonusMalusClass(current: TBonusMalusClass, claims: number): TBonusMalusClass {
  if (!Number.isInteger(claims) || claims < 0) throw new RangeError("claims must be a whole number ≥ 0");
  return BONUS_MALUS_TRANSITIONS[current][Math.min(claims, 4)]!;
}

/**
 * Insurer-neutral yearly depreciation of a car's market value by its age at the start of the
 * year being depreciated: 20 % in its first year, 15 % in its second, 10 % a year after that.
 * An assumption, not any insurer's rule (each insurer applies its own norms when it pays); the
 * agent confirms or changes the suggested value.
 */
export const DEPRECIATION_BY_AGE: readonly { fromAge: number; rate: string }[] = [
  { fromAge: 0, rate: "0.20" },
  { fromAge: 1, rate: "0.15" },
  { fromAge: 2, rate: "0.10" },
];

/** Completed years between the model year and the date's year (a next-year model counts as new). */
function ageOn(modelYear: number, date: string): number {
  return Math.max(0, Number(date.slice(0, 4)) - modelYear);
}

/**
 * Last year's insured value depreciated by one year at the car's age on last year's policy
 * start, rounded down to whole thousands of rubles, never below the product's minimum price.
 */
export function suggestInsuredValue(lastValue: string, modelYear: number, lastPolicyStart: string): string {
  const age = ageOn(modelYear, lastPolicyStart);
  const rate = [...DEPRECIATION_BY_AGE].reverse().find((d) => age >= d.fromAge)!.rate;
  const value = new Decimal(lastValue).times(new Decimal(1).minus(rate)).dividedBy(1000).floor().times(1000);
  return Decimal.max(value, REQUEST_LIMITS.minPrice).toFixed(0);
}

/** The day after `date` one year later (YYYY-MM-DD), 29 February → 28 February (or 29 if leap). */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y + years, m - 1, 1));
  const lastDay = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

export interface RollForwardInput {
  /** The new policy's first day (the day after last year's policy ends). */
  policyStart: string;
  /** The insured value the agent confirmed, rubles as a string. */
  insuredValue: string;
  /** Claims paid under last year's policy. */
  claims: number;
}

/**
 * Last year's request, one year on. Drivers above the product's oldest age stay at it; the
 * result is a request input, to be checked by `parseQuoteRequest` like any other (a value the
 * agent typed that is out of range comes back as that field's error).
 */
export function rollForward(last: TQuoteRequest, input: RollForwardInput): TQuoteRequest {
  return {
    ...last,
    policyStart: input.policyStart,
    vehicle: { ...last.vehicle, price: input.insuredValue },
    drivers: last.drivers.map((d) => ({
      ...d,
      age: Math.min(d.age + 1, REQUEST_LIMITS.maxDriverAge),
      experienceYears: Math.min(d.experienceYears + 1, Math.min(d.age + 1, REQUEST_LIMITS.maxDriverAge) - REQUEST_LIMITS.earliestLicenceAge),
    })),
    bonusMalusClass: nextBonusMalusClass(last.bonusMalusClass, input.claims),
  };
}

export { BONUS_MALUS_CLASSES };
