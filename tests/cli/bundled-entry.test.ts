import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { bundledEntry } from "@/lib/cli/batch/bundled-entry";

const impactWorker = pathToFileURL(`${process.cwd()}/lib/editor/impact-worker.ts`).href;

describe("bundledEntry", () => {
  it("bundles a TypeScript worker entry into one JavaScript module, once per process", async () => {
    const url = await bundledEntry(impactWorker);
    expect(url).toMatch(/\/node_modules\/\.cache\/kasko-workers\/worker-[0-9a-f]{16}\.mjs$/);
    const file = fileURLToPath(url);
    expect(existsSync(file)).toBe(true);
    // Everything the worker needs is inside: no TypeScript path alias or source module is left to import.
    expect(readFileSync(file, "utf8")).not.toMatch(/from "@\//);
    expect(await bundledEntry(impactWorker)).toBe(url);
  });

  it("returns a JavaScript entry as it is", async () => {
    expect(await bundledEntry("file:///somewhere/worker.mjs")).toBe("file:///somewhere/worker.mjs");
  });

  it("starts as a worker thread without tsx's loader", async () => {
    const url = await bundledEntry(impactWorker);
    // Without workerData the worker's setup throws reading it: the module itself loaded and ran.
    const worker = new Worker(new URL(url), { workerData: null, stderr: true });
    const error = await new Promise<Error>((resolve) => worker.once("error", resolve));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toMatch(/setup/);
    await worker.terminate();
  });
});
