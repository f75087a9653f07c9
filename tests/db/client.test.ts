import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client.server";
import { BACKENDS, freshDatabase } from "./test-database";

describe.each(BACKENDS)("database on %s", (backend) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(backend);
  }, 60_000);
  afterAll(async () => {
    await database.close();
  });

  it("has every table after migration", async () => {
    const rows = await database.db.execute(sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`);
    const names = (rows as unknown as { rows: { table_name: string }[] }).rows.map((r) => r.table_name);
    expect(names).toEqual(["agencies", "agency_members", "audit_log", "bulk_column_mappings", "bulk_job_chunks", "bulk_jobs", "calculation_discounts", "calendar_feed_tokens", "catalog_makes", "catalog_models", "client_consents", "client_drivers", "client_vehicles", "clients", "commercial_offers", "commission_rates", "insurers", "login_throttle", "policies", "policy_checks", "price_alerts", "rate_book_versions", "saved_calculations", "sessions", "users"]);
  });
});
