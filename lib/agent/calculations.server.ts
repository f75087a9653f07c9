// Calculations saved for clients, pinned to the tariff: the request and the whole response as
// priced, with the published editions used and the time. A saved calculation is never changed;
// "re-quote today" prices the same request with the editions in force now and saves a new
// calculation pointing at the old one. See docs/decisions/0010-agencies-and-clients.md.
import { and, desc, eq, isNull } from "drizzle-orm";
import type { Catalog } from "@/lib/catalog";
import { loadCatalog } from "@/lib/db/catalog.server";
import { todayIso } from "@/lib/clock";
import type { Db } from "@/lib/db/client.server";
import { auditLog, clientConsents, clients, insurers, rateBookVersions, savedCalculations, users, type SavedCalculation } from "@/lib/db/schema";
import type { Actor } from "@/lib/editor/actions/authorize";
import { fail, succeed, type ActionResult } from "@/lib/editor/actions/result";
import { formOfQuery } from "@/lib/form/url-codec";
import { pricingContextOf } from "@/lib/server/pricing-context.server";
import { parseForm } from "@/lib/form/to-request";
import { compareQuotes, parseQuoteRequest, type ComparisonResponse, type TQuoteRequest } from "@/lib/rating";
import { loadCalculationForUser, loadClientForUser, type AgentActor } from "./access.server";
import { diffRequote, type InsurerChange } from "./requote-diff";
import { defaultValidUntil, isExpired, offerValidUntil } from "./validity";

/** A published edition a calculation was priced with. */
export interface EditionRef {
  insurerId: string;
  versionId: number | null;
  effectiveFrom: string;
}

/** The calculator's query string as a quote request, or the first problem. */
function requestFromQuery(query: unknown, today: string, catalog: Catalog): { ok: true; request: TQuoteRequest } | { ok: false } {
  const form = formOfQuery(query);
  if (!form) return { ok: false };
  const parsed = parseForm(form, catalog, today);
  return parsed.ok ? { ok: true, request: parsed.request } : { ok: false };
}

/** The published version ids behind a response's rate-book references. */
async function editionsOf(db: Db, response: ComparisonResponse): Promise<EditionRef[]> {
  const published = await db
    .select({ id: rateBookVersions.id, insurerId: rateBookVersions.insurerId, effectiveFrom: rateBookVersions.effectiveFrom })
    .from(rateBookVersions)
    .where(eq(rateBookVersions.status, "published"));
  const idOf = (insurerId: string, effectiveFrom: string) => published.find((v) => v.insurerId === insurerId && v.effectiveFrom === effectiveFrom)?.id ?? null;
  const refs: EditionRef[] = [];
  for (const item of [...response.quotes, ...response.declined]) {
    if (item.rateBook) refs.push({ insurerId: item.insurerId, effectiveFrom: item.rateBook.effectiveFrom, versionId: idOf(item.insurerId, item.rateBook.effectiveFrom) });
  }
  return refs;
}

/**
 * Prices and stores. The calculation belongs to the client's agent (so a head saving or
 * re-quoting for an agent's client leaves it with that agent); who did it is in the audit log.
 */
export async function priceAndStore(db: Db, agent: AgentActor, owner: { clientId: number; agentId: number }, request: TQuoteRequest, now: Date, requoteOfId: number | null): Promise<SavedCalculation> {
  const clientId = owner.clientId;
  const ctx = await pricingContextOf(db, now);
  const response = compareQuotes(request, ctx.library, ctx.catalog);
  const editions = await editionsOf(db, response);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(savedCalculations)
      .values({
        agentId: owner.agentId,
        agencyId: agent.agencyId,
        clientId,
        request,
        // A plain JSON copy: what is stored is exactly what JSON.stringify of the response gives.
        response: JSON.parse(JSON.stringify(response)),
        editions,
        pricedAt: now,
        validUntil: defaultValidUntil(todayIso(now)),
        requoteOfId,
      })
      .returning();
    await tx.insert(auditLog).values({
      action: requoteOfId === null ? "calculation.save" : "calculation.requote",
      userId: agent.id,
      details: { agencyId: agent.agencyId, clientId, calculationId: row!.id, ...(requoteOfId === null ? {} : { requoteOfId }) },
      at: now,
    });
    return row!;
  });
}

