import * as z from "zod";
import { COVERAGES, FRANCHISE_TYPES, REPAIR_OPTIONS } from "./request-schema";
import { RATING_VARIABLES, NUMERIC_VARIABLES, isDriverVariable, type TRatingVariable } from "./variables";

/**
 * The longest texts a rate book may hold, in characters. Every label and note is shown on the
 * calculator's pages, so a rate book bounds their size: a 200 000-character note would be sent
 * with every calculation.
 */
export const RATE_BOOK_TEXT_LIMITS = {
  /** Ids of tables, discounts, decline rules, models; the insurer's id. */
  slug: 64,
  /** Names and labels (insurer, table, component, discount). */
  label: 200,
  /** A row's note, a decline rule's reason. */
  note: 500,
  /** A table's description, a rate-book note, the provenance summary and each provenance value. */
  text: 2000,
  /** A value in a condition ("77", "dealer"). */
  conditionValue: 100,
} as const;
/** The most entries a list in a rate book may have (rows of a table, tables, values in a condition, …). */
export const RATE_BOOK_MAX_ITEMS = 500;

const tooLong = (max: number) => ({ error: `must be at most ${max} characters long` });
const ZText = (max: number) => z.string().min(1).max(max, tooLong(max));
const localized = (max: number) => z.strictObject({ ru: ZText(max), en: ZText(max) });
const ZLocalized = localized(RATE_BOOK_TEXT_LIMITS.label);
const ZSlug = z
  .string()
  .max(RATE_BOOK_TEXT_LIMITS.slug, tooLong(RATE_BOOK_TEXT_LIMITS.slug))
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "must be lowercase letters, digits and hyphens" });
const ZConditionValue = z.string().max(RATE_BOOK_TEXT_LIMITS.conditionValue, tooLong(RATE_BOOK_TEXT_LIMITS.conditionValue));
const list = <T extends z.ZodType>(item: T) => z.array(item).max(RATE_BOOK_MAX_ITEMS, { error: `at most ${RATE_BOOK_MAX_ITEMS} entries` });

/** A decimal written as a string ("1.05") so that no float ever touches a tariff. */
export const ZDecimalString = z.string().max(40, tooLong(40)).regex(/^-?\d+(\.\d+)?$/, { error: "must be a decimal number written as a string, e.g. \"1.05\"" });
const ZPositiveDecimal = ZDecimalString.refine((s) => Number(s) > 0, { error: "must be greater than 0" });
const ZBound = z.union([z.number(), ZDecimalString]);

/**
 * One condition on one variable: an exact value, a list of values, or a half-open
 * numeric range { gte, lt } (either side may be left open).
 */
export const ZCondition = z.union([
  ZConditionValue,
  z.number(),
  z.boolean(),
  list(z.union([ZConditionValue, z.number(), z.boolean()])).min(1),
  z
    .strictObject({ gte: ZBound.optional(), lt: ZBound.optional() })
    .refine((r) => r.gte !== undefined || r.lt !== undefined, { error: "a range needs gte, lt or both" })
    .refine((r) => r.gte === undefined || r.lt === undefined || Number(r.gte) < Number(r.lt), { error: "gte must be below lt" }),
]);
export type TCondition = z.infer<typeof ZCondition>;

const ZVariable = z.enum(RATING_VARIABLES);
export const ZWhen = z.partialRecord(ZVariable, ZCondition);
export type TWhen = Partial<Record<TRatingVariable, TCondition>>;

export const ZTableRow = z.strictObject({
  when: ZWhen,
  value: ZDecimalString,
  note: z.string().max(RATE_BOOK_TEXT_LIMITS.note, tooLong(RATE_BOOK_TEXT_LIMITS.note)).optional(),
});

const COMPONENTS = ["damage", "theft"] as const;
export const ZComponentName = z.enum(COMPONENTS);
export type TComponentName = z.infer<typeof ZComponentName>;

