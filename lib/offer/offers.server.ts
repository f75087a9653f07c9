// Commercial offers (КП) made from a saved calculation, and their client links.
//
// An offer freezes what the client pays for each chosen insurer when it is made (later discount
// changes make a new offer). Its link is an unguessable token (32 random bytes); only the token's
// SHA-256 is stored, so the database alone cannot open a link. A link is read-only, expires
// (14 days by default), can be revoked by the agent, and stops working when the client is erased.
// Opening it is recorded (first and last time, count) and audited. Nothing here ever reads a
// commission figure for the client's side.
import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, sql } from "drizzle-orm";
import { todayIso } from "@/lib/clock";
import type { Db } from "@/lib/db/client.server";
import { agencies, agencyMembers, auditLog, clients, commercialOffers, savedCalculations, users, type CommercialOffer, type SavedCalculation } from "@/lib/db/schema";
import type { Actor } from "@/lib/editor/actions/authorize";
import { fail, succeed, type ActionResult } from "@/lib/editor/actions/result";
import { isIsoDate, parseId } from "@/lib/editor/actions/parse-input";
import { loadCalculationForUser, requireAgent, type AgentActor } from "@/lib/agent/access.server";
import { getCalculationView } from "@/lib/agent/calculations.server";
import { addDays } from "@/lib/agent/validity";
import type { UiLocale } from "@/lib/format/money";
import type { ComparisonResponse, TQuoteRequest } from "@/lib/rating";
import { chooseOffers, MAX_OFFERS, type OfferContacts, type OfferPrice, type OfferSource } from "./document";
import { pricingOf } from "./discounts.server";

export const LINK_DAYS = 14;
export const MAX_LINK_DAYS = 90;

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** The public path of a client link. */
export const offerLinkPath = (token: string) => `/o/${token}`;

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export interface OfferLinkState {
  status: "active" | "revoked" | "expired";
}

export function linkStatus(offer: Pick<CommercialOffer, "revokedAt" | "expiresAt">, now: Date): OfferLinkState["status"] {
  if (offer.revokedAt) return "revoked";
  return offer.expiresAt.getTime() <= now.getTime() ? "expired" : "active";
}

/** The end of a link's last day (23:59:59.999 Moscow time) as an instant. */
function endOfMoscowDay(iso: string): Date {
  return new Date(new Date(`${addDays(iso, 1)}T00:00:00+03:00`).getTime() - 1);
}

/**
 * Makes an offer of 1–5 offers of the calculation, with a client link. 201 with the token (shown
 * to the agent once: only its hash is kept). `expiresOn` (YYYY-MM-DD, optional): the link's last day.
 */
