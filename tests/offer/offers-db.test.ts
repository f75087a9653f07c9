/**
 * Commission, discounts and commercial offers on a real database (PGlite, and PostgreSQL when
 * TEST_DATABASE_URL is set): the access matrix of every action, what each writes and audits,
 * the cap enforced on the server, and the client link's life (open, expire, revoke, erase).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asc, eq } from "drizzle-orm";
import { auditLog, calculationDiscounts, commercialOffers, commissionRates, type User } from "@/lib/db/schema";
import type { Actor } from "@/lib/editor/actions/authorize";
import { createClient, eraseClient } from "@/lib/agent/clients.server";
import { saveCalculation } from "@/lib/agent/calculations.server";
import { listCommissions, setCommission, commissionInForce } from "@/lib/offer/commission.server";
import { getPricing, setDiscount } from "@/lib/offer/discounts.server";
import { createOffer, hashToken, listOffers, loadOfferForUser, openOfferLink, revokeOffer } from "@/lib/offer/offers.server";
import type { ComparisonResponse } from "@/lib/rating";
import { BACKENDS } from "../db/test-database";
import { actor, agentFixture, CTX, NOW, QUERY, snapshot, type AgentFixture } from "../agent-access/helpers";

type Who = "anonymous" | "editor" | "admin" | "foreign" | "colleague" | "head" | "owner";
const WHO: Who[] = ["anonymous", "editor", "admin", "foreign", "colleague", "head", "owner"];
const EXPECTED: Record<Who, number | "ok"> = { anonymous: 401, editor: 403, admin: 403, foreign: 404, colleague: 404, head: "ok", owner: "ok" };
type Run = (user: Actor | null) => Promise<{ ok: boolean; status: number }>;

async function ownersCalculation(f: AgentFixture) {
  const created = await createClient(f.db, actor(f.owner), { name: "Иван Петров", phone: "+7 900 123-45-67", consentProcessing: "on", consentTransfer: "on" }, CTX);
  if (!created.ok) throw new Error(created.message);
  const saved = await saveCalculation(f.db, actor(f.owner), { clientId: created.client.id, query: QUERY }, NOW);
  if (!saved.ok) throw new Error(saved.message);
  return { client: created.client, calculation: saved.calculation, response: saved.calculation.response as ComparisonResponse };
}

/** Everything these actions could change, as comparable text (with the agents' own tables). */
async function snapshotAll(f: AgentFixture): Promise<string> {
  const [base, d, o, c] = await Promise.all([
    snapshot(f.db),
    f.db.select().from(calculationDiscounts).orderBy(asc(calculationDiscounts.id)),
    f.db.select().from(commercialOffers).orderBy(asc(commercialOffers.id)),
    f.db.select().from(commissionRates).orderBy(asc(commissionRates.id)),
  ]);
  return JSON.stringify({ base, d, o, c });
}