/**
 * A factor table: rows keyed by one or more variables. The first matching row wins;
 * `default` applies when none does; with neither, the insurer declines (a gap in its tariff).
 * When a key variable was not given in the request (e.g. sex), the table is skipped.
 */
export const ZFactorTable = z
  .strictObject({
    id: ZSlug,
    label: ZLocalized,
    description: localized(RATE_BOOK_TEXT_LIMITS.text).optional(),
    appliesTo: list(ZComponentName).min(1),
    operation: z.enum(["multiply", "add"]),
    keys: list(ZVariable).min(1),
    rows: list(ZTableRow),
    default: ZDecimalString.optional(),
  })
  .superRefine((table, ctx) => {
    const keys = new Set(table.keys);
    const perDriver = table.keys.some(isDriverVariable);
    if (perDriver && table.operation !== "multiply") {
      ctx.addIssue({ code: "custom", path: ["operation"], message: "tables over driver variables must multiply (the worst driver is chosen by the product)" });
    }
    table.rows.forEach((row, r) => {
      for (const [name, cond] of Object.entries(row.when)) {
        if (!keys.has(name as TRatingVariable)) {
          ctx.addIssue({ code: "custom", path: ["rows", r, "when", name], message: `"${name}" is not one of the table's keys` });
        }
        const numeric = NUMERIC_VARIABLES.has(name as TRatingVariable);
        if (typeof cond === "object" && !Array.isArray(cond) && !numeric) {
          ctx.addIssue({ code: "custom", path: ["rows", r, "when", name], message: `"${name}" is not numeric; a range cannot apply` });
        }
        const scalars = Array.isArray(cond) ? cond : typeof cond === "object" ? [] : [cond];
        if (numeric && scalars.some((v) => typeof v !== "number")) {
          ctx.addIssue({ code: "custom", path: ["rows", r, "when", name], message: `"${name}" is a number; write 3, not "3" (this row could never match)` });
        }
      }
      if (table.operation === "multiply" && !(Number(row.value) > 0)) {
        ctx.addIssue({ code: "custom", path: ["rows", r, "value"], message: "a coefficient must be greater than 0" });
      }
    });
    if (table.operation === "multiply" && table.default !== undefined && !(Number(table.default) > 0)) {
      ctx.addIssue({ code: "custom", path: ["default"], message: "a coefficient must be greater than 0" });
    }
    if (table.rows.length === 0 && table.default === undefined) {
      ctx.addIssue({ code: "custom", path: ["rows"], message: "a table needs rows or a default" });
    }
  });
export type TFactorTable = z.infer<typeof ZFactorTable>;

/** Base rate of a component: per model, else a lookup (typically by vehicle class). Fractions of the sum insured. */
export const ZComponentBase = z.strictObject({
  label: ZLocalized,
  byModel: z.record(ZSlug, ZPositiveDecimal).refine((m) => Object.keys(m).length <= RATE_BOOK_MAX_ITEMS, { error: `at most ${RATE_BOOK_MAX_ITEMS} models` }),
  fallback: z.strictObject({
    keys: list(ZVariable).min(1),
    rows: list(ZTableRow.extend({ value: ZPositiveDecimal })).min(1),
  }),
});

export const ZDeclineRule = z.strictObject({
  code: ZSlug,
  when: ZWhen,
  reason: localized(RATE_BOOK_TEXT_LIMITS.note),
});

export const ZDiscount = z.strictObject({
  id: ZSlug,
  label: ZLocalized,
  when: ZWhen,
  percent: ZPositiveDecimal.refine((s) => Number(s) < 100, { error: "a discount must be below 100 %" }),
});

export const ZRounding = z.strictObject({
  /** Round the combined tariff rate, expressed in percent, to this many decimals first (some tariffs do). */
  ratePercentDecimals: z.int().min(0).max(8).optional(),
  /** Decimals of the premium: 2 = kopecks (default), 0 = whole rubles. Always half-up. */
  premiumDecimals: z.union([z.literal(0), z.literal(2)]).default(2),
});

