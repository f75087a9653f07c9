// The production server's fast lane (app/_server/quote-lane.server.ts) on a real node:http server, against
// the route handler Next.js serves (app/api/v1/quotes/route.ts): the same status and the same
// bytes for every kind of answer, the same headers as next.config.ts gives the route. The built
// servers are compared over HTTP in tests/e2e/fast-lane.e2e.ts.
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/quotes/route";
import nextConfig from "@/next.config";
import { MAX_BODY_BYTES } from "@/lib/api/respond-to-quote";
import { getReadyDatabase } from "@/lib/db/ready.server";
import { API_SECURITY_HEADERS } from "@/lib/http/security-headers";
import { handleQuoteRequest, isQuoteRequest, ROUTE_VARY } from "@/app/_server/quote-lane.server";

let server: Server;
let base = "";

beforeAll(async () => {
  await getReadyDatabase();
  server = createServer((req, res) => {
    if (isQuoteRequest(req)) void handleQuoteRequest(req, res);
    else {
      res.statusCode = 404;
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 60_000);

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A request with exactly these headers; `chunked` sends the body without a Content-Length. */
function ask(path: string, body: string | Buffer, options: { headers?: Record<string, string>; chunked?: boolean; method?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers = { "content-type": "application/json", ...(options.chunked ? {} : { "content-length": String(Buffer.byteLength(body)) }), ...options.headers };
    const req = httpRequest(`${base}${path}`, { method: options.method ?? "POST", headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    if (options.chunked) {
      // In pieces, as a client streaming its body would.
      const bytes = Buffer.from(body);
      for (let i = 0; i < bytes.length; i += 16_384) req.write(bytes.subarray(i, i + 16_384));
      req.end();
    } else req.end(body);
  });
}

async function routeAnswer(path: string, body: string | Buffer): Promise<{ status: number; contentType: string | null; body: Buffer }> {
  const res = await POST(new Request(`http://localhost${path}`, { method: "POST", body: typeof body === "string" ? body : new Uint8Array(body), headers: { "content-type": "application/json" } }));
  return { status: res.status, contentType: res.headers.get("content-type"), body: Buffer.from(await res.arrayBuffer()) };
}

const REQUEST = { policyStart: "2026-12-01", region: "38", vehicle: { modelId: "mazda-3", year: 2026, price: 1200000 }, drivers: [{ age: 30, experienceYears: 5, sex: "male", married: true, hasChildren: true }] };
const body = JSON.stringify(REQUEST);

const CASES: [string, string, string | Buffer, number][] = [
  ["full answer", "/api/v1/quotes", body, 200],
  ["?detail=full", "/api/v1/quotes?detail=full", body, 200],
  ["summary", "/api/v1/quotes?detail=summary", body, 200],
  ["lang=en", "/api/v1/quotes?lang=en", body, 200],
  ["summary in Russian, another parameter ignored", "/api/v1/quotes?detail=summary&lang=ru&utm=x", body, 200],
  ["policy start omitted (today, Moscow)", "/api/v1/quotes", JSON.stringify({ ...REQUEST, policyStart: undefined }), 200],
  ["format 2: a programme, add-ons, instalments", "/api/v1/quotes", JSON.stringify({ ...REQUEST, policyStart: "2027-08-01", program: { level: "budget" }, addOns: ["gap"], installments: 3 }), 200],
  ["declines", "/api/v1/quotes?lang=en", JSON.stringify({ ...REQUEST, vehicle: { ...REQUEST.vehicle, year: 2017 } }), 200],
  ["bad JSON", "/api/v1/quotes", "{", 400],
  ["empty body", "/api/v1/quotes", "", 400],
  ["a JSON array", "/api/v1/quotes", "[]", 400],
  ["bad and unknown fields", "/api/v1/quotes", JSON.stringify({ ...REQUEST, drivers: [{ age: 20, experienceYears: 9 }], franchize: {} }), 400],
  ["oversize body", "/api/v1/quotes", " ".repeat(MAX_BODY_BYTES + 1), 400],
  ["a body of exactly the limit", "/api/v1/quotes", body + " ".repeat(MAX_BODY_BYTES - body.length), 200],
  ["bad query", "/api/v1/quotes?detail=brief&lang=de", body, 400],
  ["repeated parameter", "/api/v1/quotes?detail=full&detail=summary", body, 400],
  ["bytes that are not UTF-8", "/api/v1/quotes", Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]), 400],
];

describe("the fast lane answers POST /api/v1/quotes as the route handler does", () => {
  it.each(CASES)("%s: the same status and bytes, with the route's headers", async (_name, path, text, status) => {
    const [lane, route] = [await ask(path, text), await routeAnswer(path, text)];
    expect(route.status).toBe(status);
    expect(lane.status).toBe(status);
    expect(lane.body.equals(route.body), `${lane.body.subarray(0, 300).toString()}\n≠\n${route.body.subarray(0, 300).toString()}`).toBe(true);
    expect(lane.headers["content-type"]).toBe(route.contentType);
    for (const { key, value } of API_SECURITY_HEADERS) expect(lane.headers[key.toLowerCase()], key).toBe(value);
    expect(lane.headers.vary).toBe(ROUTE_VARY);
    expect(lane.headers["content-length"]).toBe(String(lane.body.length));
  });

  it("a body streamed without a length: read up to the limit, then refused as the route refuses it; the connection is kept", async () => {
    const over = " ".repeat(MAX_BODY_BYTES) + body;
    const [lane, route] = [await ask("/api/v1/quotes", over, { chunked: true }), await routeAnswer("/api/v1/quotes", over)];
    expect(lane.status).toBe(400);
    expect(lane.body.equals(route.body)).toBe(true);
    expect(lane.headers.connection).toBe("keep-alive");
    const fits = await ask("/api/v1/quotes", body, { chunked: true });
    expect(fits.body.equals((await routeAnswer("/api/v1/quotes", body)).body)).toBe(true);
    expect(fits.headers.connection).toBe("keep-alive");
  });

  it("compressed when the client accepts it (Next.js's middleware), the same bytes once decoded", async () => {
    for (const [path, status] of [["/api/v1/quotes", 200], ["/api/v1/quotes?detail=brief", 400]] as const) {
      const lane = await ask(path, body, { headers: { "accept-encoding": "gzip, deflate" } });
      expect(lane.status).toBe(status);
      expect(lane.headers["content-encoding"]).toBe("gzip");
      expect(lane.headers.vary).toBe(ROUTE_VARY);
      expect(gunzipSync(lane.body).equals((await routeAnswer(path, body)).body)).toBe(true);
    }
    const identity = await ask("/api/v1/quotes", body, { headers: { "accept-encoding": "identity" } });
    expect(identity.headers["content-encoding"]).toBeUndefined();
  });

  it("a client that goes away mid-body leaves the server serving", async () => {
    await new Promise<void>((resolve) => {
      const req = httpRequest(`${base}/api/v1/quotes`, { method: "POST", headers: { "content-length": "1000" } });
      req.on("error", () => resolve());
      req.write("{");
      setTimeout(() => (req.destroy(), resolve()), 50);
    });
    expect((await ask("/api/v1/quotes?detail=summary", body)).status).toBe(200);
  });

  it("takes POST /api/v1/quotes only (any query); every other method and path is left to Next.js", () => {
    const take = (method: string, url: string) => isQuoteRequest({ method, url } as Parameters<typeof isQuoteRequest>[0]);
    expect(take("POST", "/api/v1/quotes")).toBe(true);
    expect(take("POST", "/api/v1/quotes?detail=summary")).toBe(true);
    for (const [method, url] of [["GET", "/api/v1/quotes"], ["HEAD", "/api/v1/quotes"], ["OPTIONS", "/api/v1/quotes"], ["PUT", "/api/v1/quotes"], ["POST", "/api/v1/quotes/"], ["POST", "/api/v1/quotesx"], ["POST", "/api/v1/quotes#x"], ["POST", "/API/v1/quotes"], ["POST", "/api/v1/regions"]]) {
      expect(take(method!, url!), `${method} ${url}`).toBe(false);
    }
  });

  it("sends the headers next.config.ts gives every /api/ response, in its order", async () => {
    const rules = (await nextConfig.headers!()) as { source: string; headers: { key: string; value: string }[] }[];
    const forApi = rules.filter((r) => r.source === "/:path*" || r.source === "/api/:path*").flatMap((r) => r.headers);
    expect(rules.every((r) => r.source === "/:path*" || r.source === "/api/:path*" || !"/api/v1/quotes".startsWith(r.source.replace(/:path\*$/, "")))).toBe(true);
    expect(forApi).toEqual([...API_SECURITY_HEADERS]);
  });
});
