/**
 * The agents' workspace access matrix: every agent action × (anonymous, editor, admin, agent of
 * another agency, other agent of the same agency, head of the agency, owner) → 401 / 403 / 404
 * with nothing read or changed, or success. Runs on PGlite, and on PostgreSQL when
 * TEST_DATABASE_URL is set.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { clientDrivers, clientVehicles, type User } from "@/lib/db/schema";
import type { Actor } from "@/lib/editor/actions/authorize";
import { addDriver, addVehicle, createClient, eraseClient, getClientView, giveConsent, listClients, removeClientItem, updateClient, withdrawConsent } from "@/lib/agent/clients.server";
import { getCalculationView, requoteCalculation, saveCalculation } from "@/lib/agent/calculations.server";
import { cancelPolicy, correctPolicy, listRenewals, loadPolicyForUser, recordPolicy, requotePolicy } from "@/lib/agent/policies.server";
import { getCheckView, loadCheckForUser, saveCheck } from "@/lib/agent/policy-checks.server";
import { BACKENDS } from "../db/test-database";
import { actor, agentFixture, CTX, NOW, QUERY, snapshot, type AgentFixture } from "./helpers";

type Who = "anonymous" | "editor" | "admin" | "foreign" | "colleague" | "head" | "owner";
const WHO: Who[] = ["anonymous", "editor", "admin", "foreign", "colleague", "head", "owner"];

/** What each kind of user gets from an action on the owner's client or calculation. */
const EXPECTED: Record<Who, "401" | "403" | "404" | "ok"> = { anonymous: "401", editor: "403", admin: "403", foreign: "404", colleague: "404", head: "ok", owner: "ok" };

type Run = (user: Actor | null) => Promise<{ ok: boolean; status: number }>;

interface Case {
  action: string;
  success: 200 | 201;
  /** Sets up a fresh owner's client (and whatever else the action needs) and returns the call. */
  prepare: (f: AgentFixture) => Promise<Run>;
  /** Reads: the answer must carry none of the client's data for a refused user. */
  read?: boolean;
}

async function ownersClient(f: AgentFixture, name = "Иван Петров") {
  const created = await createClient(f.db, actor(f.owner), { name, phone: "+7 900 123-45-67", consentProcessing: "on", consentTransfer: "on" }, CTX);
  if (!created.ok) throw new Error(created.message);
  return created.client;
}

async function ownersCalculation(f: AgentFixture) {
  const client = await ownersClient(f);
  const saved = await saveCalculation(f.db, actor(f.owner), { clientId: client.id, query: QUERY }, NOW);
  if (!saved.ok) throw new Error(saved.message);
  return saved.calculation;
}

async function ownersPolicy(f: AgentFixture) {
  const calculation = await ownersCalculation(f);
  const recorded = await recordPolicy(f.db, actor(f.owner), { calculationId: calculation.id, insurerId: firstInsurer(calculation), premiumPaid: "45000", startDate: "2026-12-01", endDate: "2027-11-30" }, NOW);
  if (!recorded.ok) throw new Error(recorded.message);
  return recorded.policy;
}

const firstInsurer = (calculation: { response: unknown }) => (calculation.response as { quotes: { insurerId: string }[] }).quotes[0]!.insurerId;

const checkQuery = (calculation: { response: unknown }) => `${QUERY}&ins=${firstInsurer(calculation)}&paid=45000`;

async function ownersCheck(f: AgentFixture) {
  const calculation = await ownersCalculation(f);
  const saved = await saveCheck(f.db, actor(f.owner), { clientId: calculation.clientId, calculationId: calculation.id, query: checkQuery(calculation) }, NOW);
  if (!saved.ok) throw new Error(saved.message);
  return saved.check;
}