export const ZProvenance = z.strictObject({
  demonstration: z.literal(true),
  summary: ZText(RATE_BOOK_TEXT_LIMITS.text),
  values: z
    .record(z.string().max(RATE_BOOK_TEXT_LIMITS.label, tooLong(RATE_BOOK_TEXT_LIMITS.label)), z.string().max(RATE_BOOK_TEXT_LIMITS.text, tooLong(RATE_BOOK_TEXT_LIMITS.text)))
    .refine((values) => Object.keys(values).length <= RATE_BOOK_MAX_ITEMS, { error: `at most ${RATE_BOOK_MAX_ITEMS} entries` })
    .default({}),
});

/**
 * The largest discount an agent may give the client out of the agent's own commission, as a
 * percent of the premium. Absent or "0": the insurer allows none. `singlePaymentOnly`: only
 * for a policy paid at once (no instalments).
 */
export const ZAgentDiscount = z.strictObject({
  maxPercent: ZDecimalString.refine((s) => Number(s) >= 0 && Number(s) <= 100, { error: "must be between 0 and 100" }),
  singlePaymentOnly: z.boolean().optional(),
});
export type TAgentDiscount = z.infer<typeof ZAgentDiscount>;

export const ZRateBook = z
  .strictObject({
    $schema: z.string().max(RATE_BOOK_TEXT_LIMITS.text, tooLong(RATE_BOOK_TEXT_LIMITS.text)).optional(),
    schemaVersion: z.literal(1),
    id: ZSlug,
    insurer: z.strictObject({ id: ZSlug, name: ZLocalized }),
    effectiveFrom: z.iso.date(),
    currency: z.literal("RUB"),
    provenance: ZProvenance,
    components: z.strictObject({ damage: ZComponentBase, theft: ZComponentBase }),
    factors: list(ZFactorTable),
    eligibility: z.strictObject({
      maxVehicleAgeYears: z.int().min(0).max(40),
      minDriverAge: z.int().min(16).max(99),
      maxDriverAge: z.int().min(16).max(120).optional(),
      minDriverExperienceYears: z.int().min(0).max(50),
      minPrice: ZDecimalString.optional(),
      maxPrice: ZDecimalString.optional(),
      regionsServed: list(z.string().regex(/^\d{2}$/)).min(1).optional(),
      coverages: list(z.enum(COVERAGES)).min(1),
      repairOptions: list(z.enum(REPAIR_OPTIONS)).min(1),
      franchiseTypes: list(z.enum(FRANCHISE_TYPES)).min(1),
      installments: list(z.union([z.literal(1), z.literal(2), z.literal(4)])).min(1),
      unlimitedDrivers: z.boolean(),
      declineWhen: list(ZDeclineRule).default([]),
    }),
    discounts: z.strictObject({
      maxTotalPercent: ZDecimalString.refine((s) => Number(s) >= 0 && Number(s) < 100, { error: "must be between 0 and 100" }),
      items: list(ZDiscount),
    }),
    agentDiscount: ZAgentDiscount.optional(),
    minimumPremium: ZDecimalString.default("0"),
    rounding: ZRounding.default({ premiumDecimals: 2 }),
    notes: list(localized(RATE_BOOK_TEXT_LIMITS.text)).default([]),
  })
  .superRefine((book, ctx) => {
    const ids = new Set<string>();
    book.factors.forEach((t, i) => {
      if (ids.has(t.id)) ctx.addIssue({ code: "custom", path: ["factors", i, "id"], message: `duplicate table id "${t.id}"` });
      ids.add(t.id);
    });
    if (!book.id.startsWith(book.insurer.id)) {
      ctx.addIssue({ code: "custom", path: ["id"], message: "the rate book id must start with the insurer id" });
    }
  });
export type TRateBookInput = z.input<typeof ZRateBook>;
export type TRateBook = z.output<typeof ZRateBook>;
