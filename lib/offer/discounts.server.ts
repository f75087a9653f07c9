// The agent's discount per offer of a saved calculation. The calculation itself is never changed:
// discounts live beside it, one per offer, and every change is audited. The cap is worked out on
// the server from the rate book the offer was priced with (its agentDiscount) and the agency's
// commission for the insurer on the policy start (commission.server.ts); see discount.ts.
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/lib/db/client.server";
import { auditLog, calculationDiscounts, rateBookVersions, type SavedCalculation } from "@/lib/db/schema";
import type { Actor } from "@/lib/editor/actions/authorize";
import { fail, succeed, type ActionResult } from "@/lib/editor/actions/result";
import { loadCalculationForUser, type AgentActor } from "@/lib/agent/access.server";
import type { EditionRef } from "@/lib/agent/calculations.server";
import { ZAgentDiscount, type ComparisonResponse, type Quote, type TAgentDiscount, type TQuoteRequest } from "@/lib/rating";
import { commissionInForce } from "./commission.server";
import { applyAgentDiscount, type AppliedDiscount, type DiscountCap, type OfferTerms } from "./discount";
import { ZDiscountInput } from "./discount-input";

export interface OfferPricing {
  insurerId: string;
  terms: OfferTerms;
  /** The discount as the agent gave it (null: none). */
  given: { kind: "percent" | "rubles"; value: string } | null;
  applied: AppliedDiscount;
  cap: DiscountCap;
  /** The stored discount no longer fits the cap (the commission was lowered since): it is not applied. */
  overCap: boolean;
}

async function rulesOf(db: Db, calc: SavedCalculation): Promise<Map<string, TAgentDiscount | undefined>> {
  const editions = calc.editions as EditionRef[];
  const ids = editions.map((e) => e.versionId).filter((id): id is number => id !== null);
  const rows = ids.length === 0 ? [] : await db.select({ id: rateBookVersions.id, body: rateBookVersions.body }).from(rateBookVersions).where(inArray(rateBookVersions.id, ids));
  const out = new Map<string, TAgentDiscount | undefined>();
  for (const e of editions) {
    const body = rows.find((r) => r.id === e.versionId)?.body as { agentDiscount?: unknown } | undefined;
    const parsed = ZAgentDiscount.safeParse(body?.agentDiscount);
    out.set(e.insurerId, parsed.success ? parsed.data : undefined);
  }
  return out;
}

async function termsOf(db: Db, calc: SavedCalculation): Promise<Map<string, OfferTerms>> {
  const response = calc.response as ComparisonResponse;
  const request = calc.request as TQuoteRequest;
  const rules = await rulesOf(db, calc);
  const out = new Map<string, OfferTerms>();
  for (const q of response.quotes) {
    out.set(q.insurerId, {
      premium: q.premium,
      installments: q.installments,
      agentDiscount: rules.get(q.insurerId),
      commissionPercent: await commissionInForce(db, calc.agencyId, q.insurerId, request.policyStart),
    });
  }
  return out;
}

/** Every offer of a calculation with its cap, discount and commission (for the agent; never for the client). */
export async function pricingOf(db: Db, calc: SavedCalculation): Promise<OfferPricing[]> {
  const [terms, discounts] = await Promise.all([termsOf(db, calc), db.select().from(calculationDiscounts).where(eq(calculationDiscounts.calculationId, calc.id))]);
  return (calc.response as ComparisonResponse).quotes.map((q: Quote) => {
    const t = terms.get(q.insurerId)!;
    const row = discounts.find((d) => d.insurerId === q.insurerId);
    const outcome = applyAgentDiscount(t, { kind: "rubles", value: row?.amount ?? "0" });
    const fallback = applyAgentDiscount(t, { kind: "rubles", value: "0" });
    const applied = outcome.ok ? outcome.applied : fallback.ok ? fallback.applied : (undefined as never);
    return {
      insurerId: q.insurerId,
      terms: t,
      given: row ? { kind: row.kind as "percent" | "rubles", value: row.value } : null,
      applied,
      cap: applied.cap,
      overCap: !outcome.ok,
    };
  });
}

/** The agent's pricing view of a calculation: access checked (401/403/404). */
export async function getPricing(db: Db, user: Actor | null, input: { id: unknown }): Promise<ActionResult<{ agent: AgentActor; calculation: SavedCalculation; pricing: OfferPricing[] }>> {
  const loaded = await loadCalculationForUser(db, user, input.id);
  if (!loaded.ok) return loaded;
  return succeed({ agent: loaded.agent, calculation: loaded.record, pricing: await pricingOf(db, loaded.record) });
}

/**
 * Sets (or, with 0, removes) the discount on one offer. Over the cap → 400 with the issue at
 * `value` ("over_cap", the cap in `cap`). Issue messages are codes the page words (Discount.errors).
 */
export async function setDiscount(
  db: Db,
  user: Actor | null,
  input: { calculationId: unknown; insurerId: unknown; kind: unknown; value: unknown },
  now: Date,
): Promise<ActionResult<{ pricing: OfferPricing }> & { cap?: string }> {
  const loaded = await loadCalculationForUser(db, user, input.calculationId);
  if (!loaded.ok) return loaded;
  const calc = loaded.record;
  const parsed = ZDiscountInput.safeParse({ insurerId: input.insurerId, kind: input.kind, value: input.value });
  if (!parsed.success) return fail("invalid", "Проверьте скидку.", parsed.error.issues.map((i) => ({ path: String(i.path[0] ?? "value"), message: i.message })));
  const { insurerId, kind, value } = parsed.data;
  const quote = (calc.response as ComparisonResponse).quotes.find((q) => q.insurerId === insurerId);
  if (!quote) return fail("invalid", "Такого предложения в расчёте нет.", [{ path: "insurerId", message: "unknown_offer" }]);
  const terms = (await termsOf(db, calc)).get(insurerId)!;
  const outcome = applyAgentDiscount(terms, { kind, value });
  if (!outcome.ok) {
    const reason = outcome.cap.reason;
    const code = outcome.cap.rubles === "0.00" ? (reason === "single_payment_only" ? "single_payment_only" : reason === "no_commission" ? "no_commission" : "not_allowed") : "over_cap";
    return { ...fail("invalid", "Скидка больше допустимой.", [{ path: "value", message: code }]), cap: outcome.cap.rubles };
  }
  const amount = outcome.applied.discount;
  await db.transaction(async (tx) => {
    const [old] = await tx.select().from(calculationDiscounts).where(and(eq(calculationDiscounts.calculationId, calc.id), eq(calculationDiscounts.insurerId, insurerId))).limit(1);
    if (amount === "0.00") {
      if (old) await tx.delete(calculationDiscounts).where(eq(calculationDiscounts.id, old.id));
    } else if (old) {
      await tx.update(calculationDiscounts).set({ kind, value, amount, setBy: user!.id, setAt: now }).where(eq(calculationDiscounts.id, old.id));
    } else {
      await tx.insert(calculationDiscounts).values({ calculationId: calc.id, insurerId, kind, value, amount, setBy: user!.id, setAt: now });
    }
    await tx.insert(auditLog).values({
      action: "discount.set",
      userId: user!.id,
      insurerId,
      details: { agencyId: calc.agencyId, calculationId: calc.id, kind, value, amount, previousAmount: old?.amount ?? "0.00" },
      at: now,
    });
  });
  const pricing = (await pricingOf(db, calc)).find((p) => p.insurerId === insurerId)!;
  return succeed({ pricing });
}
