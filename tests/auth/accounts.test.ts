import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asc, eq } from "drizzle-orm";
import type { Database } from "@/lib/db/client.server";
import { auditLog, loginThrottle, sessions, users } from "@/lib/db/schema";
import { DUMMY_HASH, hashPassword, parseHash } from "@/lib/auth/password.server";
import {
  createSession,
  deleteExpiredSessions,
  deleteSession,
  deleteUserSessions,
  hashSessionToken,
  SESSION_COOKIE,
  SESSION_LIFETIME_MS,
  validateSession,
} from "@/lib/auth/sessions.server";
import { HashLimiter } from "@/lib/auth/hash-limiter";
import { accountDelayMs, loginSucceeded, MAX_IP_ATTEMPTS, purgeExpiredLoginThrottle, reserveLoginAttempt, throttleKeys } from "@/lib/auth/throttle.server";
import { authenticate, AuthorizationError, createUser, hasRole, listUsers, requireRole, setUserDisabled } from "@/lib/auth/users.server";
import { BACKENDS, freshDatabase } from "../db/test-database";

// Sessions, throttling and accounts share one database per backend (a fresh PGlite costs
// seconds); every test uses its own e-mail addresses. Times are passed in explicitly.
const T0 = new Date("2026-03-02T09:00:00.000Z");
const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const at = (ms: number) => new Date(T0.getTime() + ms);
const PASSWORD = "a long enough password";

