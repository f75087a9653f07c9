// Server-only: login throttling, kept in the login_throttle table so that it holds across
// processes, instances and restarts. See docs/decisions/0008-login-abuse-and-hardening.md.
//
// Three counters, each one row updated by a single atomic upsert (so parallel guesses on
// PostgreSQL see each other, and every instance on one database shares them):
// - the address and IP pair: 5 attempts per 15-minute window, then refused until the window
//   ends. This is the lock a guesser runs into; the account's owner, from another address,
//   is not affected by it.
// - the IP: 30 attempts per window, over any addresses (one source trying many accounts); a
//   successful sign-in gives its attempt back.
// - the account (the address alone, from anywhere): never refuses; past 10 attempts in the
//   window each attempt is delayed a little longer (up to 8 s), which slows guessing spread over
//   many IPs without letting strangers lock the owner out.
import { createHash } from "node:crypto";
import { eq, lt, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client.server";
import { loginThrottle } from "@/lib/db/schema";

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
/** Attempts per address and IP pair within the window. */
export const MAX_PAIR_ATTEMPTS = 5;
/** Attempts per IP (any addresses) within the window. */
export const MAX_IP_ATTEMPTS = 30;
/** Attempts on one account (any IPs) within the window before each one is delayed. */
export const ACCOUNT_SLOWDOWN_AFTER = 10;
export const MAX_ACCOUNT_DELAY_MS = 8_000;
/** Longest an e-mail address may be (RFC 5321 path limit). Checked before any work. */
export const MAX_EMAIL_LENGTH = 254;

/** The one spelling of an address used for lookups, uniqueness and throttling. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export interface LoginSource {
  /** The address typed (normalised here). */
  email: string;
  /** The client's IP as the server determined it (lib/http/client-ip.ts); "unknown" when none. */
  ip: string;
}

export interface ThrottleKeys {
  pair: string;
  ip: string;
  account: string;
}

const digest = (text: string) => createHash("sha256").update(text).digest("hex");

/** The rows an attempt counts against. Hashed: neither address nor IP is stored in clear. */
export function throttleKeys(source: LoginSource): ThrottleKeys {
  const email = normalizeEmail(source.email);
  return { pair: `pair:${digest(`${email}\n${source.ip}`)}`, ip: `ip:${digest(source.ip)}`, account: `account:${digest(email)}` };
}

export type Reservation =
  | { allowed: true; keys: ThrottleKeys; /** Wait this long before checking the password. */ delayMs: number }
  | {
      allowed: false;
      scope: "pair" | "ip";
      retryAfterSeconds: number;
      /** The attempt that crossed the limit (audited once; later refusals in the window are not). */
      firstRefusal: boolean;
    };

/**
 * Counts one attempt against `key` and returns the count within the current window: a single
 * INSERT … ON CONFLICT DO UPDATE … RETURNING, atomic on PGlite and PostgreSQL alike (concurrent
 * upserts of one key wait for each other's row lock). A window that has ended starts again at 1.
 */
async function count(db: Db, key: string, now: Date): Promise<{ attempts: number; windowStartedAt: Date }> {
  const cutoff = new Date(now.getTime() - THROTTLE_WINDOW_MS).toISOString();
  const expired = sql`${loginThrottle.windowStartedAt} <= ${cutoff}::timestamptz`;
  const [row] = await db
    .insert(loginThrottle)
    .values({ key, attempts: 1, windowStartedAt: now })
    .onConflictDoUpdate({
      target: loginThrottle.key,
      set: {
        attempts: sql`case when ${expired} then 1 else ${loginThrottle.attempts} + 1 end`,
        windowStartedAt: sql`case when ${expired} then ${now.toISOString()}::timestamptz else ${loginThrottle.windowStartedAt} end`,
      },
    })
    .returning({ attempts: loginThrottle.attempts, windowStartedAt: loginThrottle.windowStartedAt });
  return row!;
}

const retryAfter = (windowStartedAt: Date, now: Date) => Math.max(1, Math.ceil((windowStartedAt.getTime() + THROTTLE_WINDOW_MS - now.getTime()) / 1000));

/** The delay before checking a password on an account with `attempts` attempts in the window. */
export function accountDelayMs(attempts: number): number {
  if (attempts <= ACCOUNT_SLOWDOWN_AFTER) return 0;
  return Math.min(MAX_ACCOUNT_DELAY_MS, 250 * 2 ** (attempts - ACCOUNT_SLOWDOWN_AFTER - 1));
}

/**
 * Reserves one login attempt before the password is checked, so parallel guesses count against
 * each other: refused when the IP or the address and IP pair is over its limit; otherwise the
 * delay the account's counter asks for.
 */
export async function reserveLoginAttempt(db: Db, source: LoginSource, now: Date): Promise<Reservation> {
  await purgeExpiredLoginThrottle(db, now);
  const keys = throttleKeys(source);
  const ip = await count(db, keys.ip, now);
  if (ip.attempts > MAX_IP_ATTEMPTS) return { allowed: false, scope: "ip", retryAfterSeconds: retryAfter(ip.windowStartedAt, now), firstRefusal: ip.attempts === MAX_IP_ATTEMPTS + 1 };
  const pair = await count(db, keys.pair, now);
  if (pair.attempts > MAX_PAIR_ATTEMPTS) return { allowed: false, scope: "pair", retryAfterSeconds: retryAfter(pair.windowStartedAt, now), firstRefusal: pair.attempts === MAX_PAIR_ATTEMPTS + 1 };
  const account = await count(db, keys.account, now);
  return { allowed: true, keys, delayMs: accountDelayMs(account.attempts) };
}

/**
 * A successful login clears its address and IP pair and gives its attempt back to the IP (so
 * an office of colleagues behind one address is limited by its failures, not by how often its
 * people sign in); the account's count stays.
 */
export async function loginSucceeded(db: Db, keys: ThrottleKeys): Promise<void> {
  await db.delete(loginThrottle).where(eq(loginThrottle.key, keys.pair));
  await db
    .update(loginThrottle)
    .set({ attempts: sql`greatest(${loginThrottle.attempts} - 1, 0)` })
    .where(eq(loginThrottle.key, keys.ip));
}

/** Gives a reserved attempt back (the password was never checked: the server was busy). */
export async function refundLoginAttempt(db: Db, keys: ThrottleKeys): Promise<void> {
  await db
    .update(loginThrottle)
    .set({ attempts: sql`greatest(${loginThrottle.attempts} - 1, 0)` })
    .where(sql`${loginThrottle.key} in (${keys.pair}, ${keys.ip}, ${keys.account})`);
}

const PURGE_EVERY_MS = 60 * 1000;
const state = globalThis as unknown as { kaskoThrottlePurgedAt?: WeakMap<object, number> };

/**
 * Deletes the rows whose window has ended (they would restart at 1 anyway), at most once a
 * minute per database handle: the table never holds more than one window's worth of keys.
 */
export async function purgeExpiredLoginThrottle(db: Db, now: Date, force = false): Promise<number> {
  state.kaskoThrottlePurgedAt ??= new WeakMap();
  const last = state.kaskoThrottlePurgedAt.get(db);
  if (!force && last !== undefined && Math.abs(now.getTime() - last) < PURGE_EVERY_MS) return 0;
  state.kaskoThrottlePurgedAt.set(db, now.getTime());
  const deleted = await db
    .delete(loginThrottle)
    .where(lt(loginThrottle.windowStartedAt, new Date(now.getTime() - THROTTLE_WINDOW_MS)))
    .returning({ key: loginThrottle.key });
  return deleted.length;
}
