// Throughput and HTML size of the calculation page (`/?model=…`, a calculation in the URL) on the
// built site (`npm run build` first; the production server, app/_server/start.server.ts), beside the floor measured in the same run: the empty calculator
// `/` on the same server (the framework, the layout and the form without a calculation).
// The server is pinned to CPU 0 and autocannon to CPU 1 (taskset), rounds interleaved; the
// server's own CPU time per request is read from /proc (utime + stime over a counted run).
//   npm run bench:page                  (3 rounds of 15 s, 10 connections)
//   ROUNDS=1 DURATION=10 npm run bench:page
//   BASE_URL=http://127.0.0.1:3000 npm run bench:page   (an already running server: no CPU figures)
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { serverArgs } from "../app/_server/entry-path";

const ROUNDS = Number(process.env.ROUNDS ?? 3);
const DURATION = Number(process.env.DURATION ?? 15);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 10);
const PORT = Number(process.env.PORT ?? 3472);
const CALCULATION = "/?model=mazda-3&year=2026&price=1200000&power=120&region=38&d=30_5_m_y_y";

async function waitFor(url: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer`);
}

function load(url: string): { rps: number; p99: number } {
  const args = ["-c", "1", "node_modules/.bin/autocannon", "-j", "-c", String(CONNECTIONS), "-d", String(DURATION), url];
  const res = spawnSync("taskset", args, { encoding: "utf8", maxBuffer: 1 << 26 });
  const out = JSON.parse(res.stdout) as { requests: { average: number }; latency: { p99: number }; non2xx: number; errors: number };
  if (out.non2xx || out.errors) throw new Error(`${url}: ${out.non2xx} non-2xx, ${out.errors} errors`);
  return { rps: out.requests.average, p99: out.latency.p99 };
}

/** The page as a browser gets it on a first visit: its bytes, gzip size, and how much of it is the RSC payload. */
async function size(url: string): Promise<{ bytes: number; gzip: number; payload: number }> {
  const html = await (await fetch(url)).text();
  const payload = [...html.matchAll(/<script[^>]*>self\.__next_f\.push\([\s\S]*?<\/script>/g)].reduce((n, m) => n + Buffer.byteLength(m[0]), 0);
  return { bytes: Buffer.byteLength(html), gzip: gzipSync(html).length, payload };
}

/** CPU time (ms) of a process and its threads, from /proc. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/** The server's CPU per request over `n` sequential requests (after the load rounds warmed it). */
async function cpuPerRequest(pid: number, url: string, n = 300): Promise<number> {
  const before = cpuMs(pid);
  for (let i = 0; i < n; i++) await (await fetch(url)).arrayBuffer();
  return (cpuMs(pid) - before) / n;
}

/**
 * The server's CPU per request over `n` calculation pages that are all different (the price
 * changes): what a page costs when nothing of it was worked out before for the same link. After
 * 100 other distinct links: the load rounds priced one link, so the pricing code is not yet warm.
 */
async function cpuPerDistinctRequest(pid: number, base: string, n = 300): Promise<number> {
  const page = (i: number) => `${base}${CALCULATION.replace("price=1200000", `price=${1_300_000 + 1_000 * i}`)}`;
  for (let i = n; i < n + 100; i++) await (await fetch(page(i))).arrayBuffer();
  const before = cpuMs(pid);
  for (let i = 0; i < n; i++) await (await fetch(page(i))).arrayBuffer();
  return (cpuMs(pid) - before) / n;
}

/** The pid of the node process listening on the port (taskset execs node). */
function serverPid(child: ChildProcess): number {
  const res = spawnSync("sh", ["-c", `ss -ltnpH 'sport = :${PORT}' | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2`], { encoding: "utf8" });
  return Number(res.stdout.trim()) || child.pid!;
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "kasko-bench-page-"));
  let child: ChildProcess | null = null;
  try {
    let base = process.env.BASE_URL;
    if (!base) {
      const env = { ...process.env, NODE_ENV: "production" as const, KASKO_DATA_DIR: join(dir, "pglite") };
      delete (env as NodeJS.ProcessEnv).DATABASE_URL;
      child = spawn("taskset", ["-c", "0", process.execPath, ...serverArgs(PORT)], { env, stdio: "ignore" });
      base = `http://127.0.0.1:${PORT}`;
    }
    await waitFor(`${base}${CALCULATION}`);
    const targets = [
      { name: "calculation page /?model=…", url: `${base}${CALCULATION}` },
      { name: "/ (floor: the empty calculator)", url: `${base}/` },
    ];
    const results = new Map<string, { rps: number; p99: number }[]>();
    for (const t of targets) load(t.url); // warm-up round, not counted
    for (let round = 0; round < ROUNDS; round++) {
      for (const t of targets) results.set(t.name, [...(results.get(t.name) ?? []), load(t.url)]);
    }
    const pid = child ? serverPid(child) : null;
    console.log(`${CONNECTIONS} connections, ${DURATION} s × ${ROUNDS} rounds (median of rounds); load average ${readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")}`);
    for (const t of targets) {
      const rs = results.get(t.name)!;
      const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
      const s = await size(t.url);
      const cpu = pid ? `${(await cpuPerRequest(pid, t.url)).toFixed(2)} ms CPU/request` : "";
      console.log(
        `${t.name.padEnd(34)} ${median(rs.map((r) => r.rps)).toFixed(0).padStart(5)} req/s  p99 ${median(rs.map((r) => r.p99))} ms  ${cpu}  HTML ${(s.bytes / 1000).toFixed(1)} kB (gzip ${(s.gzip / 1000).toFixed(1)} kB, RSC payload ${(s.payload / 1000).toFixed(1)} kB)  rounds: ${rs.map((r) => r.rps.toFixed(0)).join(", ")}`,
      );
    }
    // Pages priced for the first time (the page keeps what it priced per link: docs/decisions/0034-calculation-page-remembered-work.md).
    if (pid) console.log(`${"calculation pages, 300 distinct links".padEnd(34)} ${(await cpuPerDistinctRequest(pid, base)).toFixed(2)} ms CPU/request`);
  } finally {
    child?.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 1000));
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