/**
 * Saves the calculator's calculation (its query string) for a client of the agent. The server
 * prices the query itself: nothing priced in the browser is trusted. The client must not be
 * erased and must have consent to processing in force. 201.
 */
export async function saveCalculation(db: Db, user: Actor | null, input: { clientId: unknown; query: unknown }, now: Date): Promise<ActionResult<{ calculation: SavedCalculation }>> {
  const loaded = await loadClientForUser(db, user, input.clientId);
  if (!loaded.ok) return loaded;
  if (loaded.record.erasedAt) return fail("conflict", "Данные клиента удалены по его запросу.", [{ path: "clientId", message: "erased" }]);
  if (!(await clientConsentInForce(db, loaded.record.id))) return fail("conflict", "Нет действующего согласия клиента на обработку персональных данных.", [{ path: "clientId", message: "consent_required" }]);
  const parsed = requestFromQuery(input.query, todayIso(now), await loadCatalog(db));
  if (!parsed.ok) return fail("invalid", "Расчёт не удалось прочитать: рассчитайте заново.", [{ path: "query", message: "invalid_calculation" }]);
  const calculation = await priceAndStore(db, loaded.agent, { clientId: loaded.record.id, agentId: loaded.record.agentId }, parsed.request, now, null);
  return succeed({ calculation }, 201);
}

export async function clientConsentInForce(db: Db, clientId: number): Promise<boolean> {
  const [row] = await db
    .select({ id: clientConsents.id })
    .from(clientConsents)
    .where(and(eq(clientConsents.clientId, clientId), eq(clientConsents.kind, "processing"), isNull(clientConsents.withdrawnAt)))
    .limit(1);
  return !!row;
}

/**
 * Prices a saved calculation's request again with the editions in force today (the policy start
 * moves to today if it has passed) and saves it as a new calculation linked to the old one. 201.
 * Allowed for an erased client too (the request holds no personal data); not without consent.
 */
export async function requoteCalculation(db: Db, user: Actor | null, input: { id: unknown }, now: Date): Promise<ActionResult<{ calculation: SavedCalculation }>> {
  const loaded = await loadCalculationForUser(db, user, input.id);
  if (!loaded.ok) return loaded;
  const old = loaded.record;
  const [client] = await db.select({ erasedAt: clients.erasedAt }).from(clients).where(eq(clients.id, old.clientId)).limit(1);
  if (!client?.erasedAt && !(await clientConsentInForce(db, old.clientId))) {
    return fail("conflict", "Нет действующего согласия клиента на обработку персональных данных.", [{ path: "", message: "consent_required" }]);
  }
  const today = todayIso(now);
  const stored = old.request as TQuoteRequest;
  const parsed = parseQuoteRequest({ ...stored, policyStart: stored.policyStart < today ? today : stored.policyStart }, await loadCatalog(db), today);
  if (!parsed.ok) return fail("conflict", "Этот запрос сегодня рассчитать нельзя.", parsed.error.issues.map((i) => ({ path: i.path, message: "invalid_calculation" })));
  const calculation = await priceAndStore(db, loaded.agent, { clientId: old.clientId, agentId: old.agentId }, parsed.request, now, old.id);
  return succeed({ calculation }, 201);
}

export interface OfferValidity {
  insurerId: string;
  validUntil: string;
  expired: boolean;
}

export interface CalculationView {
  calculation: SavedCalculation;
  response: ComparisonResponse;
  request: TQuoteRequest;
  editions: (EditionRef & { insurerName: string; insurerNameEn: string })[];
  clientName: string | null;
  clientErased: boolean;
  agentName: string;
  /** Per priced offer: its last valid day (the default, or before a newer edition takes effect). */
  validity: OfferValidity[];
  /** The earliest last day of the offers (the default when none was priced). */
  validUntil: string;
  expired: boolean;
  /** Set on a re-quote: the calculation it re-quotes, and what changed per insurer. */
  previous: { id: number; pricedAt: Date; changes: InsurerChange[] } | null;
  /** Re-quotes of this calculation, newest first. */
  requotes: { id: number; pricedAt: Date }[];
}