describe.each(BACKENDS)("accounts on %s", (backend) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(backend);
  }, 60_000);
  afterAll(async () => {
    await database.close();
  });

  describe("sessions", () => {
    let counter = 0;

    /** A user inserted directly (no password hashing: these tests are about sessions). */
    async function newUser(role: "editor" | "admin" = "editor") {
      counter += 1;
      const [user] = await database.db.insert(users).values({ email: `s${counter}@example.com`, name: `User ${counter}`, role, passwordHash: DUMMY_HASH }).returning();
      return user!;
    }

    it("creates a session whose token gives back the user, for 8 hours", async () => {
      const user = await newUser("admin");
      const { token, expiresAt } = await createSession(database.db, user.id, T0);
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(expiresAt).toEqual(at(8 * HOUR));
      const found = await validateSession(database.db, token, at(HOUR));
      expect(found).toMatchObject({ id: user.id, email: user.email, role: "admin", disabledAt: null, sessionExpiresAt: at(8 * HOUR), sessionRenewed: false });
      expect(found).not.toHaveProperty("passwordHash");
    });

    it("stores only the SHA-256 of the token", async () => {
      const user = await newUser();
      const { token } = await createSession(database.db, user.id, T0);
      const rows = await database.db.select().from(sessions).where(eq(sessions.userId, user.id));
      expect(rows).toHaveLength(1);
      expect(rows[0]!.id).toBe(hashSessionToken(token));
      expect(rows[0]!.id).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(rows)).not.toContain(token);
      // The stored id is not itself a token that works.
      expect(await validateSession(database.db, rows[0]!.id, T0)).toBeNull();
    });

    it("gives each session its own random token", async () => {
      const user = await newUser();
      const a = await createSession(database.db, user.id, T0);
      const b = await createSession(database.db, user.id, T0);
      expect(a.token).not.toBe(b.token);
    });

    it("rejects unknown and malformed tokens", async () => {
      for (const token of [undefined, null, "", "x", "A".repeat(43), "A".repeat(42) + "=", "A".repeat(44)]) {
        expect(await validateSession(database.db, token, T0)).toBeNull();
      }
    });

    it("expires after 8 hours without use and deletes the expired session", async () => {
      const user = await newUser();
      const { token } = await createSession(database.db, user.id, T0);
      expect(await validateSession(database.db, token, at(8 * HOUR - 1))).not.toBeNull();
      // That use (with less than half left) renewed it; a fresh one, unused:
      const other = await createSession(database.db, user.id, T0);
      expect(await validateSession(database.db, other.token, at(8 * HOUR))).toBeNull();
      const left = await database.db.select().from(sessions).where(eq(sessions.id, hashSessionToken(other.token)));
      expect(left).toEqual([]);
    });

    it("slides: used with less than half its lifetime left, it is extended to a full 8 hours", async () => {
      const user = await newUser();
      const { token } = await createSession(database.db, user.id, T0);
      // 3 h in: 5 h left, more than half — unchanged.
      expect(await validateSession(database.db, token, at(3 * HOUR))).toMatchObject({ sessionExpiresAt: at(8 * HOUR), sessionRenewed: false });
      // 5 h in: 3 h left — renewed to 5 h + 8 h.
      expect(await validateSession(database.db, token, at(5 * HOUR))).toMatchObject({ sessionExpiresAt: at(13 * HOUR), sessionRenewed: true });
      const [row] = await database.db.select().from(sessions).where(eq(sessions.id, hashSessionToken(token)));
      expect(row!.expiresAt).toEqual(at(13 * HOUR));
      // So it is still valid past the original 8 hours…
      expect(await validateSession(database.db, token, at(12 * HOUR))).toMatchObject({ id: user.id, sessionExpiresAt: at(20 * HOUR) });
      // …but not 8 hours after its last use.
      expect(await validateSession(database.db, token, at(20 * HOUR))).toBeNull();
      expect(SESSION_LIFETIME_MS).toBe(8 * HOUR);
    });

    it("signs out one session, or all of a user's sessions", async () => {
      const user = await newUser();
      const a = await createSession(database.db, user.id, T0);
      const b = await createSession(database.db, user.id, T0);
      const c = await createSession(database.db, user.id, T0);
      await deleteSession(database.db, a.token);
      expect(await validateSession(database.db, a.token, T0)).toBeNull();
      expect(await validateSession(database.db, b.token, T0)).not.toBeNull();
      await deleteSession(database.db, "not a token");
      await deleteUserSessions(database.db, user.id);
      expect(await validateSession(database.db, b.token, T0)).toBeNull();
      expect(await validateSession(database.db, c.token, T0)).toBeNull();
    });

    it("does not accept a disabled user's session", async () => {
      const user = await newUser();
      const { token } = await createSession(database.db, user.id, T0);
      // Disabled behind the app's back (no session clean-up): still refused.
      await database.db.update(users).set({ disabledAt: T0 }).where(eq(users.id, user.id));
      expect(await validateSession(database.db, token, at(HOUR))).toBeNull();
      await database.db.update(users).set({ disabledAt: null }).where(eq(users.id, user.id));
      expect(await validateSession(database.db, token, at(HOUR))).not.toBeNull();
      // Disabled through setUserDisabled: the sessions are gone for good.
      await setUserDisabled(database.db, user.id, true, { now: at(HOUR) });
      expect(await validateSession(database.db, token, at(HOUR))).toBeNull();
      await setUserDisabled(database.db, user.id, false, { now: at(HOUR) });
      expect(await validateSession(database.db, token, at(HOUR))).toBeNull();
    });

    it("housekeeping deletes expired sessions only", async () => {
      const user = await newUser();
      const old = await createSession(database.db, user.id, at(-10 * HOUR));
      const fresh = await createSession(database.db, user.id, T0);
      expect(await deleteExpiredSessions(database.db, at(HOUR))).toBeGreaterThanOrEqual(1);
      const ids = (await database.db.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, user.id))).map((r) => r.id);
      expect(ids).toEqual([hashSessionToken(fresh.token)]);
      expect(ids).not.toContain(hashSessionToken(old.token));
    });
  });

  describe("login throttling", () => {
    const source = (email: string, ip = "203.0.113.7") => ({ email, ip });
    const reserve = (email: string, ip: string, t: number) => reserveLoginAttempt(database.db, source(email, ip), at(t));

    it("allows five attempts per address and IP in 15 minutes, then refuses until the window ends", async () => {
      for (const m of [0, 1, 2, 3, 4]) expect(await reserve("five@example.com", "203.0.113.1", m * MINUTE)).toMatchObject({ allowed: true });
      expect(await reserve("five@example.com", "203.0.113.1", 5 * MINUTE)).toEqual({ allowed: false, scope: "pair", retryAfterSeconds: 600, firstRefusal: true });
      expect(await reserve("five@example.com", "203.0.113.1", 15 * MINUTE - 1000)).toEqual({ allowed: false, scope: "pair", retryAfterSeconds: 1, firstRefusal: false });
      // Refused attempts do not extend the lock: the window started at the first attempt.
      expect(await reserve("five@example.com", "203.0.113.1", 15 * MINUTE)).toMatchObject({ allowed: true });
    });

    it("counts per address (case and spaces aside) and IP: the same address from another IP is not locked", async () => {
      for (let i = 0; i < 5; i += 1) await reserve(" Case@Example.COM ", "203.0.113.2", i * 1000);
      expect(await reserve("case@example.com", "203.0.113.2", 10_000)).toMatchObject({ allowed: false, scope: "pair" });
      expect(await reserve("case@example.com", "198.51.100.9", 10_000)).toMatchObject({ allowed: true, delayMs: 0 });
      expect(await reserve("other@example.com", "203.0.113.2", 10_000)).toMatchObject({ allowed: true });
    });

    it("limits one IP trying many addresses", async () => {
      for (let i = 0; i < MAX_IP_ATTEMPTS; i += 1) expect(await reserve(`spray${i}@example.com`, "203.0.113.3", i * 1000)).toMatchObject({ allowed: true });
      expect(await reserve("spray-last@example.com", "203.0.113.3", 40_000)).toMatchObject({ allowed: false, scope: "ip", firstRefusal: true });
      expect(await reserve("spray-last@example.com", "203.0.113.4", 40_000)).toMatchObject({ allowed: true });
    });

    it("gives a successful sign-in's attempt back to its IP: colleagues behind one address are limited by failures only", async () => {
      for (let i = 0; i < MAX_IP_ATTEMPTS + 10; i += 1) {
        const r = await reserve(`colleague${i}@example.com`, "203.0.113.8", i * 1000);
        if (!r.allowed) throw new Error(`sign-in ${i + 1} from a shared address was refused`);
        await loginSucceeded(database.db, r.keys);
      }
      for (let i = 0; i < MAX_IP_ATTEMPTS; i += 1) await reserve(`guess${i}@example.com`, "203.0.113.8", 60_000 + i);
      expect(await reserve("guess-last@example.com", "203.0.113.8", 70_000)).toMatchObject({ allowed: false, scope: "ip" });
    });

    it("only slows an account guessed at from many IPs, never refuses it", async () => {
      const delays: number[] = [];
      for (let i = 0; i < 16; i += 1) {
        const r = await reserve("popular@example.com", `192.0.2.${i + 1}`, i * 1000);
        if (!r.allowed) throw new Error("an account must never be locked by attempts from other IPs");
        delays.push(r.delayMs);
      }
      expect(delays).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 250, 500, 1000, 2000, 4000, 8000]);
      expect(accountDelayMs(40)).toBe(8000);
    });

    it("counts parallel attempts atomically: exactly five of twenty get through", async () => {
      const results = await Promise.all(Array.from({ length: 20 }, () => reserve("burst@example.com", "203.0.113.5", 0)));
      expect(results.filter((r) => r.allowed)).toHaveLength(5);
      const [row] = await database.db.select().from(loginThrottle).where(eq(loginThrottle.key, throttleKeys(source("burst@example.com", "203.0.113.5")).pair));
      expect(row!.attempts).toBe(20);
    });

    it("stores no address or IP in clear, and purges rows whose window has ended", async () => {
      await reserve("purge-me@example.com", "203.0.113.6", 0);
      const rows = await database.db.select().from(loginThrottle);
      expect(JSON.stringify(rows)).not.toContain("purge-me");
      expect(JSON.stringify(rows)).not.toContain("203.0.113.6");
      expect(await purgeExpiredLoginThrottle(database.db, at(2 * HOUR), true)).toBeGreaterThanOrEqual(3);
      expect(await database.db.select().from(loginThrottle)).toEqual([]);
    });
  });

  describe("users and login", () => {
    async function create(email: string, role: "editor" | "admin" = "editor") {
      const result = await createUser(database.db, { email, name: "Test User", role, password: PASSWORD }, { now: T0 });
      if (!result.ok) throw new Error(result.message);
      return result.user;
    }

    async function auditFor(email: string) {
      const rows = await database.db.select().from(auditLog).orderBy(asc(auditLog.id));
      return rows.filter((r) => (r.details as { email?: string }).email === email).map((r) => ({ action: r.action, userId: r.userId, details: r.details }));
    }

    it("creates a user with a normalized e-mail and a scrypt hash, and audits it", async () => {
      const result = await createUser(database.db, { email: "  Anna.Editor@Example.COM ", name: " Anna ", role: "editor", password: PASSWORD }, { actorId: null, now: T0 });
      expect(result).toEqual({ ok: true, user: { id: expect.any(Number), email: "anna.editor@example.com", name: "Anna", role: "editor", createdAt: T0, disabledAt: null } });
      const [row] = await database.db.select().from(users).where(eq(users.email, "anna.editor@example.com"));
      expect(parseHash(row!.passwordHash)).not.toBeNull();
      expect(row!.passwordHash).not.toContain(PASSWORD);
      expect(await auditFor("anna.editor@example.com")).toEqual([
        { action: "user.create", userId: null, details: { targetUserId: row!.id, email: "anna.editor@example.com", name: "Anna", role: "editor" } },
      ]);
    });

    it("refuses a duplicate e-mail (in any case) with an error value, not an exception", async () => {
      await create("dup@example.com");
      const again = await createUser(database.db, { email: "DUP@example.com ", name: "Other", role: "admin", password: PASSWORD });
      expect(again).toEqual({ ok: false, error: "duplicate_email", message: expect.stringContaining("dup@example.com") });
      // Even when both inserts race past the existence check.
      const racing = await Promise.all([0, 1].map(() => createUser(database.db, { email: "race@example.com", name: "R", role: "editor", password: PASSWORD })));
      expect(racing.filter((r) => r.ok)).toHaveLength(1);
      expect(racing.filter((r) => !r.ok)).toEqual([{ ok: false, error: "duplicate_email", message: expect.any(String) }]);
    });

    it("refuses bad input with an error value", async () => {
      const base = { email: "x@example.com", name: "X", role: "editor" as const, password: PASSWORD };
      expect(await createUser(database.db, { ...base, email: "not-an-email" })).toMatchObject({ ok: false, error: "invalid_email" });
      expect(await createUser(database.db, { ...base, name: "  " })).toMatchObject({ ok: false, error: "invalid_name" });
      expect(await createUser(database.db, { ...base, role: "owner" as never })).toMatchObject({ ok: false, error: "invalid_role" });
      expect(await createUser(database.db, { ...base, password: "short" })).toMatchObject({ ok: false, error: "weak_password", message: expect.stringMatching(/12/) });
      expect(await database.db.select().from(users).where(eq(users.email, "x@example.com"))).toEqual([]);
    });

    it("authenticates with the right password (any case of e-mail) and records it", async () => {
      const user = await create("login@example.com", "admin");
      const result = await authenticate(database.db, " LOGIN@example.com", PASSWORD, at(MINUTE));
      expect(result).toEqual({ ok: true, user: { ...user } });
      expect(result.ok && "passwordHash" in result.user).toBe(false);
      // A success clears the address and IP pair's count.
      expect(await database.db.select().from(loginThrottle).where(eq(loginThrottle.key, throttleKeys({ email: "login@example.com", ip: "unknown" }).pair))).toEqual([]);
      expect((await auditFor("login@example.com")).at(-1)).toEqual({ action: "login.success", userId: user.id, details: { email: "login@example.com" } });
    });

    it("gives the same answer for an unknown e-mail and a wrong password", async () => {
      const user = await create("known@example.com");
      const unknown = await authenticate(database.db, "nobody@example.com", PASSWORD, T0);
      const wrong = await authenticate(database.db, "known@example.com", "not the password", T0);
      expect(unknown).toEqual({ ok: false, reason: "invalid" });
      expect(wrong).toEqual(unknown);
      // The audit log (not the caller) knows which it was.
      expect(await auditFor("nobody@example.com")).toEqual([{ action: "login.failure", userId: null, details: { email: "nobody@example.com", reason: "unknown_email" } }]);
      expect((await auditFor("known@example.com")).at(-1)).toEqual({ action: "login.failure", userId: user.id, details: { email: "known@example.com", reason: "wrong_password" } });
    });

    it("throttles a guesser after 5 attempts, even with the right password, while the owner from elsewhere gets in", async () => {
      await create("victim@example.com");
      const guesser = { ip: "203.0.113.66" };
      for (let i = 0; i < 5; i++) expect(await authenticate(database.db, "victim@example.com", `wrong password ${i}`, at(i * 1000), guesser)).toEqual({ ok: false, reason: "invalid" });
      expect(await authenticate(database.db, "victim@example.com", PASSWORD, at(5000), guesser)).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: 895 });
      // Refused attempts are audited once per window and do not extend the lock.
      expect(await authenticate(database.db, "victim@example.com", PASSWORD, at(10 * MINUTE), guesser)).toMatchObject({ reason: "throttled", retryAfterSeconds: 300 });
      expect((await auditFor("victim@example.com")).filter((a) => (a.details as { reason?: string }).reason === "throttled")).toEqual([
        { action: "login.failure", userId: null, details: { email: "victim@example.com", reason: "throttled", scope: "pair" } },
      ]);
      // The owner, from their own address, is not locked out by the stranger.
      expect(await authenticate(database.db, "victim@example.com", PASSWORD, at(10 * MINUTE), { ip: "198.51.100.20" })).toMatchObject({ ok: true });
      expect(await authenticate(database.db, "victim@example.com", PASSWORD, at(15 * MINUTE), guesser)).toMatchObject({ ok: true });
      // The success reset the pair's count: one more failure is not a lock.
      expect(await authenticate(database.db, "victim@example.com", "wrong again", at(16 * MINUTE), guesser)).toEqual({ ok: false, reason: "invalid" });
      expect(await authenticate(database.db, "victim@example.com", PASSWORD, at(17 * MINUTE), guesser)).toMatchObject({ ok: true });
    }, 30_000);

    it("throttles unknown addresses the same way", async () => {
      for (let i = 0; i < 5; i++) await authenticate(database.db, "ghost@example.com", PASSWORD, at(i * 1000), { ip: "203.0.113.67" });
      expect(await authenticate(database.db, "ghost@example.com", PASSWORD, at(5000), { ip: "203.0.113.67" })).toMatchObject({ ok: false, reason: "throttled" });
    }, 30_000);

    it("checks exactly five of twelve parallel guesses (the count is atomic on every backend)", async () => {
      await create("parallel@example.com");
      const results = await Promise.all(Array.from({ length: 12 }, (_, i) => authenticate(database.db, "parallel@example.com", `wrong guess ${i}`, at(HOUR), { ip: "203.0.113.68" })));
      expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(5);
      expect(results.filter((r) => !r.ok && r.reason === "throttled")).toHaveLength(7);
    }, 30_000);

    it("refuses oversized input before any work: no count, no audit, no hashing", async () => {
      const before = { throttle: (await database.db.select().from(loginThrottle)).length, audit: (await database.db.select().from(auditLog)).length };
      const huge = `${"a".repeat(3000)}@example.com`;
      expect(await authenticate(database.db, huge, PASSWORD, at(HOUR), { ip: "203.0.113.69" })).toEqual({ ok: false, reason: "invalid" });
      expect(await authenticate(database.db, "someone@example.com", "п".repeat(513), at(HOUR), { ip: "203.0.113.69" })).toEqual({ ok: false, reason: "invalid" });
      expect({ throttle: (await database.db.select().from(loginThrottle)).length, audit: (await database.db.select().from(auditLog)).length }).toEqual(before);
    });

    it("answers busy with a time to retry when too many passwords are being checked, and gives the attempt back", async () => {
      await create("busy@example.com");
      const limiter = new HashLimiter(1, 0);
      const results = await Promise.all([0, 1, 2].map((i) => authenticate(database.db, "busy@example.com", PASSWORD, at(2 * HOUR + i), { ip: `203.0.113.${70 + i}`, limiter })));
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      const busy = results.filter((r) => !r.ok);
      expect(busy).toEqual([
        { ok: false, reason: "busy", retryAfterSeconds: expect.any(Number) },
        { ok: false, reason: "busy", retryAfterSeconds: expect.any(Number) },
      ]);
      const [row] = await database.db.select().from(loginThrottle).where(eq(loginThrottle.key, throttleKeys({ email: "busy@example.com", ip: "203.0.113.71" }).pair));
      expect(row?.attempts ?? 0).toBe(0);
    }, 30_000);

    it("refuses a disabled user (only with the right password) and lists users", async () => {
      const user = await create("leaver@example.com");
      const { token } = await createSession(database.db, user.id, T0);
      const disabled = await setUserDisabled(database.db, user.id, true, { actorId: null, now: at(MINUTE) });
      expect(disabled).toMatchObject({ id: user.id, disabledAt: at(MINUTE) });
      expect(await validateSession(database.db, token, at(MINUTE))).toBeNull();
      expect(await authenticate(database.db, "leaver@example.com", PASSWORD, at(2 * MINUTE))).toEqual({ ok: false, reason: "disabled" });
      expect(await authenticate(database.db, "leaver@example.com", "not the password", at(2 * MINUTE))).toEqual({ ok: false, reason: "invalid" });
      // Disabling twice changes nothing and is not audited twice.
      expect(await setUserDisabled(database.db, user.id, true, { now: at(3 * MINUTE) })).toMatchObject({ disabledAt: at(MINUTE) });
      const listed = await listUsers(database.db);
      expect(listed.find((u) => u.id === user.id)).toMatchObject({ email: "leaver@example.com", disabledAt: at(MINUTE) });
      expect(listed.every((u) => !("passwordHash" in u))).toBe(true);
      expect(listed.map((u) => u.email)).toEqual([...listed.map((u) => u.email)].sort());
      expect(await setUserDisabled(database.db, user.id, false, { now: at(4 * MINUTE) })).toMatchObject({ disabledAt: null });
      expect(await authenticate(database.db, "leaver@example.com", PASSWORD, at(5 * MINUTE))).toMatchObject({ ok: true });
      expect((await auditFor("leaver@example.com")).map((a) => [a.action, (a.details as { reason?: string }).reason])).toEqual([
        ["user.create", undefined],
        ["user.disable", undefined],
        ["login.failure", "disabled"],
        ["login.failure", "wrong_password"],
        ["user.enable", undefined],
        ["login.success", undefined],
      ]);
      expect(await setUserDisabled(database.db, 999_999, true)).toBeNull();
    });

    it("rehashes a password made with old parameters at the next login", async () => {
      const user = await create("old-hash@example.com");
      const old = await hashPassword(PASSWORD, { N: 2 ** 10, r: 8, p: 1 });
      await database.db.update(users).set({ passwordHash: old }).where(eq(users.id, user.id));
      expect(await authenticate(database.db, "old-hash@example.com", PASSWORD, T0)).toMatchObject({ ok: true });
      const [row] = await database.db.select().from(users).where(eq(users.id, user.id));
      expect(row!.passwordHash.startsWith("scrypt$32768$8$1$")).toBe(true);
      expect(await authenticate(database.db, "old-hash@example.com", PASSWORD, at(MINUTE))).toMatchObject({ ok: true });
    });
  });
});

