// Server-only: the database the site runs on, migrated and seeded from data/ on first use.
import { seedRateBooks } from "@/seeds/seed-database";
import { getDatabase, type Database } from "./client.server";

const globalForReady = globalThis as unknown as { kaskoReady?: Promise<Database> };

/**
 * The process's database, ready to serve: migrations applied, and the rate books in data/
 * loaded as published editions where missing (idempotent, so every start may run it).
 */
export function getReadyDatabase(): Promise<Database> {
  globalForReady.kaskoReady ??= (async () => {
    const database = await getDatabase();
    await seedRateBooks(database.db);
    return database;
  })();
  return globalForReady.kaskoReady;
}
