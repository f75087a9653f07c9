// Server-only: the server process's start and stop around the database.
// Start: the database starts opening (and the embedded data directory is locked) before the
// first request; if another live process owns the data directory, this process says who and
// exits. Requests are served while it opens: quotes from the early pricing where there is one
// (lib/db/early-pricing.server.ts), anything else that needs the database waits for it.
// Stop: the production server (app/_server/start.server.ts, as `next start` before it) handles SIGTERM and
// SIGINT by closing the HTTP server (no new connections, in-flight requests finish) and then
// calling process.exit. That exit is held back
// here until the database is closed (PGlite checkpointed, the PostgreSQL pool ended, the data
// directory's lock released), at most SHUTDOWN_DB_MS.
// It is started by the production server (app/_server/start.server.ts) before Next.js, and again by the
// instrumentation hook under `next dev` or `next start`; the second call finds it started: the
// state lives on globalThis (kasko* keys), shared by Next.js's bundles and the server's own copy
// of lib/ (which is why errors are told by name, not by class).
// The database's modules (its drivers, drizzle) are imported when the database is opened, not
// when the hook runs: with early pricing, the first quotes do not wait for them either.
import { acquireDataDirLock, isDataDirLockedError } from "@/lib/db/data-dir-lock.server";
import { configuredDatabase } from "@/lib/db/data-dir";
import { earlyPricingData, endEarlyPricing, planEarlyPricing, startEarlyPricing } from "@/lib/db/early-pricing.server";
import { startupTiming } from "@/lib/db/startup-timings.server";

type DatabaseModules = [typeof import("@/lib/db/ready.server"), typeof import("@/lib/db/published-library-cache.server")];
const databaseModules = (): Promise<DatabaseModules> => Promise.all([import("@/lib/db/ready.server"), import("@/lib/db/published-library-cache.server")]);

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
    const close = import("@/lib/db/ready.server").then(({ closeReadyDatabase }) => closeReadyDatabase());
    closing ??= Promise.race([close.catch(() => undefined), new Promise<void>((r) => setTimeout(r, SHUTDOWN_DB_MS).unref())]);
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
  const options = configuredDatabase("next start");
  // Decided before the database opens: opening creates the directory and changes its stamp.
  const plan = planEarlyPricing(options);
  startEarlyPricing(plan);
  startupTiming(`early pricing: ${plan?.source ?? "none"}`);
  const refuse = (error: unknown) => {
    process.stderr.write(`kasko-compare: cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  };
  if (plan && "dataDir" in options && options.dataDir) {
    // Another process owning the data directory is refused at once, before any request is served.
    try {
      acquireDataDirLock(options.dataDir, "next start");
    } catch (error) {
      if (isDataDirLockedError(error)) return refuse(error);
      throw error;
    }
  }
  const open = ([{ getReadyDatabase }, { libraryCacheOf }]: DatabaseModules) =>
    getReadyDatabase(() => options)
      .then(async (database) => {
        startupTiming("database open, migrated and seeded");
        await libraryCacheOf(database).pricingData();
        startupTiming("database library built");
        return false;
      })
      .catch((error: unknown) => {
        if (plan) endEarlyPricing(plan.snapshotPath);
        if (isDataDirLockedError(error)) refuse(error);
        // PostgreSQL not reachable yet: the next request or health check tries again (with backoff).
        else process.stderr.write(`kasko-compare: the database did not start (${error instanceof Error ? error.message : String(error)}); retrying on demand\n`);
        return true;
      });
  if (plan) {
    // The early pricing first (the first quotes need it), then the database, in the background.
    setImmediate(() => {
      earlyPricingData();
      void databaseModules().then(open, (error: unknown) => {
        endEarlyPricing(plan.snapshotPath);
        process.stderr.write(`kasko-compare: the database did not start (${error instanceof Error ? error.message : String(error)}); retrying on demand\n`);
      });
    });
    return;
  }
  const failed = open(await databaseModules());
  // A data directory locked by another process is refused at once (before any request is served).
  await Promise.race([failed, new Promise((resolve) => setImmediate(resolve))]);
}