/** A saved calculation as quoted, with its validity on `now` and, for a re-quote, the changes. */
export async function getCalculationView(db: Db, user: Actor | null, input: { id: unknown }, now: Date): Promise<ActionResult<{ view: CalculationView; agent: AgentActor }>> {
  const loaded = await loadCalculationForUser(db, user, input.id);
  if (!loaded.ok) return loaded;
  const calc = loaded.record;
  const response = calc.response as ComparisonResponse;
  const [[client], [owner], published, names, requotes, previousRow] = await Promise.all([
    db.select({ name: clients.name, erasedAt: clients.erasedAt }).from(clients).where(eq(clients.id, calc.clientId)).limit(1),
    db.select({ name: users.name }).from(users).where(eq(users.id, calc.agentId)).limit(1),
    db.select({ insurerId: rateBookVersions.insurerId, effectiveFrom: rateBookVersions.effectiveFrom }).from(rateBookVersions).where(eq(rateBookVersions.status, "published")),
    db.select().from(insurers),
    db
      .select({ id: savedCalculations.id, pricedAt: savedCalculations.pricedAt })
      .from(savedCalculations)
      .where(and(eq(savedCalculations.requoteOfId, calc.id), eq(savedCalculations.agencyId, loaded.agent.agencyId)))
      .orderBy(desc(savedCalculations.pricedAt)),
    calc.requoteOfId === null ? Promise.resolve([]) : db.select().from(savedCalculations).where(eq(savedCalculations.id, calc.requoteOfId)).limit(1),
  ]);
  const today = todayIso(now);
  const validity = response.quotes.map((q) => {
    const dates = published.filter((p) => p.insurerId === q.insurerId && p.effectiveFrom !== null).map((p) => p.effectiveFrom!);
    const until = offerValidUntil(calc.validUntil, q.rateBook.effectiveFrom, dates);
    return { insurerId: q.insurerId, validUntil: until, expired: isExpired(until, today) };
  });
  const validUntil = validity.reduce((min, v) => (v.validUntil < min ? v.validUntil : min), calc.validUntil);
  const nameOf = new Map(names.map((n) => [n.id, n]));
  const previous = previousRow[0];
  return succeed({
    agent: loaded.agent,
    view: {
      calculation: calc,
      response,
      request: calc.request as TQuoteRequest,
      editions: (calc.editions as EditionRef[]).map((e) => ({ ...e, insurerName: nameOf.get(e.insurerId)?.nameRu ?? e.insurerId, insurerNameEn: nameOf.get(e.insurerId)?.nameEn ?? e.insurerId })),
      clientName: client?.name ?? null,
      clientErased: !!client?.erasedAt,
      agentName: owner?.name ?? "",
      validity,
      validUntil,
      expired: isExpired(validUntil, today),
      previous: previous ? { id: previous.id, pricedAt: previous.pricedAt, changes: diffRequote(previous.response as ComparisonResponse, response) } : null,
      requotes,
    },
  });
}

/** The clients an agent may save a calculation for (not erased, consent in force), for the save form. */
export async function saveTargets(db: Db, agent: AgentActor): Promise<{ id: number; name: string }[]> {
  const rows = await db
    .selectDistinct({ id: clients.id, name: clients.name })
    .from(clients)
    .innerJoin(clientConsents, and(eq(clientConsents.clientId, clients.id), eq(clientConsents.kind, "processing"), isNull(clientConsents.withdrawnAt)))
    .where(and(eq(clients.agentId, agent.id), eq(clients.agencyId, agent.agencyId), isNull(clients.erasedAt)))
    .orderBy(clients.name)
    .limit(500);
  return rows.map((r) => ({ id: r.id, name: r.name ?? "" }));
}
