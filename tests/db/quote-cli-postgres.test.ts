import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalog as shippedCatalog } from "@/lib/catalog";
import type { Database } from "@/lib/db/client.server";
import { catalogModels } from "@/lib/db/schema";
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

  it("prices with the catalog in the database, one request and a batch in worker threads alike", async () => {
    // A model an editor added: not in data/catalog/, so only the database's catalog knows it.
    const model = { ...shippedCatalog.models.get("kia-ceed")!, id: "kaiyi-e5", make: "Kaiyi", model: "E5", names: { ru: "Кайи Е5", en: "Kaiyi E5" }, spellings: [] };
    await database.db.insert(catalogModels).values({ id: model.id, body: model });
    const request = { policyStart: "2026-12-01", region: "38", vehicle: { modelId: "kaiyi-e5", year: 2025, price: 1800000 }, drivers: [{ age: 40, experienceYears: 20 }] };
    const run = (args: string[], input: string) => spawnSync(join(process.cwd(), "node_modules/.bin/tsx"), ["lib/cli/quote.ts", ...args], { input, encoding: "utf8", env: { ...process.env, DATABASE_URL: database.url }, timeout: 60_000, maxBuffer: 1 << 30 });
    const one = run([], JSON.stringify(request));
    expect(one.status, one.stderr).toBe(0);
    expect(JSON.parse(one.stdout).quotes.length).toBeGreaterThanOrEqual(5);
    const lines = Array.from({ length: 40 }, () => JSON.stringify(request)).join("\n");
    const inWorkers = run(["--batch", "--workers", "2"], lines);
    expect(inWorkers.status, inWorkers.stderr).toBe(0);
    expect(JSON.parse(inWorkers.stdout.split("\n")[0]!).quotes[0].premium).toBe(JSON.parse(one.stdout).quotes[0].premium);
    // Without the database the same request names an unknown model.
    const env = { ...process.env };
    delete env.DATABASE_URL;
    const offline = spawnSync(join(process.cwd(), "node_modules/.bin/tsx"), ["lib/cli/quote.ts"], { input: JSON.stringify(request), encoding: "utf8", env, timeout: 60_000 });
    expect(offline.status).toBe(2);
    expect(offline.stderr).toContain("vehicle.modelId");
  }, 120_000);
});
