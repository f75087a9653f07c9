import * as z from "zod";
import type { Catalog } from "@/lib/catalog";
import { Decimal } from "./decimal";

export * from "./options";
import { ANTI_THEFT, BONUS_MALUS_CLASSES, COVERAGES, PARKING, REPAIR_OPTIONS, REQUEST_LIMITS, SEXES, SUM_INSURED_TYPES } from "./options";

const MONEY_PATTERN = /^\d{1,12}(\.\d{1,2})?$/;

/** A ruble amount given as a JSON number or a decimal string; at most two decimals. Output: a string. */
const ZMoney = z
  .union([z.number(), z.string()], { error: "must be an amount in rubles, e.g. 1200000 or \"1200000.50\"" })
  .transform((value, ctx) => {
    const text = typeof value === "number" ? (Number.isFinite(value) ? String(value) : "NaN") : value.trim();
    if (!MONEY_PATTERN.test(text)) {
      ctx.addIssue({ code: "custom", message: "must be a non-negative amount in rubles with at most two decimals" });
      return z.NEVER;
    }
    return new Decimal(text).toFixed();
  });

function moneyBetween(min: string, max: string, what: string) {
  const [least, most] = [new Decimal(min), new Decimal(max)];
  return ZMoney.superRefine((value, ctx) => {
    const amount = new Decimal(value);
    if (amount.lt(least)) ctx.addIssue({ code: "custom", message: `${what} must be at least ${min} RUB` });
    if (amount.gt(most)) ctx.addIssue({ code: "custom", message: `${what} must not exceed ${max} RUB` });
  });
}

const ZIsoDate = z.iso.date({ error: "must be a date in the form YYYY-MM-DD" }).refine((s) => s >= "2000-01-01" && s <= "2100-12-31", {
  error: "must be between 2000-01-01 and 2100-12-31",
});

export const ZDriver = z.strictObject({
  age: z.int({ error: "must be a whole number of years" }).min(REQUEST_LIMITS.minDriverAge, { error: `drivers must be at least ${REQUEST_LIMITS.minDriverAge}` }).max(REQUEST_LIMITS.maxDriverAge),
  experienceYears: z.int({ error: "must be a whole number of years" }).min(0, { error: "must not be negative" }).max(REQUEST_LIMITS.maxDriverAge - REQUEST_LIMITS.earliestLicenceAge),
  sex: z.enum(SEXES).optional(),
  married: z.boolean().optional(),
  hasChildren: z.boolean().optional(),
})
  // Checked on the driver itself, so it is reported together with errors in other fields.
  .superRefine((driver, ctx) => {
    const most = driver.age - REQUEST_LIMITS.earliestLicenceAge;
    if (driver.experienceYears > most) {
      ctx.addIssue({ code: "custom", path: ["experienceYears"], message: `a ${driver.age}-year-old can have at most ${most} years' experience` });
    }
  });

export const ZFranchise = z.discriminatedUnion(
  "type",
  [
    z.strictObject({ type: z.literal("none") }),
    z.strictObject({ type: z.literal("fixed"), amount: moneyBetween("1", "10000000", "the franchise") }),
    z.strictObject({
      type: z.literal("percent"),
      percent: z.number().positive({ error: "must be greater than 0" }).max(REQUEST_LIMITS.maxFranchisePercent).multipleOf(0.01, { error: "at most two decimals" }),
    }),
    z.strictObject({ type: z.literal("fromSecondClaim"), amount: moneyBetween("1", "10000000", "the franchise") }),
  ],
  { error: "must be one of: none, fixed, percent, fromSecondClaim" },
);

/** The input shape, before the cross-field checks. Exported for JSON Schema. */
export function createBaseQuoteRequestSchema(catalog: Catalog) {
  const modelIds = [...catalog.models.keys()] as [string, ...string[]];
  const regionCodes = [...catalog.regions.keys()] as [string, ...string[]];
  return z.strictObject({
    policyStart: ZIsoDate.optional().describe("Policy start date; today when omitted."),
    region: z.enum(regionCodes, { error: "unknown region code (two digits, e.g. \"38\")" }),
    vehicle: z.strictObject({
      modelId: z.enum(modelIds, { error: "unknown model; see GET /api/v1/catalog" }),
      year: z.int({ error: "must be a year, e.g. 2024" }).min(REQUEST_LIMITS.minYear).max(2101),
      price: moneyBetween(REQUEST_LIMITS.minPrice, REQUEST_LIMITS.maxPrice, "the price"),
      powerHp: z.int({ error: "must be whole horsepower" }).min(REQUEST_LIMITS.minPowerHp).max(REQUEST_LIMITS.maxPowerHp).optional(),
      antiTheft: z.enum(ANTI_THEFT).default("standard"),
      parking: z.enum(PARKING).default("street"),
      credit: z.boolean().default(false),
    }),
    drivers: z.array(ZDriver).max(REQUEST_LIMITS.maxNamedDrivers, { error: `at most ${REQUEST_LIMITS.maxNamedDrivers} named drivers; choose unlimited drivers instead` }).default([]),
    unlimitedDrivers: z.boolean().default(false),
    bonusMalusClass: z.enum(BONUS_MALUS_CLASSES, { error: "must be \"M\" or \"0\"…\"13\"" }).default("3"),
    coverage: z.enum(COVERAGES).default("full"),
    franchise: ZFranchise.default({ type: "none" }),
    repair: z.enum(REPAIR_OPTIONS).default("dealer"),
    wearDeduction: z.boolean().default(false),
    sumInsuredType: z.enum(SUM_INSURED_TYPES).default("non-aggregate"),
    installments: z.union([z.literal(1), z.literal(2), z.literal(4)], { error: "must be 1, 2 or 4" }).default(1),
    switchingFromInsurer: z.boolean().default(false),
    telematics: z.boolean().default(false),
  });
}

/**
 * The quote request schema: one schema for the form, the API and the CLI.
 * `today` (YYYY-MM-DD) is the default policy start; the caller owns the clock.
 */
export function createQuoteRequestSchema(catalog: Catalog, today: string) {
  return createBaseQuoteRequestSchema(catalog)
    .superRefine((req, ctx) => {
      const policyYear = Number((req.policyStart ?? today).slice(0, 4));
      if (req.vehicle.year > policyYear + 1) {
        ctx.addIssue({ code: "custom", path: ["vehicle", "year"], message: `must not be later than ${policyYear + 1} (the policy year + 1)` });
      }
      if (req.unlimitedDrivers && req.drivers.length > 0) {
        ctx.addIssue({ code: "custom", path: ["drivers"], message: "leave the driver list empty when unlimited drivers is chosen" });
      }
      if (!req.unlimitedDrivers && req.drivers.length === 0) {
        ctx.addIssue({ code: "custom", path: ["drivers"], message: "add at least one driver, or choose unlimited drivers" });
      }
      const franchise = req.franchise;
      if ((franchise.type === "fixed" || franchise.type === "fromSecondClaim") && new Decimal(franchise.amount).gte(req.vehicle.price)) {
        ctx.addIssue({ code: "custom", path: ["franchise", "amount"], message: "the franchise must be smaller than the car's price" });
      }
    })
    .transform((req) => ({ ...req, policyStart: req.policyStart ?? today }));
}

export type TQuoteRequestInput = z.input<ReturnType<typeof createBaseQuoteRequestSchema>>;
export type TQuoteRequest = z.output<ReturnType<typeof createQuoteRequestSchema>>;
export type TDriver = z.output<typeof ZDriver>;
export type TFranchise = z.output<typeof ZFranchise>;
