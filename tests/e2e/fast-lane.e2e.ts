// The quote API's fast lane against Next.js's own route handler, on the same build: a production
// server (app/_server/start.server.ts, as `npm start` runs it) and `next start` (the route through Next.js's
// router, as before the lane), each on a new data directory of its own (both price the editions
// of data/), asked the same requests. Status, body bytes and the headers that matter must be the
// same; every other method and path on the lane's server goes to Next.js and answers as it does.
import { spawn, type ChildProcess } from "node:child_process";
import { request as httpRequest } from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serverArgs } from "../../app/_server/entry-path";
import { freePort, stopServers } from "./helpers/processes";

const root = mkdtempSync(join(tmpdir(), "kasko-e2e-lane-"));
const servers: ChildProcess[] = [];
let lane = "";
let viaNext = "";

async function start(command: string, args: (port: number) => string[], name: string): Promise<string> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", KASKO_DATA_DIR: join(root, name) };
  delete env.DATABASE_URL;
  const server = spawn(command, args(port), { stdio: ["ignore", "pipe", "pipe"], env });
  servers.push(server);
  let log = "";
  server.stdout?.on("data", (d) => (log += String(d)));
  server.stderr?.on("data", (d) => (log += String(d)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`${name} exited: ${log}`);
    try {
      // Ready for both lanes: Next.js answers a page route, and the database is open.
      if ((await fetch(`${url}/api/health`)).status === 200) return url;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${name} did not come up: ${log}`);
}

beforeAll(async () => {
  [lane, viaNext] = await Promise.all([
    start(process.execPath, (port) => serverArgs(port), "lane"),
    start("node_modules/.bin/next", (port) => ["start", "-p", String(port), "-H", "127.0.0.1"], "next"),
  ]);
}, 120_000);

afterAll(async () => {
  await stopServers(servers);
  rmSync(root, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One request with exactly these headers (fetch would add its own Accept-Encoding). */
function ask(base: string, method: string, path: string, body?: string | Buffer, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${base}${path}`, { method, headers: body === undefined ? headers : { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)), ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** The headers the two must agree on: the type, the security headers, Vary, the encoding, Allow. */
const COMPARED = ["content-type", "x-content-type-options", "referrer-policy", "permissions-policy", "x-frame-options", "content-security-policy", "vary", "content-encoding", "allow", "location", "cache-control"];
const compared = (a: Answer) => Object.fromEntries(COMPARED.map((h) => [h, a.headers[h]]));

const REQUEST = { policyStart: "2026-12-01", region: "38", vehicle: { modelId: "mazda-3", year: 2026, price: 1200000 }, drivers: [{ age: 30, experienceYears: 5, sex: "male", married: true, hasChildren: true }] };
const FORMAT_2 = { ...REQUEST, policyStart: "2027-08-01", program: { level: "budget" }, addOns: ["gap", { id: "dsago", sumInsured: 1500000 }], installments: 3 };
const body = JSON.stringify(REQUEST);

const CASES: { name: string; path: string; body: string | Buffer; status: number }[] = [
  { name: "full answer", path: "/api/v1/quotes", body, status: 200 },
  { name: "?detail=full", path: "/api/v1/quotes?detail=full", body, status: 200 },
  { name: "summary", path: "/api/v1/quotes?detail=summary", body, status: 200 },
  { name: "lang=en", path: "/api/v1/quotes?lang=en", body, status: 200 },
  { name: "summary, lang=ru, other parameters ignored", path: "/api/v1/quotes?detail=summary&lang=ru&x=1", body, status: 200 },
  { name: "format-2 programmes and add-ons", path: "/api/v1/quotes", body: JSON.stringify(FORMAT_2), status: 200 },
  { name: "declines (a car too old for some)", path: "/api/v1/quotes", body: JSON.stringify({ ...REQUEST, vehicle: { ...REQUEST.vehicle, year: 2017 } }), status: 200 },
  { name: "bad JSON", path: "/api/v1/quotes", body: "{", status: 400 },
  { name: "empty body", path: "/api/v1/quotes", body: "", status: 400 },
  { name: "bad field", path: "/api/v1/quotes", body: JSON.stringify({ ...REQUEST, drivers: [{ age: 20, experienceYears: 9 }], franchize: {} }), status: 400 },
  { name: "oversize body", path: "/api/v1/quotes", body: JSON.stringify({ ...REQUEST, padding: "x".repeat(70_000) }), status: 400 },
  { name: "bad query", path: "/api/v1/quotes?detail=brief&lang=de", body, status: 400 },
  { name: "repeated parameter", path: "/api/v1/quotes?lang=ru&lang=en", body, status: 400 },
  { name: "not UTF-8", path: "/api/v1/quotes", body: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]), status: 400 },
];