describe("session cookie", () => {
  it("is kasko_session, httpOnly, SameSite=Lax, path /, secure only in production", () => {
    expect(SESSION_COOKIE).toEqual({ name: "kasko_session", httpOnly: true, sameSite: "lax", secure: process.env.NODE_ENV === "production", path: "/" });
    expect(SESSION_COOKIE.secure).toBe(false); // vitest runs with NODE_ENV=test
  });
});

describe("roles", () => {
  const editor = { role: "editor" as const, disabledAt: null };
  const admin = { role: "admin" as const, disabledAt: null };

  it("admin satisfies editor; editor does not satisfy admin", () => {
    expect(hasRole(editor, "editor")).toBe(true);
    expect(hasRole(admin, "editor")).toBe(true);
    expect(hasRole(admin, "admin")).toBe(true);
    expect(hasRole(editor, "admin")).toBe(false);
    expect(hasRole(null, "editor")).toBe(false);
    expect(hasRole({ role: "admin", disabledAt: T0 }, "editor")).toBe(false);
  });

  it("requireRole throws unauthenticated without a user and forbidden with too small a role", () => {
    expect(() => requireRole(admin, "editor")).not.toThrow();
    expect(() => requireRole(editor, "editor")).not.toThrow();
    expect(() => requireRole(editor, "admin")).toThrow(expect.objectContaining({ name: "AuthorizationError", code: "forbidden" }));
    expect(() => requireRole(null, "editor")).toThrow(expect.objectContaining({ code: "unauthenticated" }));
    expect(() => requireRole(undefined, "admin")).toThrow(AuthorizationError);
  });
});
