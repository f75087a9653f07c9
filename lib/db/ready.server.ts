// Server-only: the database the site runs on, migrated and seeded from data/ on first use.
import { seedRateBooks } from "@/seeds/seed-database";
import { getDatabase, type Database } from "./client.server";
import { createDemoAccounts } from "./demo-accounts.server";

const globalForReady = globalThis as unknown as { kaskoReady?: Promise<Database> };

/**
 * The process's database, ready to serve: migrations applied, and the rate books in data/
 * loaded as published editions where missing (idempotent, so every start may run it); in
 * development, demo editor accounts on an empty database.
 */
export function getReadyDatabase(): Promise<Database> {
  globalForReady.kaskoReady ??= (async () => {
    const database = await getDatabase();
    await seedRateBooks(database.db);
    if (process.env.NODE_ENV === "development") await createDemoAccounts(database.db);
    return database;
  })();
  return globalForReady.kaskoReady;
}
