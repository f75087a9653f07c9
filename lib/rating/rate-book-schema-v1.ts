import * as z from "zod";
import { COVERAGES, FRANCHISE_TYPES, REPAIR_OPTIONS } from "./options";
import {
  list,
  localized,
  RATE_BOOK_TEXT_LIMITS,
  tooLong,
  ZAgentDiscount,
  ZComponentBase,
  ZDecimalString,
  ZDeclineRule,
  ZDiscount,
  ZFactorTable,
  ZLocalized,
  ZProvenanceV1,
  ZRoundingV1,
  ZSlug,
} from "./rate-book-parts";

/**
 * Rate-book format version 1 (docs/decisions/0001): two components, one formula. Kept as it was
 * so every version-1 file validates with the same messages at the same paths; parsing migrates
 * it to version 2 (migrate-rate-book.ts).
 */
export const ZRateBookV1 = z
  .strictObject({
    $schema: z.string().max(RATE_BOOK_TEXT_LIMITS.text, tooLong(RATE_BOOK_TEXT_LIMITS.text)).optional(),
    schemaVersion: z.literal(1),
    id: ZSlug,
    insurer: z.strictObject({ id: ZSlug, name: ZLocalized }),
    effectiveFrom: z.iso.date(),
    currency: z.literal("RUB"),
    provenance: ZProvenanceV1,
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
    rounding: ZRoundingV1.default({ premiumDecimals: 2 }),
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
export type TRateBookV1Input = z.input<typeof ZRateBookV1>;
export type TRateBookV1 = z.output<typeof ZRateBookV1>;