describe.each(BACKENDS)("commission, discounts and commercial offers on %s", (backend) => {
  let f: AgentFixture;
  const userOf = (who: Who): Actor | null => (who === "anonymous" ? null : actor(f[who] as User));

  beforeAll(async () => {
    f = await agentFixture(backend);
    for (const insurerId of ["maks", "renaissance", "ingosstrakh", "liberty", "rosgosstrakh"]) {
      const set = await setCommission(f.db, actor(f.admin), { agencyId: f.agencyA, insurerId, percent: "15", effectiveFrom: "2026-01-01" }, NOW);
      if (!set.ok) throw new Error(set.message);
    }
  }, 60_000);
  afterAll(() => f?.database.close());

  describe("the commission table", () => {
    it("only an admin sets and lists it; the history stays and the rate in force is the latest effective", async () => {
      for (const who of WHO.filter((w) => w !== "admin")) {
        const before = await snapshotAll(f);
        const result = await setCommission(f.db, userOf(who), { agencyId: f.agencyA, insurerId: "maks", percent: "20", effectiveFrom: "2026-06-01" }, NOW);
        expect(result.status).toBe(who === "anonymous" ? 401 : 403);
        expect(await snapshotAll(f)).toBe(before);
        expect((await listCommissions(f.db, userOf(who))).status).toBe(who === "anonymous" ? 401 : 403);
      }
      const later = await setCommission(f.db, actor(f.admin), { agencyId: f.agencyA, insurerId: "maks", percent: "12,5", effectiveFrom: "2027-01-01" }, NOW);
      expect(later).toMatchObject({ ok: true, status: 201, rate: { percent: "12.5", effectiveFrom: "2027-01-01" } });
      expect(await commissionInForce(f.db, f.agencyA, "maks", "2026-12-01")).toBe("15");
      expect(await commissionInForce(f.db, f.agencyA, "maks", "2027-01-01")).toBe("12.5");
      expect(await commissionInForce(f.db, f.agencyB, "maks", "2027-01-01")).toBeNull();
      const list = await listCommissions(f.db, actor(f.admin));
      expect(list.ok && list.rows.filter((r) => r.insurerId === "maks" && r.agencyId === f.agencyA).map((r) => r.percent)).toEqual(["12.5", "15"]);
      const audit = await f.db.select().from(auditLog).where(eq(auditLog.action, "commission.set"));
      expect(audit.length).toBeGreaterThanOrEqual(6);
    });

    it("answers bad input in its fields", async () => {
      const result = await setCommission(f.db, actor(f.admin), { agencyId: "999999", insurerId: "nobody", percent: "75", effectiveFrom: "2026-13-01" }, NOW);
      expect(result.status).toBe(400);
      expect(!result.ok && result.issues.map((i) => i.path)).toEqual(["agencyId", "insurerId", "percent", "effectiveFrom"]);
    });
  });

  describe("access matrix", () => {
    const CASES: { action: string; success: 200 | 201; prepare: (f: AgentFixture) => Promise<Run> }[] = [
      { action: "getPricing", success: 200, prepare: async (f) => { const { calculation } = await ownersCalculation(f); return (u) => getPricing(f.db, u, { id: calculation.id }); } },
      { action: "setDiscount", success: 200, prepare: async (f) => { const { calculation } = await ownersCalculation(f); return (u) => setDiscount(f.db, u, { calculationId: calculation.id, insurerId: "renaissance", kind: "rubles", value: "500" }, NOW); } },
      { action: "createOffer", success: 201, prepare: async (f) => { const { calculation, response } = await ownersCalculation(f); return (u) => createOffer(f.db, u, { calculationId: calculation.id, insurerIds: response.quotes.slice(0, 3).map((q) => q.insurerId), locale: "ru" }, NOW); } },
      { action: "listOffers", success: 200, prepare: async (f) => { const { calculation } = await ownersCalculation(f); return (u) => listOffers(f.db, u, { calculationId: calculation.id }); } },
      {
        action: "loadOfferForUser",
        success: 200,
        prepare: async (f) => {
          const { calculation, response } = await ownersCalculation(f);
          const made = await createOffer(f.db, actor(f.owner), { calculationId: calculation.id, insurerIds: [response.quotes[0]!.insurerId], locale: "ru" }, NOW);
          if (!made.ok) throw new Error(made.message);
          return (u) => loadOfferForUser(f.db, u, made.offer.id);
        },
      },
      {
        action: "revokeOffer",
        success: 200,
        prepare: async (f) => {
          const { calculation, response } = await ownersCalculation(f);
          const made = await createOffer(f.db, actor(f.owner), { calculationId: calculation.id, insurerIds: [response.quotes[0]!.insurerId], locale: "ru" }, NOW);
          if (!made.ok) throw new Error(made.message);
          return (u) => revokeOffer(f.db, u, { offerId: made.offer.id }, NOW);
        },
      },
    ];
    for (const c of CASES) {
      describe(c.action, () => {
        for (const who of WHO) {
          it(`${who} → ${EXPECTED[who] === "ok" ? c.success : EXPECTED[who]}`, async () => {
            const run = await c.prepare(f);
            const before = await snapshotAll(f);
            const result = await run(userOf(who));
            if (EXPECTED[who] === "ok") expect(result).toMatchObject({ ok: true, status: c.success });
            else {
              expect(result).toMatchObject({ ok: false, status: EXPECTED[who] });
              expect(await snapshotAll(f)).toBe(before);
              expect(JSON.stringify(result)).not.toMatch(/Иван|900|premium|commission/);
            }
          });
        }
      });
    }
  });

  describe("discounts", () => {
    it("enforces the cap on the server, shows the commission before and after, and audits", async () => {
      const { calculation, response } = await ownersCalculation(f);
      const q = response.quotes.find((x) => x.insurerId === "renaissance")!;
      const pricing = await getPricing(f.db, actor(f.owner), { id: calculation.id });
      if (!pricing.ok) throw new Error("setup");
      const p = pricing.pricing.find((x) => x.insurerId === "renaissance")!;
      // Renaissance allows 10 %, the commission is 15 %: the insurer's cap decides.
      expect(p.cap.reason).toBe("insurer");
      const over = await setDiscount(f.db, actor(f.owner), { calculationId: calculation.id, insurerId: "renaissance", kind: "percent", value: "10.5" }, NOW);
      expect(over).toMatchObject({ ok: false, status: 400, issues: [{ path: "value", message: "over_cap" }], cap: p.cap.rubles });
      const ok = await setDiscount(f.db, actor(f.owner), { calculationId: calculation.id, insurerId: "renaissance", kind: "percent", value: "10" }, NOW);
      expect(ok.ok).toBe(true);
      if (!ok.ok) return;
      expect(ok.pricing.applied.discount).toBe(p.cap.rubles);
      expect(ok.pricing.applied.premiumBefore).toBe(q.premium);
      expect(ok.pricing.applied.commissionAfter).not.toBe(ok.pricing.applied.commissionBefore);
      const rows = await f.db.select().from(calculationDiscounts).where(eq(calculationDiscounts.calculationId, calculation.id));
      expect(rows).toMatchObject([{ insurerId: "renaissance", kind: "percent", value: "10", amount: p.cap.rubles }]);
      // Surgutneftegaz allows none; a bad amount is a field error.
      expect(await setDiscount(f.db, actor(f.owner), { calculationId: calculation.id, insurerId: "surgutneftegaz", kind: "rubles", value: "1" }, NOW)).toMatchObject({ status: 400, issues: [{ path: "value", message: "not_allowed" }] });
      expect(await setDiscount(f.db, actor(f.owner), { calculationId: calculation.id, insurerId: "renaissance", kind: "rubles", value: "abc" }, NOW)).toMatchObject({ status: 400, issues: [{ path: "value", message: "format" }] });
      // Zero removes it.
      expect((await setDiscount(f.db, actor(f.owner), { calculationId: calculation.id, insurerId: "renaissance", kind: "rubles", value: "0" }, NOW)).ok).toBe(true);
      expect(await f.db.select().from(calculationDiscounts).where(eq(calculationDiscounts.calculationId, calculation.id))).toEqual([]);
      const audit = await f.db.select().from(auditLog).where(eq(auditLog.action, "discount.set"));
      expect(audit.filter((a) => (a.details as { calculationId: number }).calculationId === calculation.id)).toHaveLength(2);
    });

    it("no commission agreed: no discount", async () => {
      const created = await createClient(f.db, actor(f.foreign), { name: "Клиент Беты", phone: "+79005550001", consentProcessing: "on" }, CTX);
      if (!created.ok) throw new Error("setup");
      const saved = await saveCalculation(f.db, actor(f.foreign), { clientId: created.client.id, query: QUERY }, NOW);
      if (!saved.ok) throw new Error("setup");
      expect(await setDiscount(f.db, actor(f.foreign), { calculationId: saved.calculation.id, insurerId: "renaissance", kind: "rubles", value: "1" }, NOW)).toMatchObject({ status: 400, issues: [{ path: "value", message: "no_commission" }] });
    });
  });

  describe("commercial offers and their links", () => {
    it("freezes what the client pays, stores only the token's hash, records openings, and ends with revoke or expiry (410)", async () => {
      const { calculation, response } = await ownersCalculation(f);
      await setDiscount(f.db, actor(f.owner), { calculationId: calculation.id, insurerId: "renaissance", kind: "rubles", value: "1000" }, NOW);
      const three = response.quotes.slice(0, 3).map((q) => q.insurerId);
      expect(three).toContain("renaissance");
      const made = await createOffer(f.db, actor(f.owner), { calculationId: calculation.id, insurerIds: three, locale: "ru" }, NOW);
      if (!made.ok) throw new Error(made.message);
      expect(made.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const [stored] = await f.db.select().from(commercialOffers).where(eq(commercialOffers.id, made.offer.id));
      expect(stored!.tokenHash).toBe(hashToken(made.token));
      expect(JSON.stringify(stored)).not.toContain(made.token);
      const renaissance = response.quotes.find((q) => q.insurerId === "renaissance")!;
      expect((stored!.prices as Record<string, { discount: string; premiumAfter: string }>).renaissance).toMatchObject({ discount: "1000.00" });
      expect(JSON.stringify(stored!.prices)).not.toMatch(/commission/i);
      void renaissance;
      // Default expiry: 14 days, through the end of that day in Moscow.
      expect(stored!.expiresAt.toISOString()).toBe("2026-12-06T20:59:59.999Z");

      // A later discount change does not touch the offer already made.
      await setDiscount(f.db, actor(f.owner), { calculationId: calculation.id, insurerId: "renaissance", kind: "rubles", value: "0" }, NOW);

      const opened = await openOfferLink(f.db, made.token, new Date("2026-11-23T10:00:00Z"));
      expect(opened.ok).toBe(true);
      await openOfferLink(f.db, made.token, new Date("2026-11-24T10:00:00Z"));
      const [seen] = await f.db.select().from(commercialOffers).where(eq(commercialOffers.id, made.offer.id));
      expect(seen).toMatchObject({ openCount: 2, firstOpenedAt: new Date("2026-11-23T10:00:00Z"), lastOpenedAt: new Date("2026-11-24T10:00:00Z") });
      expect((seen!.prices as Record<string, { discount: string }>).renaissance!.discount).toBe("1000.00");

      expect(await openOfferLink(f.db, made.token, new Date("2026-12-06T21:00:00Z"))).toEqual({ ok: false, status: 410 });
      expect(await openOfferLink(f.db, made.token.slice(0, -1) + (made.token.endsWith("A") ? "B" : "A"), NOW)).toEqual({ ok: false, status: 404 });
      expect(await openOfferLink(f.db, "short", NOW)).toEqual({ ok: false, status: 404 });

      const revoked = await revokeOffer(f.db, actor(f.owner), { offerId: made.offer.id }, NOW);
      expect(revoked).toMatchObject({ ok: true, offer: { revokedBy: f.owner.id } });
      expect(await openOfferLink(f.db, made.token, new Date("2026-11-25T10:00:00Z"))).toEqual({ ok: false, status: 410 });
      const actions = (await f.db.select().from(auditLog)).filter((a) => (a.details as { offerId?: number }).offerId === made.offer.id).map((a) => a.action);
      expect(actions).toEqual(["offer.create", "offer.open", "offer.open", "offer.revoke"]);
    });

    it("an erased client's links stop working", async () => {
      const { client, calculation, response } = await ownersCalculation(f);
      const made = await createOffer(f.db, actor(f.owner), { calculationId: calculation.id, insurerIds: [response.quotes[0]!.insurerId], locale: "en" }, NOW);
      if (!made.ok) throw new Error(made.message);
      expect((await openOfferLink(f.db, made.token, NOW, { record: false })).ok).toBe(true);
      const erased = await eraseClient(f.db, actor(f.owner), { id: client.id, confirm: "erase" }, CTX);
      expect(erased.ok).toBe(true);
      expect(await openOfferLink(f.db, made.token, NOW)).toEqual({ ok: false, status: 410 });
    });

    it("answers bad choices and dates in their fields", async () => {
      const { calculation, response } = await ownersCalculation(f);
      const ids = response.quotes.map((q) => q.insurerId);
      const bad = async (input: Record<string, unknown>) => {
        const r = await createOffer(f.db, actor(f.owner), { calculationId: calculation.id, insurerIds: ids.slice(0, 2), locale: "ru", ...input }, NOW);
        return r.ok ? r.status : r.issues;
      };
      expect(await bad({ insurerIds: [] })).toEqual([{ path: "insurerIds", message: "no_offers" }]);
      expect(await bad({ insurerIds: ["x", "y", "z", "u", "v", "w"] })).toEqual([{ path: "insurerIds", message: "too_many_offers" }]);
      expect(await bad({ insurerIds: ["surgutneftegaz-nope"] })).toEqual([{ path: "insurerIds", message: "unknown_offer" }]);
      expect(await bad({ expiresOn: "2026-11-21" })).toEqual([{ path: "expiresOn", message: "date_in_past" }]);
      expect(await bad({ expiresOn: "2027-11-21" })).toEqual([{ path: "expiresOn", message: "too_far" }]);
      expect(await bad({ locale: "de" })).toEqual([{ path: "locale", message: "format" }]);
      expect(await bad({ expiresOn: "2026-11-22" })).toBe(201);
    });
  });
});
