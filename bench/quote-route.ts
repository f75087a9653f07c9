// Throughput of POST /api/v1/quotes (the full answer, and `?detail=summary`) on the built site
// (`next build` first), beside two floors measured in the same run: GET /api/health on the same
// server (the framework's own cost, plus one `select 1`), and the same library behind a bare
// node:http server (no framework, no database).
// Each server is pinned to CPU 0 and autocannon to CPU 1 (taskset), rounds interleaved.
//   npm run bench:quote-route            (3 rounds of 15 s, 10 connections)
//   ROUNDS=1 DURATION=10 CONNECTIONS=50 npm run bench:quote-route
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROUNDS = Number(process.env.ROUNDS ?? 3);
const DURATION = Number(process.env.DURATION ?? 15);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 10);
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

function load(url: string, method: "GET" | "POST"): { rps: number; p99: number; bytes: number } {
  const args = ["-c", "1", "node_modules/.bin/autocannon", "-j", "-c", String(CONNECTIONS), "-d", String(DURATION), "-m", method];
  if (method === "POST") args.push("-H", "content-type=application/json", "-b", BODY);
  const res = spawnSync("taskset", [...args, url], { encoding: "utf8", maxBuffer: 1 << 26 });
  const out = JSON.parse(res.stdout) as { requests: { average: number }; latency: { p99: number }; throughput: { average: number }; non2xx: number; errors: number };
  if (out.non2xx || out.errors) throw new Error(`${url}: ${out.non2xx} non-2xx, ${out.errors} errors`);
  return { rps: out.requests.average, p99: out.latency.p99, bytes: Math.round(out.throughput.average / out.requests.average) };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "kasko-bench-route-"));
  const children: ChildProcess[] = [];
  try {
    const env = { ...process.env, NODE_ENV: "production" as const, KASKO_DATA_DIR: join(dir, "pglite") };
    delete (env as NodeJS.ProcessEnv).DATABASE_URL;
    children.push(spawn("taskset", ["-c", "0", "node_modules/.bin/next", "start", "-p", "3470", "-H", "127.0.0.1"], { env, stdio: "ignore" }));
    children.push(spawn("taskset", ["-c", "0", "node_modules/.bin/tsx", "--input-type=module", "-e", BARE_SERVER], { env: { ...env, PORT: "3471" }, stdio: "ignore" }));
    const post = { method: "POST", headers: { "content-type": "application/json" }, body: BODY };
    await waitFor("http://127.0.0.1:3470/api/v1/quotes", post);
    await waitFor("http://127.0.0.1:3471/", post);
    const targets = [
      { name: "POST /api/v1/quotes (next start)", url: "http://127.0.0.1:3470/api/v1/quotes", method: "POST" as const },
      { name: "POST /api/v1/quotes?detail=summary", url: "http://127.0.0.1:3470/api/v1/quotes?detail=summary", method: "POST" as const },
      { name: "GET /api/health (next start, framework floor)", url: "http://127.0.0.1:3470/api/health", method: "GET" as const },
      { name: "bare node:http, same library", url: "http://127.0.0.1:3471/", method: "POST" as const },
    ];
    const results = new Map<string, { rps: number; p99: number; bytes: number }[]>();
    // A build without the health route (an older commit, measured for comparison) skips that floor.
    if ((await fetch(targets[1]!.url)).status === 404) targets.splice(1, 1);
    for (const t of targets) load(t.url, t.method); // warm-up round, not counted
    for (let round = 0; round < ROUNDS; round++) {
      for (const t of targets) {
        const r = load(t.url, t.method);
        results.set(t.name, [...(results.get(t.name) ?? []), r]);
      }
    }
    console.log(`${CONNECTIONS} connections, ${DURATION} s × ${ROUNDS} rounds (median of rounds)`);
    for (const [name, rs] of results) {
      const m = rs.map((r) => r.rps).sort((x, y) => x - y)[Math.floor(rs.length / 2)]!;
      const p99 = rs.map((r) => r.p99).sort((x, y) => x - y)[Math.floor(rs.length / 2)]!;
      console.log(`${name.padEnd(48)} ${m.toFixed(0).padStart(6)} req/s  p99 ${p99} ms  ${rs[0]!.bytes} B/response  rounds: ${rs.map((r) => r.rps.toFixed(0)).join(", ")}`);
    }
  } finally {
    for (const c of children) c.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 1000));
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
