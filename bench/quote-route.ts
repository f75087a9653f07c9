// Throughput of POST /api/v1/quotes (the full answer, and `?detail=summary`) on the built site
// (`npm run build` first): the production server, where the fast lane answers it
// (app/_server/start.server.ts), and the same build under `next start`, where Next.js's router and route
// handler answer it; beside two floors measured in the same run: GET /api/health through Next.js
// on the production server (the framework's own cost for a trivial route, plus one `select 1`),
// and the same library behind a bare node:http server (no framework, no database).
// Each server is pinned to CPU 0 and autocannon to CPU 1 (taskset), rounds interleaved.
//   npm run bench:quote-route            (3 rounds of 15 s, 10 connections)
//   ROUNDS=1 DURATION=10 CONNECTIONS=50 npm run bench:quote-route
//   PORT_BASE=3470 (default): the servers listen on PORT_BASE … PORT_BASE + 2
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serverArgs } from "../app/_server/entry-path";

const ROUNDS = Number(process.env.ROUNDS ?? 3);
const DURATION = Number(process.env.DURATION ?? 15);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 10);
const PORT_BASE = Number(process.env.PORT_BASE ?? 3470);
const [LANE, BARE, NEXT] = [PORT_BASE, PORT_BASE + 1, PORT_BASE + 2].map((port) => `http://127.0.0.1:${port}`) as [string, string, string];
const BODY = JSON.stringify({ policyStart: "2026-12-01", region: "38", vehicle: { modelId: "mazda-3", year: 2026, price: 1200000 }, drivers: [{ age: 30, experienceYears: 5, sex: "male", married: true, hasChildren: true }] });

const BARE_SERVER = `
import { createServer } from "node:http";
import { catalog } from "@/lib/catalog";
import { outcomeJson, respondToQuoteText } from "@/lib/api/respond-to-quote";
import { getDiskLibrary } from "@/lib/rate-books/load-from-disk.server";
import { todayIso } from "@/lib/clock";
const library = getDiskLibrary();
createServer((req, res) => {
  const chunks = [];
  req.on("data", (c) => chunks.push(c));
  req.on("end", () => {
    const outcome = respondToQuoteText(Buffer.concat(chunks).toString("utf8"), { library, catalog, today: todayIso() });
    res.writeHead(outcome.status, { "content-type": "application/json" });
    res.end(outcomeJson(outcome));
  });
}).listen(Number(process.env.PORT), "127.0.0.1", () => process.stdout.write("listening\\n"));
`;

