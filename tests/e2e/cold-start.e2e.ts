// The built site's cold start on the embedded database (its own servers, beside the shared one):
// the first quote is answered while the database is still being created, with the same bytes
// as once it is open; a second server on the same data directory is refused at once; after a
// clean stop, the next start answers from the sealed snapshot.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { serverArgs } from "../../app/_server/entry-path";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort, stopServers } from "./helpers/processes";

const root = mkdtempSync(join(tmpdir(), "kasko-e2e-cold-"));
const dataDir = join(root, "pglite");
const servers: ChildProcess[] = [];
afterAll(async () => {
  await stopServers(servers);
  rmSync(root, { recursive: true, force: true });
});

const BODY = JSON.stringify({ policyStart: "2027-08-01", region: "77", vehicle: { modelId: "mazda-3", year: 2026, price: 1_900_000 }, drivers: [{ age: 30, experienceYears: 5 }] });

async function start(): Promise<{ server: ChildProcess; url: string; log: () => string }> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", KASKO_DATA_DIR: dataDir, KASKO_STARTUP_TIMINGS: "1" };
  delete env.DATABASE_URL;
  const server = spawn(process.execPath, serverArgs(port), { stdio: ["ignore", "pipe", "pipe"], env });
  servers.push(server);
  let log = "";
  server.stdout?.on("data", (d) => (log += String(d)));
  server.stderr?.on("data", (d) => (log += String(d)));
  return { server, url: `http://127.0.0.1:${port}`, log: () => log };
}

/** The first 200 of the quote API, and what the server had reported of its start by then. */
async function firstQuote(instance: { server: ChildProcess; url: string; log: () => string }): Promise<{ body: string; logThen: string }> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (instance.server.exitCode !== null) throw new Error(`exited: ${instance.log()}`);
    try {
      const res = await fetch(`${instance.url}/api/v1/quotes`, { method: "POST", headers: { "content-type": "application/json" }, body: BODY });
      if (res.status === 200) {
        const body = await res.text();
        return { body, logThen: instance.log() };
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`no quote in 60 s: ${instance.log()}`);
}

async function untilLogged(instance: { log: () => string }, text: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!instance.log().includes(text)) {
    if (Date.now() > deadline) throw new Error(`never logged "${text}": ${instance.log()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function stop(server: ChildProcess): Promise<number | null> {
  server.kill("SIGTERM");
  return new Promise((r) => server.once("exit", (code) => r(code)));
}

describe("cold start of the built site on the embedded database", () => {
  let answer = "";

  it("a new data directory: the first quote comes before the database is open, the same as after", async () => {
    const a = await start();
    const first = await firstQuote(a);
    expect(first.logThen).toContain("early pricing built (shipped)");
    expect(first.logThen).not.toContain("database library built");
    answer = first.body;
    expect(JSON.parse(answer).quotes.length).toBeGreaterThan(0);

    // A second server on the same directory is refused at once, whatever it would price with.
    const b = await start();
    const code = await new Promise<number | null>((r) => b.server.once("exit", (c) => r(c)));
    expect(code).toBe(1);
    expect(b.log()).toContain("cannot start");

    await untilLogged(a, "database library built");
    expect((await firstQuote(a)).body).toBe(answer);
    expect(a.log()).not.toContain("differ from what the database publishes");
    expect(await stop(a.server)).toBe(143);
    expect(existsSync(`${dataDir}.published.json`)).toBe(true);
  }, 120_000);

  it("an existing data directory after a clean stop: the first quote from the sealed snapshot, the same answer", async () => {
    const a = await start();
    const first = await firstQuote(a);
    expect(first.logThen).toContain("early pricing built (snapshot)");
    expect(first.body).toBe(answer);
    await untilLogged(a, "database library built");
    expect(a.log()).not.toContain("differ from what the database publishes");
    expect(await stop(a.server)).toBe(143);
  }, 120_000);
});
