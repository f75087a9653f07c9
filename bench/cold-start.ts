// Cold start of the built site (`npm run build` first): from starting the production server
// (app/_server/start.server.ts, as `npm start` runs it) to the first answered quote, on an empty data
// directory (the embedded database is created, migrated and seeded) and on an existing one
// (reopened), beside the floor measured in the same run: the moment the server accepts
// connections and Next.js's first answer of a trivial static route (/api/v1/openapi.json).
// SERVER=next measures `next start` instead (the quote through Next.js's router, as before the
// fast lane). PORT_BASE (default 3473) is the port.
// The server is pinned to CPU 0; rounds alternate between the two cases. The server reports its
// own start steps (KASKO_STARTUP_TIMINGS=1: the embedded database open, migrated and seeded, its
// library built, the early pricing built), and each round checks that the first quote (priced
// early, while the database opens) has the same bytes as one asked once the database is ready.
//   npm run bench:cold-start            (3 rounds)
//   SERVER=next npm run bench:cold-start
//   ROUNDS=5 npm run bench:cold-start
import { spawn, type ChildProcess } from "node:child_process";
import { connect } from "node:net";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serverArgs } from "../app/_server/entry-path";

const ROUNDS = Number(process.env.ROUNDS ?? 3);
const PORT = Number(process.env.PORT_BASE ?? 3473);
const VIA_NEXT = process.env.SERVER === "next";
const BODY = JSON.stringify({ policyStart: "2026-12-01", region: "38", vehicle: { modelId: "mazda-3", year: 2026, price: 1200000 }, drivers: [{ age: 30, experienceYears: 5 }] });

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
const sleep = (n: number) => new Promise((r) => setTimeout(r, n));

function accepts(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(PORT, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

async function until(ok: () => Promise<boolean>, t0: bigint): Promise<number> {
  for (;;) {
    if (ms(t0) > 120_000) throw new Error("no answer within 120 s");
    if (await ok().catch(() => false)) return ms(t0);
    await sleep(5);
  }
}

type Round = { listening: number; trivial: number; quote: number; steps: Map<string, number>; same: boolean };

const quote = () => fetch(`http://127.0.0.1:${PORT}/api/v1/quotes`, { method: "POST", headers: { "content-type": "application/json" }, body: BODY });

/** Starts the server on `dataDir` and times the three moments; stops it. */
async function start(dataDir: string): Promise<Round> {
  const env = { ...process.env, NODE_ENV: "production" as const, KASKO_DATA_DIR: dataDir, KASKO_STARTUP_TIMINGS: "1" };
  delete (env as NodeJS.ProcessEnv).DATABASE_URL;
  const t0 = process.hrtime.bigint();
  const command = VIA_NEXT ? ["node_modules/.bin/next", "start", "-p", String(PORT), "-H", "127.0.0.1"] : [process.execPath, ...serverArgs(PORT)];
  const child: ChildProcess = spawn("taskset", ["-c", "0", ...command], { env, stdio: ["ignore", "ignore", "pipe"] });
  const steps = new Map<string, number>();
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
    for (const m of stderr.matchAll(/^kasko-startup (\d+) (.+)$/gm)) steps.set(m[2]!, Number(m[1]));
  });
  try {
    const listening = await until(accepts, t0);
    // The probes run side by side, as the first visitors would.
    let first = "";
    const [trivial, quoted] = await Promise.all([
      until(async () => (await fetch(`http://127.0.0.1:${PORT}/api/v1/openapi.json`)).ok, t0),
      until(async () => {
        const response = await quote();
        if (response.status !== 200) return false;
        first = await response.text();
        return true;
      }, t0),
    ]);
    // The same request once the database's own library is built: the same answer.
    await until(async () => steps.has("database library built"), t0);
    const again = await (await quote()).text();
    if (stderr.includes("differ from what the database publishes")) throw new Error("the server priced its first quotes with other editions than the database's");
    return { listening, trivial, quote: quoted, steps, same: again === first };
  } finally {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
  }
}

async function main() {
  const results = { empty: [] as Awaited<ReturnType<typeof start>>[], existing: [] as Awaited<ReturnType<typeof start>>[] };
  const dirs: string[] = [];
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const dir = mkdtempSync(join(tmpdir(), "kasko-bench-cold-"));
      dirs.push(dir);
      results.empty.push(await start(join(dir, "pglite")));
      results.existing.push(await start(join(dir, "pglite")));
    }
  } finally {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  }
  const steps = ["listening", "first quote answered", "next loaded", "next prepared", "instrumentation start", "instrumentation done", "early pricing built (shipped)", "early pricing built (snapshot)", "embedded database open", "migrations applied", "database open, migrated and seeded", "database library built"];
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(`${ROUNDS} rounds (median; all rounds in brackets), ms from spawning ${VIA_NEXT ? "next start" : "the production server"}; load average ${readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")}`);
  for (const [name, rs] of Object.entries(results)) {
    const line = (key: "listening" | "trivial" | "quote") => `${median(rs.map((r) => r[key])).toFixed(0).padStart(6)} [${rs.map((r) => r[key].toFixed(0)).join(", ")}]`;
    console.log(`${name.padEnd(9)} data dir: listening ${line("listening")}  Next.js's first trivial answer ${line("trivial")}  first quote ${line("quote")}  first quote = later quote: ${rs.every((r) => r.same) ? "yes" : "NO"}`);
    for (const step of steps) {
      const values = rs.map((r) => r.steps.get(step)).filter((v): v is number => v !== undefined);
      if (values.length > 0) console.log(`${"".padEnd(20)}server: ${step.padEnd(36)} ${median(values).toFixed(0).padStart(6)} [${values.join(", ")}]`);
    }
  }
}

void main();