const CASES: Case[] = [
  { action: "recordPolicy", success: 201, prepare: async (f) => { const c = await ownersCalculation(f); return (u) => recordPolicy(f.db, u, { calculationId: c.id, insurerId: firstInsurer(c), premiumPaid: "45000", startDate: "2026-12-01", endDate: "2027-11-30" }, NOW); } },
  { action: "loadPolicyForUser", success: 200, read: true, prepare: async (f) => { const p = await ownersPolicy(f); return async (u) => { const r = await loadPolicyForUser(f.db, u, p.id); return r.ok ? { ok: true, status: 200 } : r; }; } },
  { action: "requotePolicy", success: 201, prepare: async (f) => { const p = await ownersPolicy(f); return (u) => requotePolicy(f.db, u, { id: p.id, insuredValue: "1000000", claims: "0" }, NOW); } },
  { action: "correctPolicy", success: 200, prepare: async (f) => { const p = await ownersPolicy(f); return (u) => correctPolicy(f.db, u, { id: p.id, premiumPaid: "44000", startDate: "2026-12-01", endDate: "2027-11-30" }, NOW); } },
  { action: "cancelPolicy", success: 200, prepare: async (f) => { const p = await ownersPolicy(f); return (u) => cancelPolicy(f.db, u, { id: p.id }, NOW); } },
  { action: "getClientView", success: 200, read: true, prepare: async (f) => { const c = await ownersClient(f); return (u) => getClientView(f.db, u, c.id); } },
  { action: "updateClient", success: 200, prepare: async (f) => { const c = await ownersClient(f); return (u) => updateClient(f.db, u, { id: String(c.id), name: "Иван Сидоров", phone: "+79001234567", email: "", birthDate: "", notes: "" }, CTX); } },
  { action: "giveConsent", success: 201, prepare: async (f) => { const c = await ownersClient(f); await withdrawConsent(f.db, actor(f.owner), { clientId: c.id, kind: "transfer" }, CTX); return (u) => giveConsent(f.db, u, { clientId: c.id, kind: "transfer" }, CTX); } },
  { action: "withdrawConsent", success: 200, prepare: async (f) => { const c = await ownersClient(f); return (u) => withdrawConsent(f.db, u, { clientId: c.id, kind: "transfer" }, CTX); } },
  { action: "eraseClient", success: 200, prepare: async (f) => { const c = await ownersClient(f); return (u) => eraseClient(f.db, u, { id: c.id, confirm: "erase" }, CTX); } },
  { action: "addVehicle", success: 201, prepare: async (f) => { const c = await ownersClient(f); return (u) => addVehicle(f.db, u, { clientId: c.id, modelId: "mazda-3", year: "2024", price: "1500000", powerHp: "", region: "77" }, CTX); } },
  { action: "addDriver", success: 201, prepare: async (f) => { const c = await ownersClient(f); return (u) => addDriver(f.db, u, { clientId: c.id, name: "Иван", age: "30", experienceYears: "5", sex: "male" }, CTX); } },
  {
    action: "removeClientItem",
    success: 200,
    prepare: async (f) => {
      const c = await ownersClient(f);
      const added = await addVehicle(f.db, actor(f.owner), { clientId: c.id, modelId: "mazda-3", year: "2024", price: "1500000" }, CTX);
      if (!added.ok) throw new Error(added.message);
      return (u) => removeClientItem(f.db, u, { clientId: c.id, kind: "vehicle", itemId: added.vehicle.id }, CTX);
    },
  },
  { action: "saveCalculation", success: 201, prepare: async (f) => { const c = await ownersClient(f); return (u) => saveCalculation(f.db, u, { clientId: c.id, query: QUERY }, NOW); } },
  { action: "getCalculationView", success: 200, read: true, prepare: async (f) => { const calc = await ownersCalculation(f); return (u) => getCalculationView(f.db, u, { id: calc.id }, NOW); } },
  { action: "requoteCalculation", success: 201, prepare: async (f) => { const calc = await ownersCalculation(f); return (u) => requoteCalculation(f.db, u, { id: calc.id }, NOW); } },
  { action: "saveCheck", success: 201, prepare: async (f) => { const calc = await ownersCalculation(f); return (u) => saveCheck(f.db, u, { clientId: calc.clientId, calculationId: calc.id, query: checkQuery(calc) }, NOW); } },
  { action: "getCheckView", success: 200, read: true, prepare: async (f) => { const check = await ownersCheck(f); return (u) => getCheckView(f.db, u, { id: check.id }); } },
  { action: "loadCheckForUser", success: 200, read: true, prepare: async (f) => { const check = await ownersCheck(f); return async (u) => { const r = await loadCheckForUser(f.db, u, check.id); return r.ok ? { ok: true, status: 200 } : r; }; } },
];

