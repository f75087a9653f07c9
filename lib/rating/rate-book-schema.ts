import * as z from "zod";
import { ADD_ON_IDS, COVERAGES, FRANCHISE_TYPES, INSTALLMENT_COUNTS, POLICY_TERM_MONTHS, PROGRAMME_LEVELS, REPAIR_OPTIONS, RISKS } from "./options";
import { migrateRateBookV1 } from "./migrate-rate-book";
import {
  factorTable,
  list,
  localized,
  RATE_BOOK_TEXT_LIMITS,
  tooLong,
  ZAgentDiscount,
  ZComponentBase,
  ZDecimalString,
  ZDeclineRule,
  ZDiscount,
  ZLocalized,
  ZPositiveDecimal,
  ZSlug,
  ZTableRow,
  ZText,
  ZVariable,
} from "./rate-book-parts";
import { ZRateBookV1 } from "./rate-book-schema-v1";

export * from "./rate-book-parts";
export * from "./rate-book-schema-v1";

/**
 * Rate-book format version 2 (docs/decisions/0021-rate-book-programmes-and-add-ons.md): what
 * version 1 holds, plus programmes, add-ons, short-term policies, instalment counts 1–12, named
 * rounding steps, single-component books and published provenance. Version-1 files stay as
 * they are: `ZRateBook` accepts both and turns a version-1 book into version 2 in code.
 */

/** A priced part of the premium: `damage` and `theft` (the article's two terms), or `single` (one rate for everything). */
export const LANES = ["damage", "theft", "single"] as const;
export const ZLane = z.enum(LANES);
export type TLane = z.infer<typeof ZLane>;

export const ZFactorTableV2 = factorTable(ZLane);
export type TFactorTableV2 = z.infer<typeof ZFactorTableV2>;

const ZText2000 = ZText(RATE_BOOK_TEXT_LIMITS.text);
const ZDescription = localized(RATE_BOOK_TEXT_LIMITS.text);

/** Where the figures come from: demonstration values, or a published tariff (its source and date). */
export const ZProvenance = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("demonstration"),
    summary: ZText2000,
    values: z.record(z.string().max(RATE_BOOK_TEXT_LIMITS.label, tooLong(RATE_BOOK_TEXT_LIMITS.label)), z.string().max(RATE_BOOK_TEXT_LIMITS.text, tooLong(RATE_BOOK_TEXT_LIMITS.text))).default({}),
  }),
  z.strictObject({
    kind: z.literal("published"),
    summary: ZText2000,
    /** Where the tariff was published (a document's title, an address). */
    source: ZText2000,
    /** The date of the published document. */
    publishedOn: z.iso.date(),
    values: z.record(z.string().max(RATE_BOOK_TEXT_LIMITS.label, tooLong(RATE_BOOK_TEXT_LIMITS.label)), z.string().max(RATE_BOOK_TEXT_LIMITS.text, tooLong(RATE_BOOK_TEXT_LIMITS.text))).default({}),
  }),
]);
export type TProvenance = z.infer<typeof ZProvenance>;

/**
 * One named rounding step, applied in the order listed: `ratePercent` rounds the premium's rate
 * (in percent of the sum insured) and prices the premium at that rate again; `premium` rounds
 * the premium in rubles (2 = kopecks, 0 = whole rubles). Always half-up.
 */
export const ZRoundingStep = z
  .strictObject({
    id: ZSlug,
    label: ZLocalized.optional(),
    target: z.enum(["ratePercent", "premium"]),
    decimals: z.int().min(0).max(8),
  })
  .refine((s) => s.target !== "premium" || s.decimals <= 2, { path: ["decimals"], error: "a premium is rounded to 0, 1 or 2 decimals" });
export type TRoundingStep = z.infer<typeof ZRoundingStep>;

export const ZRounding = z
  .strictObject({ steps: list(ZRoundingStep).min(1) })
  .superRefine((r, ctx) => {
    const ids = new Set<string>();
    let premiumSeen = false;
    r.steps.forEach((step, i) => {
      if (ids.has(step.id)) ctx.addIssue({ code: "custom", path: ["steps", i, "id"], message: `duplicate rounding step id "${step.id}"` });
      ids.add(step.id);
      if (step.target === "premium") premiumSeen = true;
      else if (premiumSeen) ctx.addIssue({ code: "custom", path: ["steps", i, "target"], message: "rate steps come before the premium steps" });
    });
    if (r.steps.at(-1)?.target !== "premium") ctx.addIssue({ code: "custom", path: ["steps"], message: "the last step must round the premium" });
  });
