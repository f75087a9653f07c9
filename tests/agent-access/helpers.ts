// Shared set-up for the agents' workspace tests: a seeded database with two agencies — the
// owner agent, another agent and a head in the first, an agent in the second — plus an editor
// and an admin; and a snapshot of everything an agent action could change.
import { asc } from "drizzle-orm";
import type { Db, Database } from "@/lib/db/client.server";
import { agencies, auditLog, clientConsents, clientDrivers, clients, clientVehicles, policies, policyChecks, savedCalculations, type User } from "@/lib/db/schema";
import { actor, freshDatabase, insertAccount, type Backend } from "../db/test-database";

export { actor, insertAccount };

/** 12:00 in Moscow on 2026-11-22. */
export const NOW = new Date("2026-11-22T09:00:00.000Z");
export const CTX = { now: NOW, ip: "203.0.113.7" };

/** A calculation as the calculator's URL carries it. */
export const QUERY = "model=mazda-3&year=2026&price=1200000&region=38&d=30_5_m_y_y&start=2026-12-01";

export interface AgentFixture {
  database: Database;
  db: Db;
  owner: User;
  colleague: User;
  head: User;
  foreign: User;
  editor: User;
  admin: User;
  agencyA: number;
  agencyB: number;
}

export async function agentFixture(backend: Backend): Promise<AgentFixture> {
  const database = await freshDatabase(backend, { seed: true });
  const db = database.db;
  const [a] = await db.insert(agencies).values({ slug: "alpha", name: "Альфа-Агент" }).returning();
  const [b] = await db.insert(agencies).values({ slug: "beta", name: "Бета-Брокер" }).returning();
  return {
    database,
    db,
    agencyA: a!.id,
    agencyB: b!.id,
    owner: await insertAccount(db, "agent", "Владелец", { agency: { id: a!.id } }),
    colleague: await insertAccount(db, "agent", "Коллега", { agency: { id: a!.id } }),
    head: await insertAccount(db, "agent", "Руководитель", { agency: { id: a!.id, isHead: true } }),
    foreign: await insertAccount(db, "agent", "Чужой", { agency: { id: b!.id } }),
    editor: await insertAccount(db, "editor", "Редактор"),
    admin: await insertAccount(db, "admin", "Админ"),
  };
}

/** Everything a refused agent action must leave alone, as comparable text. */
export async function snapshot(db: Db): Promise<string> {
  const [c, consents, vehicles, drivers, calcs, audit, book, checks] = await Promise.all([
    db.select().from(clients).orderBy(asc(clients.id)),
    db.select().from(clientConsents).orderBy(asc(clientConsents.id)),
    db.select().from(clientVehicles).orderBy(asc(clientVehicles.id)),
    db.select().from(clientDrivers).orderBy(asc(clientDrivers.id)),
    db.select({ id: savedCalculations.id, agentId: savedCalculations.agentId }).from(savedCalculations).orderBy(asc(savedCalculations.id)),
    db.select({ id: auditLog.id }).from(auditLog),
    db.select().from(policies).orderBy(asc(policies.id)),
    db.select({ id: policyChecks.id, agentId: policyChecks.agentId }).from(policyChecks).orderBy(asc(policyChecks.id)),
  ]);
  return JSON.stringify({ c, consents, vehicles, drivers, calcs, audit: audit.length, book, checks });
}