describe("the quote API's fast lane answers as Next.js's route handler does", () => {
  it.each(CASES)("$name: same status, bytes and headers", async ({ path, body: text, status }) => {
    const [a, b] = await Promise.all([ask(lane, "POST", path, text), ask(viaNext, "POST", path, text)]);
    expect(a.status).toBe(status);
    expect(b.status).toBe(status);
    expect(a.body.equals(b.body), `${path}: ${a.body.subarray(0, 200).toString()} ≠ ${b.body.subarray(0, 200).toString()}`).toBe(true);
    expect(compared(a)).toEqual(compared(b));
  });

  it("compressed as Next.js compresses, when the client accepts it (the same bytes once decoded)", async () => {
    for (const path of ["/api/v1/quotes", "/api/v1/quotes?detail=summary", "/api/v1/quotes?detail=nope"]) {
      const [a, b] = await Promise.all([ask(lane, "POST", path, body, { "accept-encoding": "gzip, deflate, br" }), ask(viaNext, "POST", path, body, { "accept-encoding": "gzip, deflate, br" })]);
      expect(compared(a), path).toEqual(compared(b));
      expect(a.headers["content-encoding"], path).toBe("gzip");
      expect(gunzipSync(a.body).equals(gunzipSync(b.body)), path).toBe(true);
    }
  });

  it("other methods and paths go to Next.js, as before", async () => {
    for (const [method, path] of [["GET", "/api/v1/quotes"], ["HEAD", "/api/v1/quotes"], ["OPTIONS", "/api/v1/quotes"], ["PUT", "/api/v1/quotes"], ["POST", "/api/v1/quotes/"], ["POST", "/api/v1/quotesx"], ["GET", "/api/v1/regions"]] as const) {
      const text = method === "POST" || method === "PUT" ? body : undefined;
      const [a, b] = await Promise.all([ask(lane, method, path, text), ask(viaNext, method, path, text)]);
      expect(a.status, `${method} ${path}`).toBe(b.status);
      expect(compared(a), `${method} ${path}`).toEqual(compared(b));
      expect(a.body.equals(b.body), `${method} ${path}`).toBe(true);
    }
  });

  it("keeps the connection for the next request, also after an oversize body", async () => {
    const { Agent } = await import("node:http");
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const sockets = new Set<unknown>();
    const once = (payload: string) =>
      new Promise<{ status: number; connection?: string }>((resolve, reject) => {
        const req = httpRequest(`${lane}/api/v1/quotes?detail=summary`, { method: "POST", agent, headers: { "content-type": "application/json" } }, (res) => {
          sockets.add(res.socket);
          res.resume();
          res.on("end", () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection }));
        });
        req.on("error", reject);
        req.end(payload);
      });
    expect(await once(body)).toEqual({ status: 200, connection: "keep-alive" });
    expect(await once(body)).toEqual({ status: 200, connection: "keep-alive" });
    expect(await once(JSON.stringify({ ...REQUEST, padding: "x".repeat(70_000) }))).toEqual({ status: 400, connection: "keep-alive" });
    expect(await once(body)).toEqual({ status: 200, connection: "keep-alive" });
    expect(sockets.size).toBe(1);
    agent.destroy();
  });
});