export type TRounding = z.infer<typeof ZRounding>;
export const DEFAULT_ROUNDING: TRounding = { steps: [{ id: "rounding", target: "premium", decimals: 2 }] };

/** A short-term policy: its length in months and the coefficient on the annual premium. 12 months is 1 unless listed. */
export const ZPolicyTerm = z.strictObject({
  months: z.int().min(POLICY_TERM_MONTHS.min).max(POLICY_TERM_MONTHS.max),
  factor: ZPositiveDecimal,
  note: z.string().max(RATE_BOOK_TEXT_LIMITS.note, tooLong(RATE_BOOK_TEXT_LIMITS.note)).optional(),
});

/** Limits a programme (or an add-on) sets on top of the book's eligibility; each one only narrows. */
export const ZProgrammeEligibility = z.strictObject({
  maxVehicleAgeYears: z.int().min(0).max(40).optional(),
  minPrice: ZDecimalString.optional(),
  maxPrice: ZDecimalString.optional(),
  coverages: list(z.enum(COVERAGES)).min(1).optional(),
  franchiseTypes: list(z.enum(FRANCHISE_TYPES)).min(1).optional(),
  declineWhen: list(ZDeclineRule).default([]),
});

/** How a programme is priced: the book's formula (shared tables, plus the programme's own), or a flat rate of the sum insured. */
export const ZProgrammePricing = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("formula") }),
  z.strictObject({
    type: z.literal("flat"),
    /** A fraction of the sum insured ("0.025" = 2.5 %): the whole premium, one component. */
    rate: ZPositiveDecimal,
    /** Replaces the book's minimum premium for this programme. */
    minimumPremium: ZDecimalString.optional(),
  }),
]);

export const ZProgramme = z
  .strictObject({
    id: ZSlug,
    name: ZLocalized,
    /** What the offer says about the programme. */
    description: ZDescription,
    level: z.enum(PROGRAMME_LEVELS),
    risks: list(z.enum(RISKS)).min(1),
    pricing: ZProgrammePricing.default({ type: "formula" }),
    /** Formula programmes: tables applied after the book's shared ones (e.g. a budget programme's built-in franchise). */
    factors: list(ZFactorTableV2).default([]),
    eligibility: ZProgrammeEligibility.default({ declineWhen: [] }),
    /** The add-ons sold with this programme; absent: all of the book's. */
    addOns: list(z.enum(ADD_ON_IDS)).optional(),
  })
  .superRefine((p, ctx) => {
    if (p.pricing.type === "flat" && p.factors.length > 0) ctx.addIssue({ code: "custom", path: ["factors"], message: "a flat-rate programme has no factor tables" });
    const risks = new Set(p.risks);
    if (!risks.has("damage") && !risks.has("theft")) ctx.addIssue({ code: "custom", path: ["risks"], message: "a programme covers damage, theft or both" });
    if (risks.size !== p.risks.length) ctx.addIssue({ code: "custom", path: ["risks"], message: "a risk is listed twice" });
  });
export type TProgramme = z.infer<typeof ZProgramme>;

/**
 * An add-on's price: `rate` is a fraction of the vehicle's sum insured, `amount` rubles. Either
 * one `value`, or a table (`keys`, `rows`, optional `default`) over rating variables, e.g.
 * ДСАГО by `region`, `addOn.sumInsured` and `addOn.trailer`.
 */
