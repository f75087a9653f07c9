import * as z from "zod";
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

export const tooLong = (max: number) => ({ error: `must be at most ${max} characters long` });
export const ZText = (max: number) => z.string().min(1).max(max, tooLong(max));
export const localized = (max: number) => z.strictObject({ ru: ZText(max), en: ZText(max) });
export const ZLocalized = localized(RATE_BOOK_TEXT_LIMITS.label);
export const ZSlug = z
  .string()
  .max(RATE_BOOK_TEXT_LIMITS.slug, tooLong(RATE_BOOK_TEXT_LIMITS.slug))
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "must be lowercase letters, digits and hyphens" });
const ZConditionValue = z.string().max(RATE_BOOK_TEXT_LIMITS.conditionValue, tooLong(RATE_BOOK_TEXT_LIMITS.conditionValue));
export const list = <T extends z.ZodType>(item: T) => z.array(item).max(RATE_BOOK_MAX_ITEMS, { error: `at most ${RATE_BOOK_MAX_ITEMS} entries` });

/** A decimal written as a string ("1.05") so that no float ever touches a tariff. */
export const ZDecimalString = z.string().max(40, tooLong(40)).regex(/^-?\d+(\.\d+)?$/, { error: "must be a decimal number written as a string, e.g. \"1.05\"" });
export const ZPositiveDecimal = ZDecimalString.refine((s) => Number(s) > 0, { error: "must be greater than 0" });
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

export const ZVariable = z.enum(RATING_VARIABLES);
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
 * A factor table (built for a list of component names: version 1 has damage and theft, version 2
 * also `single`): rows keyed by one or more variables. The first matching row wins;
 * `default` applies when none does; with neither, the insurer declines (a gap in its tariff).
 * When a key variable was not given in the request (e.g. sex), the table is skipped.
 */
export const factorTable = <C extends z.ZodType<string>>(component: C) => z
  .strictObject({
    id: ZSlug,
    label: ZLocalized,
    description: localized(RATE_BOOK_TEXT_LIMITS.text).optional(),
    appliesTo: list(component).min(1),
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
export const ZFactorTable = factorTable(ZComponentName);
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

/** Version 1's rounding: an optional rate rounding, then the premium (version 2 lists named steps). */
export const ZRoundingV1 = z.strictObject({
  /** Round the combined tariff rate, expressed in percent, to this many decimals first (some tariffs do). */
  ratePercentDecimals: z.int().min(0).max(8).optional(),
  /** Decimals of the premium: 2 = kopecks (default), 0 = whole rubles. Always half-up. */
  premiumDecimals: z.union([z.literal(0), z.literal(2)]).default(2),
});

/** Version 1's provenance: every version-1 book is a demonstration tariff. */
export const ZProvenanceV1 = z.strictObject({
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