export async function createOffer(
  db: Db,
  user: Actor | null,
  input: { calculationId: unknown; insurerIds: unknown; locale: unknown; expiresOn?: unknown },
  now: Date,
): Promise<ActionResult<{ offer: CommercialOffer; token: string }>> {
  const loaded = await loadCalculationForUser(db, user, input.calculationId);
  if (!loaded.ok) return loaded;
  const calc = loaded.record;
  const response = calc.response as ComparisonResponse;
  const ids = Array.isArray(input.insurerIds) ? input.insurerIds.filter((x): x is string => typeof x === "string").slice(0, MAX_OFFERS + 1) : [];
  const issues: { path: string; message: string }[] = [];
  const chosen = chooseOffers(response, ids);
  if (!chosen.ok) issues.push({ path: "insurerIds", message: chosen.error });
  const locale = input.locale === "en" ? "en" : input.locale === "ru" ? "ru" : null;
  if (!locale) issues.push({ path: "locale", message: "format" });
  const today = todayIso(now);
  const expiresText = typeof input.expiresOn === "string" ? input.expiresOn.trim() : "";
  const expiresOn = expiresText === "" ? addDays(today, LINK_DAYS) : expiresText;
  if (!isIsoDate(expiresOn)) issues.push({ path: "expiresOn", message: "format" });
  else if (expiresOn < today) issues.push({ path: "expiresOn", message: "date_in_past" });
  else if (expiresOn > addDays(today, MAX_LINK_DAYS)) issues.push({ path: "expiresOn", message: "too_far" });
  if (issues.length > 0) return fail("invalid", "Проверьте поля.", issues);

  const view = await getCalculationView(db, user, { id: calc.id }, now);
  if (!view.ok) return view;
  const validity = view.view.validity.filter((v) => ids.includes(v.insurerId));
  if (validity.some((v) => v.expired)) return fail("conflict", "Цены этого расчёта больше не действуют: рассчитайте заново.", [{ path: "insurerIds", message: "expired" }]);
  const validUntil = validity.reduce((min, v) => (v.validUntil < min ? v.validUntil : min), view.view.validUntil);
  const [client] = await db.select({ erasedAt: clients.erasedAt }).from(clients).where(eq(clients.id, calc.clientId)).limit(1);
  if (client?.erasedAt) return fail("conflict", "Данные клиента удалены по его запросу.", [{ path: "", message: "erased" }]);

  const pricing = await pricingOf(db, calc);
  const prices: Record<string, OfferPrice> = {};
  for (const id of ids) {
    const p = pricing.find((x) => x.insurerId === id)!;
    prices[id] = { discount: p.applied.discount, premiumAfter: p.applied.premiumAfter, installmentSchedule: p.applied.installmentSchedule };
  }
  const token = randomBytes(32).toString("base64url");
  const offer = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(commercialOffers)
      .values({
        calculationId: calc.id,
        agencyId: calc.agencyId,
        agentId: calc.agentId,
        createdBy: user!.id,
        insurerIds: ids,
        prices,
        locale: locale!,
        validUntil,
        tokenHash: hashToken(token),
        expiresAt: endOfMoscowDay(expiresOn),
        createdAt: now,
      })
      .returning();
    await tx.insert(auditLog).values({ action: "offer.create", userId: user!.id, details: { agencyId: calc.agencyId, calculationId: calc.id, offerId: row!.id, insurerIds: ids, expiresOn }, at: now });
    return row!;
  });
  return succeed({ offer, token }, 201);
}

/** The offers made from a calculation, newest first (no tokens: they are not kept). */
export async function listOffers(db: Db, user: Actor | null, input: { calculationId: unknown }): Promise<ActionResult<{ offers: CommercialOffer[] }>> {
  const loaded = await loadCalculationForUser(db, user, input.calculationId);
  if (!loaded.ok) return loaded;
  const offers = await db.select().from(commercialOffers).where(eq(commercialOffers.calculationId, loaded.record.id)).orderBy(desc(commercialOffers.createdAt), desc(commercialOffers.id));
  return succeed({ offers });
}

/** An offer the user may see: through its calculation (401/403 first, then 404 exactly as for a calculation). */
export async function loadOfferForUser(db: Db, user: Actor | null, offerId: unknown): Promise<ActionResult<{ agent: AgentActor; offer: CommercialOffer; calculation: SavedCalculation }>> {
  const access = await requireAgent(db, user);
  if (!access.ok) return access;
  const notFound = () => fail("not_found", "Такого предложения нет или оно вам недоступно.");
  const id = parseId(offerId);
  const [offer] = id === null ? [] : await db.select().from(commercialOffers).where(eq(commercialOffers.id, id)).limit(1);
  if (!offer) return notFound();
  const loaded = await loadCalculationForUser(db, user, offer.calculationId);
  if (!loaded.ok) return loaded.status === 404 ? notFound() : loaded;
  return succeed({ agent: loaded.agent, offer, calculation: loaded.record });
}