export const ZAddOnPrice = z
  .strictObject({
    basis: z.enum(["rate", "amount"]),
    value: ZPositiveDecimal.optional(),
    keys: list(ZVariable).optional(),
    rows: list(ZTableRow.extend({ value: ZPositiveDecimal })).optional(),
    default: ZPositiveDecimal.optional(),
  })
  .superRefine((p, ctx) => {
    const table = p.keys !== undefined || p.rows !== undefined || p.default !== undefined;
    if (p.value !== undefined && table) ctx.addIssue({ code: "custom", path: ["value"], message: "give either a value or a table (keys, rows, default), not both" });
    if (p.value === undefined && !table) ctx.addIssue({ code: "custom", path: ["value"], message: "give a value or a table (keys, rows, default)" });
    if (table && (p.keys === undefined || p.keys.length === 0)) ctx.addIssue({ code: "custom", path: ["keys"], message: "a price table needs keys" });
    if (table && (p.rows ?? []).length === 0 && p.default === undefined) ctx.addIssue({ code: "custom", path: ["rows"], message: "a price table needs rows or a default" });
    const keys = new Set(p.keys ?? []);
    (p.rows ?? []).forEach((row, r) => {
      for (const name of Object.keys(row.when)) {
        if (!keys.has(name as never)) ctx.addIssue({ code: "custom", path: ["rows", r, "when", name], message: `"${name}" is not one of the table's keys` });
      }
    });
  });
export type TAddOnPrice = z.infer<typeof ZAddOnPrice>;

export const ZAddOn = z.strictObject({
  id: z.enum(ADD_ON_IDS),
  name: ZLocalized,
  description: ZDescription,
  price: ZAddOnPrice,
  /** Added to the premium before the premium's rounding steps, or rounded to kopecks and added after them. */
  apply: z.enum(["beforeRounding", "afterRounding"]),
  /** When the add-on cannot be bought (e.g. GAP only for cars up to 3 years old): the insurer declines a request that asks for it. */
  eligibility: z.strictObject({ maxVehicleAgeYears: z.int().min(0).max(40).optional(), declineWhen: list(ZDeclineRule).default([]) }).default({ declineWhen: [] }),
});
export type TAddOn = z.infer<typeof ZAddOn>;

const ZSplitComponents = z.strictObject({ damage: ZComponentBase, theft: ZComponentBase });
const ZSingleComponent = z.strictObject({ single: ZComponentBase });

export const ZRateBookV2 = z
  .strictObject({
    $schema: z.string().max(RATE_BOOK_TEXT_LIMITS.text, tooLong(RATE_BOOK_TEXT_LIMITS.text)).optional(),
    schemaVersion: z.literal(2),
    id: ZSlug,
    insurer: z.strictObject({ id: ZSlug, name: ZLocalized }),
    effectiveFrom: z.iso.date(),
    currency: z.literal("RUB"),
    provenance: ZProvenance,
    /** `{ damage, theft }`, or `{ single }`: one rate for everything, no split on the offer. */
    components: z.union([ZSplitComponents, ZSingleComponent], { error: "components are { damage, theft } or { single }" }),
    factors: list(ZFactorTableV2),
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
      /** The instalment counts offered (1–12); their coefficients are a factor table over `installments`. */
      installments: list(z.union(INSTALLMENT_COUNTS.map((n) => z.literal(n)) as unknown as [z.ZodLiteral<1>, ...z.ZodLiteral<number>[]])).min(1),
      unlimitedDrivers: z.boolean(),
      declineWhen: list(ZDeclineRule).default([]),
    }),
    /** Short-term policies offered besides the annual one. None: annual policies only. */
    policyTerms: list(ZPolicyTerm).default([]),
    /** None: the book is one default programme (the formula above, "standard", full level). */
    programmes: list(ZProgramme).default([]),
    addOns: list(ZAddOn).default([]),
    discounts: z.strictObject({
      maxTotalPercent: ZDecimalString.refine((s) => Number(s) >= 0 && Number(s) < 100, { error: "must be between 0 and 100" }),
      items: list(ZDiscount),
    }),
    agentDiscount: ZAgentDiscount.optional(),
    minimumPremium: ZDecimalString.default("0"),
    rounding: ZRounding.default(DEFAULT_ROUNDING),
    notes: list(localized(RATE_BOOK_TEXT_LIMITS.text)).default([]),
  })
  .superRefine((book, ctx) => {
    const single = "single" in book.components;
    const unique = (items: readonly { id: string }[], path: string, what: string) => {
      const ids = new Set<string>();
      items.forEach((t, i) => {
        if (ids.has(t.id)) ctx.addIssue({ code: "custom", path: [path, i, "id"], message: `duplicate ${what} id "${t.id}"` });
        ids.add(t.id);
      });
    };
    unique(book.factors, "factors", "table");
    unique(book.programmes, "programmes", "programme");
    unique(book.addOns, "addOns", "add-on");
    const months = new Set<number>();
    book.policyTerms.forEach((t, i) => {
      if (months.has(t.months)) ctx.addIssue({ code: "custom", path: ["policyTerms", i, "months"], message: `${t.months} months is listed twice` });
      months.add(t.months);
    });
    const lanesOk = (appliesTo: readonly string[]) => appliesTo.every((c) => (single ? c === "single" : c !== "single"));
    const laneMessage = single ? 'a single-component book\'s tables apply to "single"' : 'tables apply to "damage" and/or "theft" (use "single" only with components.single)';
    book.factors.forEach((t, i) => {
      if (!lanesOk(t.appliesTo)) ctx.addIssue({ code: "custom", path: ["factors", i, "appliesTo"], message: laneMessage });
    });
    const offered = new Set(book.addOns.map((a) => a.id));
    book.programmes.forEach((p, i) => {
      p.factors.forEach((t, j) => {
        if (!lanesOk(t.appliesTo)) ctx.addIssue({ code: "custom", path: ["programmes", i, "factors", j, "appliesTo"], message: laneMessage });
        if (book.factors.some((shared) => shared.id === t.id)) ctx.addIssue({ code: "custom", path: ["programmes", i, "factors", j, "id"], message: `"${t.id}" is already a shared table's id` });
      });
      (p.addOns ?? []).forEach((id, j) => {
        if (!offered.has(id)) ctx.addIssue({ code: "custom", path: ["programmes", i, "addOns", j], message: `"${id}" is not one of the book's add-ons` });
      });
    });
    if (single && book.eligibility.coverages.some((c) => c !== "full")) {
      ctx.addIssue({ code: "custom", path: ["eligibility", "coverages"], message: 'a single-component book offers only "full" coverage' });
    }
    if (!book.id.startsWith(book.insurer.id)) {
      ctx.addIssue({ code: "custom", path: ["id"], message: "the rate book id must start with the insurer id" });
    }
  });
