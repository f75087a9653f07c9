import { afterEach, beforeEach, vi } from "vitest";

/**
 * The rating library must never talk to the console: a warning or error printed during a test
 * is a problem nobody would notice in a green run. Calls are recorded and fail the test after it
 * ends, so a library that swallows exceptions cannot hide them either.
 */
const calls: string[] = [];

beforeEach(() => {
  calls.length = 0;
  for (const method of ["error", "warn"] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      calls.push(`console.${method}: ${args.map(String).join(" ")}`);
    });
  }
});

afterEach(() => {
  vi.restoreAllMocks();
  if (calls.length > 0) {
    const report = calls.join("\n");
    calls.length = 0;
    throw new Error(`unexpected console output during the test:\n${report}`);
  }
});
