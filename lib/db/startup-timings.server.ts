// Server-only: with KASKO_STARTUP_TIMINGS=1, the server writes when each step of its start is
// done (milliseconds since the process started) to stderr, for bench/cold-start.ts.
import { performance } from "node:perf_hooks";

export function startupTiming(step: string): void {
  if (process.env.KASKO_STARTUP_TIMINGS !== "1") return;
  process.stderr.write(`kasko-startup ${performance.now().toFixed(0)} ${step}\n`);
}
