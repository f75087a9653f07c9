// Server-only: the readiness report behind GET /api/health, for load balancers. Cheap: one
// `select 1` and what the process already knows (no library rebuilt, nothing written).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { libraryCacheOf } from "@/lib/db/published-library-cache.server";
import { getReadyDatabase, startStatus } from "@/lib/db/ready.server";
import packageJson from "@/package.json";
import { isDraining } from "./lifecycle.server";

function readBuildId(): string {
  try {
    return readFileSync(join(process.cwd(), ".next", "BUILD_ID"), "utf8").trim();
  } catch {
    return "development";
  }
}

const VERSION = { version: packageJson.version, build: readBuildId() };

export interface Health {
  status: "ok" | "unavailable";
  version: string;
  build: string;
  database: { backend?: "pglite" | "postgres"; reachable: boolean; startFailures: number; retryInMs?: number };
  editions: number;
  draining: boolean;
}

export async function checkHealth(): Promise<Health> {
  const draining = isDraining();
  const health: Health = { status: "unavailable", ...VERSION, database: { reachable: false, startFailures: 0 }, editions: 0, draining };
  try {
    const database = await getReadyDatabase();
    health.database.backend = database.kind;
    await database.db.execute(sql`select 1`);
    health.database.reachable = true;
    const cache = libraryCacheOf(database);
    if (cache.editionCount() === 0) await cache.get();
    health.editions = cache.editionCount();
  } catch {
    // reported below
  }
  const start = startStatus();
  health.database.startFailures = start.failures;
  if (start.retryInMs !== undefined) health.database.retryInMs = start.retryInMs;
  if (health.database.reachable && health.editions > 0 && !draining) health.status = "ok";
  return health;
}