describe.each(BACKENDS)("agents' workspace access on %s", (backend) => {
  let f: AgentFixture;
  beforeAll(async () => {
    f = await agentFixture(backend);
  }, 60_000);
  afterAll(() => f?.database.close());

  const userOf = (who: Who): Actor | null => (who === "anonymous" ? null : actor(f[who] as User));

  for (const c of CASES) {
    describe(c.action, () => {
      for (const who of WHO) {
        it(`${who} → ${EXPECTED[who] === "ok" ? c.success : EXPECTED[who]}`, async () => {
          const run = await c.prepare(f);
          const before = await snapshot(f.db);
          const result = await run(userOf(who));
          if (EXPECTED[who] === "ok") {
            expect(result).toMatchObject({ ok: true, status: c.success });
          } else {
            expect(result).toMatchObject({ ok: false, status: Number(EXPECTED[who]) });
            // Nothing changed, and nothing of the client's in the answer.
            expect(await snapshot(f.db)).toBe(before);
            expect(JSON.stringify(result)).not.toMatch(/Иван|900/);
          }
        });
      }
    });
  }

  describe("createClient (the actor's own client)", () => {
    for (const who of WHO) {
      const expected = who === "anonymous" ? 401 : who === "editor" || who === "admin" ? 403 : 201;
      it(`${who} → ${expected}`, async () => {
        const before = await snapshot(f.db);
        const result = await createClient(f.db, userOf(who), { name: "Новый клиент", email: "new@example.org", consentProcessing: "on" }, CTX);
        expect(result.status).toBe(expected);
        if (expected !== 201) expect(await snapshot(f.db)).toBe(before);
        else if (result.ok) expect(result.client.agentId).toBe(userOf(who)!.id);
      });
    }
  });

  describe("listClients shows only what the user may see", () => {
    it("owner and head see the owner's client; the colleague and the other agency do not; others are refused", async () => {
      await ownersClient(f, "Марфа Уникальная");
      const names = async (who: Who) => {
        const result = await listClients(f.db, userOf(who), { q: "Уникальная" });
        return result.ok ? result.rows.map((r) => r.name) : result.status;
      };
      expect(await names("owner")).toEqual(["Марфа Уникальная"]);
      expect(await names("head")).toEqual(["Марфа Уникальная"]);
      expect(await names("colleague")).toEqual([]);
      expect(await names("foreign")).toEqual([]);
      expect(await names("editor")).toBe(403);
      expect(await names("admin")).toBe(403);
      expect(await names("anonymous")).toBe(401);
    });
  });

  describe("listRenewals shows only the policies the agent may see", () => {
    it("owner and head see the owner's policy; the colleague and the other agency do not", async () => {
      const policy = await ownersPolicy(f);
      const later = new Date("2027-11-01T09:00:00.000Z");
      const ids = async (who: Who) => {
        const { requireAgent } = await import("@/lib/agent/access.server");
        const access = await requireAgent(f.db, userOf(who));
        if (!access.ok) return access.status;
        return (await listRenewals(f.db, access.agent, later)).map((r) => r.policy.id).filter((id) => id === policy.id);
      };
      expect(await ids("owner")).toEqual([policy.id]);
      expect(await ids("head")).toEqual([policy.id]);
      expect(await ids("colleague")).toEqual([]);
      expect(await ids("foreign")).toEqual([]);
      expect(await ids("editor")).toBe(403);
      expect(await ids("anonymous")).toBe(401);
    });
  });

  it("a disabled agent is refused like someone without the role", async () => {
    const c = await ownersClient(f);
    const result = await getClientView(f.db, { ...actor(f.owner), disabledAt: NOW }, c.id);
    expect(result.status).toBe(403);
  });

  it("a removal cannot reach another client's car through the owner's client id", async () => {
    const mine = await ownersClient(f);
    const theirsCreated = await createClient(f.db, actor(f.foreign), { name: "Чужой клиент", phone: "+79005550000", consentProcessing: "on" }, CTX);
    if (!theirsCreated.ok) throw new Error("setup");
    const car = await addVehicle(f.db, actor(f.foreign), { clientId: theirsCreated.client.id, modelId: "mazda-3", year: "2024", price: "1500000" }, CTX);
    if (!car.ok) throw new Error("setup");
    const result = await removeClientItem(f.db, actor(f.owner), { clientId: mine.id, kind: "vehicle", itemId: car.vehicle.id }, CTX);
    expect(result.status).toBe(404);
    expect(await f.db.select().from(clientVehicles).where(eq(clientVehicles.id, car.vehicle.id))).toHaveLength(1);
    expect(await f.db.select().from(clientDrivers).where(eq(clientDrivers.clientId, mine.id))).toHaveLength(0);
  });
});
