/**
 * The agent's discount as typed in the form: "percent" or "rubles", and the amount as people
 * write it ("1 500,50", "7,5", "2000"). Each problem is a code; the page words it in the
 * interface language. Pure.
 */
import * as z from "zod";

/** Error codes (messages: Discount.errors.<code>). */
export type DiscountInputError = "required" | "format" | "too_many_decimals" | "percent_over_100" | "too_long";

const MAX_LENGTH = 20;

/** "1 500,50" → "1500.50"; undefined when it is not a non-negative decimal. */
export function normalizeAmount(text: string): string | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
  return /^\d+(\.\d+)?$/.test(compact) ? compact : undefined;
}

export const ZDiscountInput = z
  .strictObject({
    insurerId: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "format" }).max(64, { error: "too_long" }),
    kind: z.enum(["percent", "rubles"], { error: "format" }),
    value: z.string({ error: "required" }).max(MAX_LENGTH, { error: "too_long" }),
  })
  .transform((input, ctx) => {
    if (input.value.trim() === "") {
      ctx.addIssue({ code: "custom", path: ["value"], message: "required" });
      return z.NEVER;
    }
    const value = normalizeAmount(input.value);
    if (value === undefined) {
      ctx.addIssue({ code: "custom", path: ["value"], message: "format" });
      return z.NEVER;
    }
    if ((value.split(".")[1] ?? "").length > 2) {
      ctx.addIssue({ code: "custom", path: ["value"], message: "too_many_decimals" });
      return z.NEVER;
    }
    if (input.kind === "percent" && Number(value) > 100) {
      ctx.addIssue({ code: "custom", path: ["value"], message: "percent_over_100" });
      return z.NEVER;
    }
    return { insurerId: input.insurerId, kind: input.kind, value };
  });
export type TDiscountInput = z.output<typeof ZDiscountInput>;
