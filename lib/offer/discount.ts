/**
 * The agent's discount from commission, per offer: how large it may be, and what it does to the
 * client's premium and to the agent's commission.
 *
 * - The cap is the smaller of the insurer's cap (the rate book's `agentDiscount.maxPercent` of
 *   the premium; none when absent, "0", or when it allows a single payment only and the offer is
 *   paid in instalments) and the agent's commission on that offer (the agency's commission
 *   percent for the insurer, of the premium): an agent cannot give away more than they earn.
 * - The agent states the discount in percent of the premium or in rubles; either becomes rubles.
 * - The client's premium after the discount is the premium less the discount; the instalments
 *   are split again from it (the last takes the remainder, as everywhere).
 *
 * Money rules as in the rating library: decimal.js, amounts in and out as decimal strings, and
 * one rounding step, `toKopecks` (half-up to kopecks), applied to every amount worked out from a
 * percentage. A percent discount that rounds above the cap is over the cap.
 *
 * Pure: no I/O, no clock.
 */
import { Decimal, HUNDRED, ZERO } from "@/lib/rating/decimal";
import { splitIntoInstallments, toMoneyString } from "@/lib/rating/money";
import type { TAgentDiscount } from "@/lib/rating/rate-book-schema";

/** The one rounding of this module: an amount worked out from a percentage, half-up to kopecks. */
export function toKopecks(value: Decimal): Decimal {
  return value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

export type DiscountKind = "percent" | "rubles";

export interface AgentDiscountInput {
  kind: DiscountKind;
  /** A non-negative decimal string: percent of the premium, or rubles. "0" removes the discount. */
  value: string;
}

export interface OfferTerms {
  /** The offer's premium as priced (rubles, decimal string). */
  premium: string;
  installments: number;
  /** The insurer's rule from the rate book the offer was priced with; undefined: no discount allowed. */
  agentDiscount: TAgentDiscount | undefined;
  /** The agency's commission for this insurer, percent of the premium; null: none agreed. */
  commissionPercent: string | null;
}

/** Why the cap is what it is. */
export type CapReason = "insurer" | "commission" | "not_allowed" | "single_payment_only" | "no_commission";

export interface DiscountCap {
  /** The largest discount in rubles. */
  rubles: string;
  /** The insurer's cap in rubles ("0.00" when it allows none). */
  insurerRubles: string;
  /** The agent's commission in rubles before any discount ("0.00" when none is agreed). */
  commissionRubles: string;
  /** Which limit decides (the smaller; the insurer's on a tie). */
  reason: CapReason;
}

/** The cap on the agent's discount for one offer. */
export function discountCap(terms: OfferTerms): DiscountCap {
  const premium = new Decimal(terms.premium);
  const commission = terms.commissionPercent === null ? ZERO : toKopecks(premium.times(terms.commissionPercent).div(HUNDRED));
  const rule = terms.agentDiscount;
  const allowed = rule !== undefined && new Decimal(rule.maxPercent).gt(0);
  const singleOnly = allowed && rule.singlePaymentOnly === true && terms.installments > 1;
  const insurer = allowed && !singleOnly ? toKopecks(premium.times(rule.maxPercent).div(HUNDRED)) : ZERO;
  let reason: CapReason;
  if (!allowed) reason = "not_allowed";
  else if (singleOnly) reason = "single_payment_only";
  else if (terms.commissionPercent === null || commission.lte(0)) reason = "no_commission";
  else reason = commission.lt(insurer) ? "commission" : "insurer";
  const cap = Decimal.min(insurer, commission);
  return { rubles: toMoneyString(cap), insurerRubles: toMoneyString(insurer), commissionRubles: toMoneyString(commission), reason };
}

export interface AppliedDiscount {
  /** The discount in rubles. */
  discount: string;
  /** The discount as a percent of the premium (up to 2 decimals, for display). */
  discountPercent: string;
  premiumBefore: string;
  /** What the client pays. */
  premiumAfter: string;
  installmentSchedule: string[];
  commissionBefore: string;
  commissionAfter: string;
  cap: DiscountCap;
}

export type DiscountOutcome = { ok: true; applied: AppliedDiscount } | { ok: false; code: "over_cap"; cap: DiscountCap; requested: string };

/** The discount in rubles for an input (percent → rubles via toKopecks). */
export function discountRubles(premium: string, input: AgentDiscountInput): Decimal {
  const value = new Decimal(input.value);
  return input.kind === "percent" ? toKopecks(new Decimal(premium).times(value).div(HUNDRED)) : value;
}

/** Applies a discount within the cap, or says it is over the cap (and by how much the cap is). */
export function applyAgentDiscount(terms: OfferTerms, input: AgentDiscountInput): DiscountOutcome {
  const cap = discountCap(terms);
  const premium = new Decimal(terms.premium);
  const discount = discountRubles(terms.premium, input);
  if (discount.gt(cap.rubles)) return { ok: false, code: "over_cap", cap, requested: toMoneyString(discount) };
  const after = premium.minus(discount);
  const commissionAfter = new Decimal(cap.commissionRubles).minus(discount);
  const percent = premium.isZero() ? ZERO : discount.times(HUNDRED).div(premium).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  return {
    ok: true,
    applied: {
      discount: toMoneyString(discount),
      discountPercent: percent.toString(),
      premiumBefore: toMoneyString(premium),
      premiumAfter: toMoneyString(after),
      installmentSchedule: splitIntoInstallments(after, terms.installments).map(toMoneyString),
      commissionBefore: cap.commissionRubles,
      commissionAfter: toMoneyString(commissionAfter),
      cap,
    },
  };
}

/** The offer with no discount given: the same figures, discount zero. */
export function noDiscount(terms: OfferTerms): AppliedDiscount {
  const outcome = applyAgentDiscount(terms, { kind: "rubles", value: "0" });
  if (!outcome.ok) throw new Error("a zero discount is always within the cap");
  return outcome.applied;
}