/** Revokes an offer's client link (200; revoking twice changes nothing more). */
export async function revokeOffer(db: Db, user: Actor | null, input: { offerId: unknown }, now: Date): Promise<ActionResult<{ offer: CommercialOffer }>> {
  const loaded = await loadOfferForUser(db, user, input.offerId);
  if (!loaded.ok) return loaded;
  if (loaded.offer.revokedAt) return succeed({ offer: loaded.offer });
  const offer = await db.transaction(async (tx) => {
    const [row] = await tx.update(commercialOffers).set({ revokedAt: now, revokedBy: user!.id }).where(and(eq(commercialOffers.id, loaded.offer.id))).returning();
    await tx.insert(auditLog).values({ action: "offer.revoke", userId: user!.id, details: { agencyId: loaded.offer.agencyId, calculationId: loaded.offer.calculationId, offerId: loaded.offer.id }, at: now });
    return row!;
  });
  return succeed({ offer });
}

/** What the document is built from: the calculation, the frozen prices, the contacts, the client's name. */
export async function offerSource(db: Db, offer: CommercialOffer, calc: SavedCalculation, locale: UiLocale, demonstration: boolean): Promise<OfferSource> {
  const [[agency], [agent], [client]] = await Promise.all([
    db.select().from(agencies).where(eq(agencies.id, offer.agencyId)).limit(1),
    db
      .select({ name: users.name, email: users.email, phone: agencyMembers.phone })
      .from(users)
      .leftJoin(agencyMembers, eq(agencyMembers.userId, users.id))
      .where(eq(users.id, offer.agentId))
      .limit(1),
    db.select({ name: clients.name }).from(clients).where(eq(clients.id, calc.clientId)).limit(1),
  ]);
  const contacts: OfferContacts = {
    agencyName: agency?.name ?? "",
    agencyPhone: agency?.phone ?? "",
    agencyEmail: agency?.email ?? "",
    agencyAddress: agency?.address ?? "",
    agentName: agent?.name ?? "",
    agentPhone: agent?.phone ?? "",
    agentEmail: agent?.email ?? "",
  };
  return {
    request: calc.request as TQuoteRequest,
    response: calc.response as ComparisonResponse,
    insurerIds: offer.insurerIds as string[],
    prices: offer.prices as Record<string, OfferPrice>,
    contacts,
    clientName: client?.name ?? "",
    preparedOn: todayIso(offer.createdAt),
    validUntil: offer.validUntil,
    demonstration,
    locale,
  };
}

export type PublicOffer = { ok: true; offer: CommercialOffer; calculation: SavedCalculation } | { ok: false; status: 404 | 410 };

/**
 * Opens a client link: 404 for a token that never existed, 410 for one revoked, expired or whose
 * client was erased; otherwise the offer (the opening recorded and audited when `record`).
 */
export async function openOfferLink(db: Db, token: unknown, now: Date, { record = true }: { record?: boolean } = {}): Promise<PublicOffer> {
  if (typeof token !== "string" || !TOKEN.test(token)) return { ok: false, status: 404 };
  const [offer] = await db.select().from(commercialOffers).where(eq(commercialOffers.tokenHash, hashToken(token))).limit(1);
  if (!offer) return { ok: false, status: 404 };
  const [row] = await db
    .select({ calculation: savedCalculations, erasedAt: clients.erasedAt })
    .from(savedCalculations)
    .innerJoin(clients, eq(clients.id, savedCalculations.clientId))
    .where(eq(savedCalculations.id, offer.calculationId))
    .limit(1);
  if (!row || row.erasedAt || linkStatus(offer, now) !== "active") return { ok: false, status: 410 };
  if (!record) return { ok: true, offer, calculation: row.calculation };
  const updated = await db.transaction(async (tx) => {
    const [u] = await tx
      .update(commercialOffers)
      // Counted in SQL, so two openings at once both count.
      .set({ firstOpenedAt: sql`coalesce(${commercialOffers.firstOpenedAt}, ${now.toISOString()}::timestamptz)`, lastOpenedAt: now, openCount: sql`${commercialOffers.openCount} + 1` })
      .where(eq(commercialOffers.id, offer.id))
      .returning();
    await tx.insert(auditLog).values({ action: "offer.open", userId: null, details: { agencyId: offer.agencyId, calculationId: offer.calculationId, offerId: offer.id }, at: now });
    return u!;
  });
  return { ok: true, offer: updated, calculation: row.calculation };
}
