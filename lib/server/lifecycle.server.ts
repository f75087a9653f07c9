// Server-only: the server process's start and stop around the database.
// Start: the database is opened (and the embedded data directory locked) before the first
// request; if another live process owns the data directory, this process says who and exits.
// Stop: `next start` already handles SIGTERM and SIGINT by closing the HTTP server (no new
// connections, in-flight requests finish) and then calling process.exit. That exit is held back
// here until the database is closed (PGlite checkpointed, the PostgreSQL pool ended, the data
// directory's lock released), at most SHUTDOWN_DB_MS.
import { DataDirLockedError } from "@/lib/db/data-dir-lock.server";
import { libraryCacheOf } from "@/lib/db/published-library-cache.server";
import { closeReadyDatabase, getReadyDatabase } from "@/lib/db/ready.server";

export const SHUTDOWN_DB_MS = 5_000;

const globalForLifecycle = globalThis as unknown as { kaskoDraining?: boolean; kaskoLifecycle?: boolean };

/** True once a shutdown signal arrived: the health check answers 503 so balancers stop sending. */
export function isDraining(): boolean {
  return globalForLifecycle.kaskoDraining === true;
}

function holdExitUntilClosed() {
  const exit = process.exit.bind(process);
  let closing: Promise<void> | undefined;
  process.exit = ((code?: number) => {
    closing ??= Promise.race([closeReadyDatabase().catch(() => undefined), new Promise<void>((r) => setTimeout(r, SHUTDOWN_DB_MS).unref())]);
    void closing.then(() => exit(code));
  }) as typeof process.exit;
}

export async function startServerLifecycle(): Promise<void> {
  if (globalForLifecycle.kaskoLifecycle) return;
  globalForLifecycle.kaskoLifecycle = true;
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      globalForLifecycle.kaskoDraining = true;
      holdExitUntilClosed();
    });
  }
  try {
    const database = await getReadyDatabase();
    await libraryCacheOf(database).get();
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      process.stderr.write(`kasko-compare: cannot start: ${error.message}\n`);
      process.exit(1);
    }
    // PostgreSQL not reachable yet: the next request or health check tries again (with backoff).
    process.stderr.write(`kasko-compare: the database did not start (${error instanceof Error ? error.message : String(error)}); retrying on demand\n`);
  }
}