export type TRateBookV2Input = z.input<typeof ZRateBookV2>;

type TIssue = z.core.$ZodIssue;

function forward(ctx: z.core.$RefinementCtx, issues: readonly TIssue[]): never {
  for (const issue of issues) ctx.issues.push({ ...issue, input: undefined } as z.core.$ZodRawIssue);
  return z.NEVER;
}

/**
 * A rate book of either version, validated; the output is always version 2. A version-1 book is
 * checked by the version-1 schema (the same messages at the same paths as before) and migrated.
 * A book marked version 2 that is a valid version-1 book gets one issue, at `schemaVersion`.
 */
export const ZRateBook = z.unknown().transform((value, ctx): TRateBook => {
  const version = typeof value === "object" && value !== null ? (value as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (version === 1) {
    const v1 = ZRateBookV1.safeParse(value);
    return v1.success ? migrateRateBookV1(v1.data) : forward(ctx, v1.error.issues);
  }
  if (version === 2) {
    const v2 = ZRateBookV2.safeParse(value);
    if (v2.success) return v2.data;
    if (ZRateBookV1.safeParse({ ...(value as object), schemaVersion: 1 }).success) {
      ctx.addIssue({ code: "custom", path: ["schemaVersion"], message: "this book is written in version 1 (provenance.demonstration, rounding.premiumDecimals): set schemaVersion to 1, or write it in version 2" });
      return z.NEVER;
    }
    return forward(ctx, v2.error.issues);
  }
  // Neither version (or not an object): the version-1 schema's answer, as before version 2 existed.
  const v1 = ZRateBookV1.safeParse(value);
  return v1.success ? migrateRateBookV1(v1.data) : forward(ctx, v1.error.issues);
});

/** A rate book as written in a file (version 1 or 2). */
export type TRateBookInput = z.input<typeof ZRateBookV1> | z.input<typeof ZRateBookV2>;
/** A validated rate book, always version 2: what the engine and every reader after parsing see. */
export type TRateBook = z.output<typeof ZRateBookV2>;
export type TComponentBase = z.output<typeof ZComponentBase>;
