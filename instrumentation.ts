// Runs once when the server starts (Next.js instrumentation hook): opens the database before the
// first request, so that a second process on the same embedded data directory stops at once,
// and closes it on shutdown. The Node.js-only work lives in lib/server/lifecycle.server.ts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startServerLifecycle } = await import("./lib/server/lifecycle.server");
  await startServerLifecycle();
}
