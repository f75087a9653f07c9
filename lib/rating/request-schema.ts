import * as z from "zod";
import type { Catalog } from "@/lib/catalog";
import { Decimal } from "./decimal";

export * from "./options";
export * from "./schema-limits";
import { ADD_ON_IDS, ANTI_THEFT, BONUS_MALUS_CLASSES, COVERAGES, MAX_ALLOWED_DRIVERS, PARKING, POLICY_TERM_MONTHS, PROGRAMME_LEVELS, REPAIR_OPTIONS, REQUEST_LIMITS, SEXES, SUM_INSURED_TYPES } from "./options";
import { ID_PATTERN, MONEY_PATTERN, SCHEMA_LIMITS } from "./schema-limits";

// Every bound below comes from REQUEST_LIMITS and the patterns in options.ts, which the quick
// path for plain requests (quick-request.ts) reads too: the two cannot drift apart.

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

const { earliestDate, latestDate } = SCHEMA_LIMITS;
export const ZIsoDate = z.iso.date({ error: "must be a date in the form YYYY-MM-DD" }).refine((s) => s >= earliestDate && s <= latestDate, {
  error: `must be between ${earliestDate} and ${latestDate}`,
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

/** A percent franchise's percent of the price. */
export const ZFranchisePercent = z.number().positive({ error: "must be greater than 0" }).max(REQUEST_LIMITS.maxFranchisePercent).multipleOf(0.01, { error: "at most two decimals" });

export const ZFranchise = z.discriminatedUnion(
  "type",
  [
    z.strictObject({ type: z.literal("none") }),
    z.strictObject({ type: z.literal("fixed"), amount: moneyBetween(REQUEST_LIMITS.minFranchise, REQUEST_LIMITS.maxFranchise, "the franchise") }),
    z.strictObject({
      type: z.literal("percent"),
      percent: ZFranchisePercent,
    }),
    z.strictObject({ type: z.literal("fromSecondClaim"), amount: moneyBetween(REQUEST_LIMITS.minFranchise, REQUEST_LIMITS.maxFranchise, "the franchise") }),
  ],
  { error: "must be one of: none, fixed, percent, fromSecondClaim" },
);

const ZId = z.string().max(SCHEMA_LIMITS.maxIdLength, { error: `must be at most ${SCHEMA_LIMITS.maxIdLength} characters long` }).regex(ID_PATTERN, { error: "must be lowercase letters, digits and hyphens" });

/**
 * An add-on chosen for every insurer, by its shared code ("gap"), or with its own options:
 * `{ "id": "dsago", "sumInsured": 1500000, "trailer": false }`. Output: always the object.
 */
export const ZAddOnChoice = z
  .union(
    [
      z.enum(ADD_ON_IDS),
      z.strictObject({
        id: z.enum(ADD_ON_IDS, { error: `must be one of: ${ADD_ON_IDS.join(", ")}` }),
        sumInsured: moneyBetween(SCHEMA_LIMITS.minAddOnSumInsured, SCHEMA_LIMITS.maxAddOnSumInsured, "the add-on's sum insured").optional(),
        trailer: z.boolean().optional(),
      }),
    ],
    { error: `must be one of: ${ADD_ON_IDS.join(", ")}, or { "id": …, "sumInsured": …, "trailer": … }` },
  )
  .transform((choice) => (typeof choice === "string" ? { id: choice } : choice));

/**
 * Which programme each insurer prices: by default the one closest to full cover (most risks);
 * `level` asks every insurer for its fullest programme of that level; `byInsurer` names one
 * insurer's programme (to compare one insurer's programmes). An insurer without it declines.
 */
export const ZProgrammeChoice = z.strictObject({
  level: z.enum(PROGRAMME_LEVELS, { error: `must be one of: ${PROGRAMME_LEVELS.join(", ")}` }).optional(),
  byInsurer: z.record(ZId, ZId).refine((m) => Object.keys(m).length <= 50, { error: "at most 50 insurers" }).optional(),
});

/** The input shape, before the cross-field checks. Exported for JSON Schema. */
export function createBaseQuoteRequestSchema(catalog: Catalog) {
  const modelIds = [...catalog.models.keys()] as [string, ...string[]];
  const regionCodes = [...catalog.regions.keys()] as [string, ...string[]];
  return z.strictObject({
    policyStart: ZIsoDate.optional().describe("Policy start date; today when omitted."),
    region: z.enum(regionCodes, { error: "unknown region code (two digits, e.g. \"38\")" }),
    vehicle: z.strictObject({
      modelId: z.enum(modelIds, { error: "unknown model; see GET /api/v1/catalog" }),
      year: z.int({ error: "must be a year, e.g. 2024" }).min(REQUEST_LIMITS.minYear).max(REQUEST_LIMITS.maxYear),
      price: moneyBetween(REQUEST_LIMITS.minPrice, REQUEST_LIMITS.maxPrice, "the price"),
      powerHp: z.int({ error: "must be whole horsepower" }).min(REQUEST_LIMITS.minPowerHp).max(REQUEST_LIMITS.maxPowerHp).optional(),
      antiTheft: z.enum(ANTI_THEFT).default("standard"),
      parking: z.enum(PARKING).default("street"),
      credit: z.boolean().default(false),
      /** Which bank holds the loan (a book may price or restrict by it); only with credit. */
      creditor: ZId.optional(),
      /** Bought new from a dealer (a book says within which window, e.g. `vehicle.ageMonths`). */
      isNew: z.boolean().default(false),
      /** The first registration date: the car's age in months (`vehicle.ageMonths`) where a book needs it. */
      registeredOn: ZIsoDate.optional(),
    }),
    drivers: z.array(ZDriver).max(REQUEST_LIMITS.maxNamedDrivers, { error: `at most ${REQUEST_LIMITS.maxNamedDrivers} named drivers; choose unlimited drivers instead` }).default([]),
    unlimitedDrivers: z.boolean().default(false),
    /** How many drivers are allowed, where a book prices a number of drivers rather than the named list. */
    allowedDrivers: z.int({ error: "must be a whole number of drivers" }).min(1, { error: "must be at least 1" }).max(MAX_ALLOWED_DRIVERS, { error: `must be at most ${MAX_ALLOWED_DRIVERS}` }).optional(),
    bonusMalusClass: z.enum(BONUS_MALUS_CLASSES, { error: "must be \"M\" or \"0\"…\"13\"" }).default("3"),
    coverage: z.enum(COVERAGES).default("full"),
    franchise: ZFranchise.default({ type: "none" }),
    repair: z.enum(REPAIR_OPTIONS).default("dealer"),
    wearDeduction: z.boolean().default(false),
    sumInsuredType: z.enum(SUM_INSURED_TYPES).default("non-aggregate"),
    installments: z
      .int({ error: `must be a whole number of payments from 1 to ${SCHEMA_LIMITS.maxInstallments}` })
      .min(1, { error: `must be from 1 to ${SCHEMA_LIMITS.maxInstallments}` })
      .max(SCHEMA_LIMITS.maxInstallments, { error: `must be from 1 to ${SCHEMA_LIMITS.maxInstallments}` })
      .default(1),
    policyTermMonths: z
      .int({ error: "must be a whole number of months from 1 to 12" })
      .min(POLICY_TERM_MONTHS.min, { error: "must be from 1 to 12 months" })
      .max(POLICY_TERM_MONTHS.max, { error: "must be from 1 to 12 months" })
      .default(POLICY_TERM_MONTHS.annual),
    program: ZProgrammeChoice.default({}),
    addOns: z.array(ZAddOnChoice).max(ADD_ON_IDS.length, { error: `at most ${ADD_ON_IDS.length} add-ons` }).default([]),
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
      if (req.allowedDrivers !== undefined && req.unlimitedDrivers) {
        ctx.addIssue({ code: "custom", path: ["allowedDrivers"], message: "leave out the number of drivers when unlimited drivers is chosen" });
      }
      if (req.allowedDrivers !== undefined && req.allowedDrivers < req.drivers.length) {
        ctx.addIssue({ code: "custom", path: ["allowedDrivers"], message: `must be at least the number of named drivers (${req.drivers.length})` });
      }
      if (req.vehicle.creditor !== undefined && !req.vehicle.credit) {
        ctx.addIssue({ code: "custom", path: ["vehicle", "creditor"], message: "a creditor is given only for a car bought on credit (credit: true)" });
      }
      if (req.vehicle.registeredOn !== undefined) {
        if (req.vehicle.registeredOn > (req.policyStart ?? today)) {
          ctx.addIssue({ code: "custom", path: ["vehicle", "registeredOn"], message: "must not be after the policy start" });
        } else if (Number(req.vehicle.registeredOn.slice(0, 4)) < req.vehicle.year - 1) {
          ctx.addIssue({ code: "custom", path: ["vehicle", "registeredOn"], message: "must not be before the model year − 1" });
        }
      }
      const seen = new Set<string>();
      req.addOns.forEach((a, i) => {
        if (seen.has(a.id)) ctx.addIssue({ code: "custom", path: ["addOns", i], message: `"${a.id}" is chosen twice` });
        seen.add(a.id);
      });
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
export type TAddOnChoice = z.output<typeof ZAddOnChoice>;
export type TProgrammeChoice = z.output<typeof ZProgrammeChoice>;
