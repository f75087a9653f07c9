import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agencies, agencyMembers, clientConsents, clients, clientVehicles } from "@/lib/db/schema";
import { createDemoAccounts } from "@/lib/db/demo-accounts.server";
import { authenticate } from "@/lib/auth/users.server";
import type { Database } from "@/lib/db/client.server";
import { seedCatalogFromData } from "@/seeds/seed-database";
import { freshDatabase } from "../db/test-database";

describe("development demo accounts", () => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase("pglite");
    // Every start seeds the catalog before the demo accounts (their clients' cars name its models).
    await seedCatalogFromData(database.db);
  }, 60_000);
  afterAll(() => database?.close());

  it("adds a demo agency with a head and an agent, and sample clients with consents, once", async () => {
    const lines: string[] = [];
    expect(await createDemoAccounts(database.db, (l) => lines.push(l))).toBe(true);
    const { db } = database;
    expect((await db.select().from(agencies)).map((a) => a.slug)).toEqual(["demo-agency"]);
    expect((await db.select().from(agencyMembers)).map((m) => m.isHead).sort()).toEqual([false, true]);
    const sample = await db.select().from(clients);
    expect(sample).toHaveLength(3);
    expect(await db.select().from(clientConsents)).toHaveLength(6);
    expect(await db.select().from(clientVehicles)).toHaveLength(2);
    const agentLine = lines.find((l) => l.includes("agent@demo.local"))!;
    const password = /password: (\S+)/.exec(agentLine)![1]!;
    expect(await authenticate(db, "agent@demo.local", password, new Date())).toMatchObject({ ok: true, user: { role: "agent" } });
    expect(await createDemoAccounts(database.db, () => {})).toBe(false);
  }, 60_000);
});