async function waitFor(url: string, init?: RequestInit): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url, init)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer`);
}

/** The pid of the process listening on the port (tsx runs the bare server in a child process). */
function pidOnPort(port: number): number {
  const res = spawnSync("sh", ["-c", `ss -ltnpH 'sport = :${port}' | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2`], { encoding: "utf8" });
  const pid = Number(res.stdout.trim());
  if (!pid) throw new Error(`no process listens on ${port}`);
  return pid;
}

/** The process's CPU time so far (user + system), in milliseconds. */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ = 100)
}

function load(url: string, method: "GET" | "POST", pid?: number): { rps: number; p99: number; bytes: number; cpu?: number } {
  const before = pid === undefined ? 0 : cpuMs(pid);
  const args = ["-c", "1", "node_modules/.bin/autocannon", "-j", "-c", String(CONNECTIONS), "-d", String(DURATION), "-m", method];
  if (method === "POST") args.push("-H", "content-type=application/json", "-b", BODY);
  const res = spawnSync("taskset", [...args, url], { encoding: "utf8", maxBuffer: 1 << 26 });
  const out = JSON.parse(res.stdout) as { requests: { average: number; total: number }; latency: { p99: number }; throughput: { average: number }; non2xx: number; errors: number };
  if (out.non2xx || out.errors) throw new Error(`${url}: ${out.non2xx} non-2xx, ${out.errors} errors`);
  const cpu = pid === undefined ? undefined : (cpuMs(pid) - before) / out.requests.total;
  return { rps: out.requests.average, p99: out.latency.p99, bytes: Math.round(out.throughput.average / out.requests.average), cpu };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "kasko-bench-route-"));
  const children: ChildProcess[] = [];
  try {
    const env = { ...process.env, NODE_ENV: "production" as const };
    delete (env as NodeJS.ProcessEnv).DATABASE_URL;
    // Each server on a new data directory of its own (both price the editions of data/).
    children.push(spawn("taskset", ["-c", "0", process.execPath, ...serverArgs(PORT_BASE)], { env: { ...env, KASKO_DATA_DIR: join(dir, "lane") }, stdio: "ignore" }));
    children.push(spawn("taskset", ["-c", "0", "node_modules/.bin/tsx", "--input-type=module", "-e", BARE_SERVER], { env: { ...env, PORT: String(PORT_BASE + 1) }, stdio: "ignore" }));
    children.push(spawn("taskset", ["-c", "0", "node_modules/.bin/next", "start", "-p", String(PORT_BASE + 2), "-H", "127.0.0.1"], { env: { ...env, KASKO_DATA_DIR: join(dir, "next") }, stdio: "ignore" }));
    const post = { method: "POST", headers: { "content-type": "application/json" }, body: BODY };
    await waitFor(`${LANE}/api/v1/quotes`, post);
    await waitFor(`${LANE}/api/health`);
    await waitFor(`${BARE}/`, post);
    await waitFor(`${NEXT}/api/v1/quotes`, post);
    await waitFor(`${NEXT}/api/health`);
    const [lane, bare, next] = [PORT_BASE, PORT_BASE + 1, PORT_BASE + 2].map(pidOnPort);
    const targets = [
      { name: "POST /api/v1/quotes (fast lane)", url: `${LANE}/api/v1/quotes`, method: "POST" as const, pid: lane },
      { name: "POST /api/v1/quotes?detail=summary (fast lane)", url: `${LANE}/api/v1/quotes?detail=summary`, method: "POST" as const, pid: lane },
      { name: "POST /api/v1/quotes (next start)", url: `${NEXT}/api/v1/quotes`, method: "POST" as const, pid: next },
      { name: "POST /api/v1/quotes?detail=summary (next start)", url: `${NEXT}/api/v1/quotes?detail=summary`, method: "POST" as const, pid: next },
      { name: "GET /api/health (through Next.js, floor)", url: `${LANE}/api/health`, method: "GET" as const, pid: lane },
      { name: "bare node:http, same library", url: `${BARE}/`, method: "POST" as const, pid: bare },
    ];
    const results = new Map<string, { rps: number; p99: number; bytes: number; cpu?: number }[]>();
    // Until the databases' starts are over (their CPU would be counted), then a warm-up round, not counted.
    await new Promise((r) => setTimeout(r, 3000));
    for (const t of targets) load(t.url, t.method);
    for (let round = 0; round < ROUNDS; round++) {
      for (const t of targets) {
        const r = load(t.url, t.method, t.pid);
        results.set(t.name, [...(results.get(t.name) ?? []), r]);
      }
    }
    console.log(`${CONNECTIONS} connections, ${DURATION} s × ${ROUNDS} rounds (median of rounds); load average ${readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")}`);
    for (const [name, rs] of results) {
      const m = rs.map((r) => r.rps).sort((x, y) => x - y)[Math.floor(rs.length / 2)]!;
      const p99 = rs.map((r) => r.p99).sort((x, y) => x - y)[Math.floor(rs.length / 2)]!;
      const cpu = rs.map((r) => r.cpu ?? NaN).sort((x, y) => x - y)[Math.floor(rs.length / 2)]!;
      console.log(`${name.padEnd(52)} ${m.toFixed(0).padStart(6)} req/s  p99 ${p99} ms  ${cpu.toFixed(3)} ms CPU/request  ${rs[0]!.bytes} B/response  rounds: ${rs.map((r) => r.rps.toFixed(0)).join(", ")}`);
    }
  } finally {
    for (const c of children) c.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 1500));
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
