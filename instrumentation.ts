// Runs once when the server starts (Next.js instrumentation hook): stamps each request with the
// client's address (for login throttling), and starts opening the database without waiting for
// it (Next.js holds every request until this returns), so that a second process on the same
// embedded data directory stops at once, and closes it on shutdown. The Node.js-only work lives
// in lib/http/ and lib/server/lifecycle.server.ts. KASKO_STARTUP_TIMINGS=1 reports the steps.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.KASKO_STARTUP_TIMINGS === "1") process.stderr.write(`kasko-startup ${performance.now().toFixed(0)} instrumentation start\n`);
  const { installClientIpStamp } = await import("./lib/http/install-client-ip.server");
  installClientIpStamp();
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startServerLifecycle } = await import("./lib/server/lifecycle.server");
  if (process.env.KASKO_STARTUP_TIMINGS === "1") process.stderr.write(`kasko-startup ${performance.now().toFixed(0)} lifecycle loaded\n`);
  await startServerLifecycle();
  if (process.env.KASKO_STARTUP_TIMINGS === "1") process.stderr.write(`kasko-startup ${performance.now().toFixed(0)} instrumentation done\n`);
}
