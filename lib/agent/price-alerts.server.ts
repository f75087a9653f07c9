// Price-change alerts: when an edition is published, which of an agent's open quotes (saved
// calculations still valid) and renewals due within 60 days it prices differently — worked out
// with the editor's impact analysis (lib/editor/impact.ts: the published library without the
// edition against the library with it, for its insurer), lazily on the agent's first visit to
// the workspace after the publication, and stored per (agent, edition) so that it is computed
// once whichever instance serves the visit. Nothing here runs on the publish or the quote path.
// See docs/decisions/0015-price-alerts.md.
import { and, desc, eq, gte, inArray, isNull, lt, lte } from "drizzle-orm";
import type { Catalog } from "@/lib/catalog";
import { loadCatalog } from "@/lib/db/catalog.server";
import { todayIso } from "@/lib/clock";
import type { Db } from "@/lib/db/client.server";
import { loadPublishedEditions } from "@/lib/db/published-library.server";
import { clients, insurers, policies, priceAlerts, rateBookVersions, savedCalculations } from "@/lib/db/schema";
import { analyzeImpact } from "@/lib/editor/impact";
import { buildLibrary, parseQuoteRequest, type TQuoteRequest } from "@/lib/rating";
import type { AgentActor } from "./access.server";
import { rollForward, suggestInsuredValue } from "./roll-forward";

/** Publications older than this raise no alert any more (a quote holds 14 days; renewals are looked at weekly). */
export const ALERT_WINDOW_DAYS = 30;
/** Renewals due within this many days are watched. */
export const RENEWAL_HORIZON_DAYS = 60;

export interface AlertItem {
  kind: "quote" | "renewal";
  calculationId: number;
  policyId: number | null;
  clientId: number;
  insurerId: string;
  /** Premiums in rubles; null on the side that declined. */
  before: string | null;
  after: string | null;
  changePercent: string | null;
}

