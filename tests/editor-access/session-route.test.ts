/**
 * POST /api/v1/editor/session: the login as an HTTP API. Oversized input is a 400 before any
 * work, a guesser gets 429 with Retry-After after five attempts from one address, and too many
 * logins at once are answered 429 with Retry-After instead of queueing scrypt without end.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { DELETE, POST } from "@/app/api/v1/editor/session/route";
import { HashLimiter } from "@/lib/auth/hash-limiter";
import { SESSION_COOKIE, validateSession } from "@/lib/auth/sessions.server";
import { createUser } from "@/lib/auth/users.server";
import { getReadyDatabase } from "@/lib/db/ready.server";

const URL_ = "http://localhost/api/v1/editor/session";
const PASSWORD = "a perfectly fine password";
const post = (body: unknown, ip: string, headers: Record<string, string> = {}) =>
  POST(new Request(URL_, { method: "POST", headers: { "content-type": "application/json", "x-kasko-client-ip": ip, ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) }));

beforeAll(async () => {
  const { db } = await getReadyDatabase();
  for (const email of ["route.login@example.org", "route.busy@example.org"]) {
    const created = await createUser(db, { email, name: "Маршрут", role: "editor", password: PASSWORD });
    if (!created.ok) throw new Error(created.message);
  }
}, 60_000);

describe("POST /api/v1/editor/session", () => {
  it("204 with the session cookie for the right password; DELETE signs out", async () => {
    const res = await post({ email: "Route.Login@example.org", password: PASSWORD }, "198.51.100.1");
    expect(res.status).toBe(204);
    const token = /kasko_session=([^;]+)/.exec(res.headers.get("set-cookie") ?? "")?.[1];
    const { db } = await getReadyDatabase();
    expect(await validateSession(db, token, new Date())).toMatchObject({ email: "route.login@example.org" });
    const out = await DELETE(new Request(URL_, { method: "DELETE", headers: { cookie: `${SESSION_COOKIE.name}=${token}` } }));
    expect(out.status).toBe(204);
    expect(await validateSession(db, token, new Date())).toBeNull();
  });

  it("400 for oversized or malformed input, naming the field", async () => {
    const huge = await post({ email: `${"a".repeat(3000)}@example.org`, password: PASSWORD }, "198.51.100.2");
    expect(huge.status).toBe(400);
    expect(await huge.json()).toMatchObject({ error: "too_long", issues: [{ path: "email" }] });
    expect((await post({ email: "route.login@example.org", password: "я".repeat(600) }, "198.51.100.2")).status).toBe(400);
    expect((await post("x".repeat(5000), "198.51.100.2")).status).toBe(400);
    expect((await post("[1,2]", "198.51.100.2")).status).toBe(400);
    expect((await post({ email: "a@b.c" }, "198.51.100.2")).status).toBe(400);
  });

  it("refuses a login posted from another site", async () => {
    expect((await post({ email: "route.login@example.org", password: PASSWORD }, "198.51.100.3", { origin: "https://evil.example" })).status).toBe(403);
  });

  it("401 for wrong guesses, then 429 with Retry-After for that address and IP — the owner elsewhere still gets in", async () => {
    for (let i = 0; i < 5; i += 1) expect((await post({ email: "route.login@example.org", password: `guess ${i}` }, "203.0.113.50")).status).toBe(401);
    const locked = await post({ email: "route.login@example.org", password: PASSWORD }, "203.0.113.50");
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(800);
    expect(await locked.json()).toMatchObject({ error: "throttled", message: "Слишком много попыток, попробуйте через 15 мин." });
    expect((await post({ email: "route.login@example.org", password: PASSWORD }, "198.51.100.4")).status).toBe(204);
  });

  it("429 with Retry-After when more passwords are being checked than the server allows", async () => {
    const global = globalThis as unknown as { kaskoHashLimiter?: HashLimiter };
    const saved = global.kaskoHashLimiter;
    global.kaskoHashLimiter = new HashLimiter(1, 1);
    try {
      const answers = await Promise.all([1, 2, 3, 4, 5, 6].map((i) => post({ email: "route.busy@example.org", password: PASSWORD }, `192.0.2.${i}`)));
      const statuses = answers.map((r) => r.status).sort();
      expect(statuses.filter((s) => s === 204)).toHaveLength(2);
      expect(statuses.filter((s) => s === 429)).toHaveLength(4);
      const busy = answers.find((r) => r.status === 429)!;
      expect(Number(busy.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      expect(await busy.json()).toMatchObject({ error: "busy", message: expect.stringContaining("слишком много входов") });
    } finally {
      global.kaskoHashLimiter = saved;
    }
  });
});
