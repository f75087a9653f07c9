import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client.server";
import { freshDatabase } from "./test-database";

// With DATABASE_URL the command-line quoter prices with the published editions in PostgreSQL.
describe.runIf(process.env.TEST_DATABASE_URL)("npm run quote with DATABASE_URL", () => {
  let database: Database & { url?: string };
  beforeAll(async () => {
    database = await freshDatabase("postgres", { seed: true });
  }, 60_000);
  afterAll(async () => {
    await database.close();
  });

  it("prices from the database", () => {
    const request = { policyStart: "2026-12-01", region: "38", vehicle: { modelId: "hyundai-solaris", year: 2026, price: 624900 }, drivers: [{ age: 40, experienceYears: 20, sex: "male", married: true, hasChildren: true }] };
    const res = spawnSync(join(process.cwd(), "node_modules/.bin/tsx"), ["lib/cli/quote.ts"], { input: JSON.stringify(request), encoding: "utf8", env: { ...process.env, DATABASE_URL: database.url }, timeout: 60_000 });
    expect(res.status, res.stderr).toBe(0);
    expect(JSON.parse(res.stdout).quotes[0]).toMatchObject({ insurerId: "renaissance", premium: "27370.62" });
  });

  it("prices a batch from the database in worker threads as in one thread", () => {
    const request = { policyStart: "2026-12-01", region: "38", vehicle: { modelId: "hyundai-solaris", year: 2026, price: 624900 }, drivers: [{ age: 40, experienceYears: 20, sex: "male", married: true, hasChildren: true }] };
    const input = Array.from({ length: 130 }, (_, i) => JSON.stringify({ ...request, vehicle: { ...request.vehicle, price: 624900 + i * 1000 } })).join("\n");
    const batch = (workers: string) =>
      spawnSync(join(process.cwd(), "node_modules/.bin/tsx"), ["lib/cli/quote.ts", "--batch", "--workers", workers], { input, encoding: "utf8", env: { ...process.env, DATABASE_URL: database.url }, timeout: 60_000, maxBuffer: 1 << 30 });
    const inWorkers = batch("2");
    expect(inWorkers.status, inWorkers.stderr).toBe(0);
    expect(JSON.parse(inWorkers.stdout.split("\n")[0]!).quotes[0]).toMatchObject({ insurerId: "renaissance", premium: "27370.62" });
    expect(inWorkers.stdout).toBe(batch("0").stdout);
  }, 120_000);
});