export interface PriceAlert {
  versionId: number;
  insurerId: string;
  insurerName: string;
  insurerNameEn: string;
  effectiveFrom: string;
  publishedAt: Date;
  items: (AlertItem & { clientName: string | null })[];
  /** Distinct clients among the items. */
  clients: number;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

interface Watched {
  kind: "quote" | "renewal";
  calculationId: number;
  policyId: number | null;
  clientId: number;
  request: TQuoteRequest;
}

/** The agent's open quotes and renewals due that were priced before `publishedAt`. */
async function watchedItems(db: Db, agent: AgentActor, publishedAt: Date, today: string, catalog: Catalog): Promise<Watched[]> {
  const [quotes, due, renewed] = await Promise.all([
    db
      .select({ id: savedCalculations.id, clientId: savedCalculations.clientId, request: savedCalculations.request })
      .from(savedCalculations)
      .where(and(eq(savedCalculations.agentId, agent.id), eq(savedCalculations.agencyId, agent.agencyId), gte(savedCalculations.validUntil, today), lt(savedCalculations.pricedAt, publishedAt)))
      .orderBy(desc(savedCalculations.pricedAt))
      .limit(2000),
    db
      .select({ policy: policies, request: savedCalculations.request })
      .from(policies)
      .innerJoin(savedCalculations, eq(savedCalculations.id, policies.calculationId))
      .where(and(eq(policies.agentId, agent.id), eq(policies.agencyId, agent.agencyId), isNull(policies.cancelledAt), gte(policies.endDate, today), lte(policies.endDate, addDays(today, RENEWAL_HORIZON_DAYS)), lt(policies.recordedAt, publishedAt)))
      .limit(2000),
    // Renewal quotes already priced after the publication: those renewals have seen the new prices.
    db
      .select({ id: savedCalculations.id })
      .from(savedCalculations)
      .where(and(eq(savedCalculations.agentId, agent.id), gte(savedCalculations.pricedAt, publishedAt))),
  ]);
  const repricedAfter = new Set(renewed.map((r) => r.id));
  const items: Watched[] = quotes.map((q) => ({ kind: "quote", calculationId: q.id, policyId: null, clientId: q.clientId, request: q.request as TQuoteRequest }));
  for (const { policy, request } of due) {
    if (policy.renewalCalculationId !== null && repricedAfter.has(policy.renewalCalculationId)) continue;
    const last = request as TQuoteRequest;
    // Next year's request as the renewal form suggests it: no claims, the depreciated value.
    const rolled = parseQuoteRequest(rollForward(last, { policyStart: addDays(policy.endDate, 1), insuredValue: suggestInsuredValue(last.vehicle.price, last.vehicle.year, last.policyStart), claims: 0 }), catalog, today);
    if (rolled.ok) items.push({ kind: "renewal", calculationId: policy.calculationId, policyId: policy.id, clientId: policy.clientId, request: rolled.request });
  }
  return items;
}

/**
 * What one published edition changes for the agent's watched items: the impact analysis of the
 * library without it against the library with it, for its insurer. Pure given its inputs.
 */
export async function computeAlertItems(db: Db, agent: AgentActor, version: { id: number; insurerId: string; publishedAt: Date }, now: Date): Promise<AlertItem[]> {
  // Removed models too: what was saved before a model left the catalog is still watched.
  const catalog = await loadCatalog(db, { withRemoved: true });
  const watched = await watchedItems(db, agent, version.publishedAt, todayIso(now), catalog);
  if (watched.length === 0) return [];
  const editions = await loadPublishedEditions(db);
  const proposed = buildLibrary(editions.map((e) => e.book));
  const current = buildLibrary(editions.filter((e) => e.id !== version.id).map((e) => e.book));
  const report = analyzeImpact({ requests: watched.map((w) => w.request), current, proposed, catalog, insurerId: version.insurerId, topMovers: 0 });
  const items: AlertItem[] = [];
  for (const change of report.changes) {
    if (change.before === change.after) continue;
    const w = watched[change.index]!;
    items.push({ kind: w.kind, calculationId: w.calculationId, policyId: w.policyId, clientId: w.clientId, insurerId: version.insurerId, before: change.before, after: change.after, changePercent: change.changePercent });
  }
  for (const change of report.declineChanges) {
    const w = watched[change.index]!;
    const quotedBefore = change.direction === "newly-declined";
    items.push({ kind: w.kind, calculationId: w.calculationId, policyId: w.policyId, clientId: w.clientId, insurerId: version.insurerId, before: quotedBefore ? change.premium : null, after: quotedBefore ? null : change.premium, changePercent: null });
  }
  return items.sort((a, b) => a.clientId - b.clientId || a.calculationId - b.calculationId);
}

/**
 * The agent's alerts for editions published in the last ALERT_WINDOW_DAYS, newest first, each
 * with at least one changed item. Missing ones are computed and stored now (insert … on conflict
 * do nothing: two instances computing the same alert at once store one row, the same one).
 */
export async function alertsFor(db: Db, agent: AgentActor, now: Date): Promise<PriceAlert[]> {
  const since = new Date(now.getTime() - ALERT_WINDOW_DAYS * 86_400_000);
  const versions = await db
    .select({ id: rateBookVersions.id, insurerId: rateBookVersions.insurerId, effectiveFrom: rateBookVersions.effectiveFrom, publishedAt: rateBookVersions.publishedAt, nameRu: insurers.nameRu, nameEn: insurers.nameEn })
    .from(rateBookVersions)
    .innerJoin(insurers, eq(insurers.id, rateBookVersions.insurerId))
    .where(and(eq(rateBookVersions.status, "published"), gte(rateBookVersions.publishedAt, since)))
    .orderBy(desc(rateBookVersions.publishedAt));
  if (versions.length === 0) return [];
  const stored = await db.select().from(priceAlerts).where(and(eq(priceAlerts.agentId, agent.id), inArray(priceAlerts.versionId, versions.map((v) => v.id))));
  const itemsOf = new Map(stored.map((s) => [s.versionId, s.items as AlertItem[]]));
  for (const v of versions) {
    if (itemsOf.has(v.id)) continue;
    const items = await computeAlertItems(db, agent, { id: v.id, insurerId: v.insurerId, publishedAt: v.publishedAt! }, now);
    await db.insert(priceAlerts).values({ agentId: agent.id, versionId: v.id, items, computedAt: now }).onConflictDoNothing();
    const [row] = await db.select({ items: priceAlerts.items }).from(priceAlerts).where(and(eq(priceAlerts.agentId, agent.id), eq(priceAlerts.versionId, v.id))).limit(1);
    itemsOf.set(v.id, (row?.items ?? items) as AlertItem[]);
  }
  const clientIds = [...new Set([...itemsOf.values()].flat().map((i) => i.clientId))];
  const names = clientIds.length === 0 ? [] : await db.select({ id: clients.id, name: clients.name }).from(clients).where(inArray(clients.id, clientIds));
  const nameOf = new Map(names.map((n) => [n.id, n.name]));
  return versions
    .map((v) => {
      const items = (itemsOf.get(v.id) ?? []).map((i) => ({ ...i, clientName: nameOf.get(i.clientId) ?? null }));
      return { versionId: v.id, insurerId: v.insurerId, insurerName: v.nameRu, insurerNameEn: v.nameEn, effectiveFrom: v.effectiveFrom!, publishedAt: v.publishedAt!, items, clients: new Set(items.map((i) => i.clientId)).size };
    })
    .filter((a) => a.items.length > 0);
}
