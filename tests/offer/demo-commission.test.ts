import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client.server";
import { createDemoAccounts } from "@/lib/db/demo-accounts.server";
import { agencies, auditLog, commissionRates } from "@/lib/db/schema";
import { freshDatabase } from "../db/test-database";

describe("the development demo agency's commission", () => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase("pglite", { seed: true });
  }, 60_000);
  afterAll(() => database?.close());

  it("gets demonstration rates from the demo administrator, audited, so its agents can give discounts", async () => {
    expect(await createDemoAccounts(database.db, () => {})).toBe(true);
    const { db } = database;
    const [agency] = await db.select().from(agencies);
    const rates = await db.select().from(commissionRates);
    expect(rates.map((r) => [r.insurerId, r.percent]).sort()).toEqual([
      ["ingosstrakh", "10"],
      ["liberty", "12"],
      ["maks", "8"],
      ["renaissance", "15"],
      ["rosgosstrakh", "10"],
    ]);
    expect(rates.every((r) => r.agencyId === agency!.id && r.effectiveFrom === "2019-01-01")).toBe(true);
    expect((await db.select().from(auditLog)).filter((a) => a.action === "commission.set")).toHaveLength(5);
  }, 60_000);
});
