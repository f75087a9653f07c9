// Server-only: cookie sessions kept in the sessions table. The cookie holds a random token; the
// table holds only its SHA-256, so a leaked table or backup cannot be replayed as cookies.
// See docs/decisions/0005-accounts-and-sessions.md.
import { createHash, randomBytes } from "node:crypto";
import { eq, lte } from "drizzle-orm";
import type { Db } from "@/lib/db/client.server";
import { sessions, users } from "@/lib/db/schema";
import { accountColumns, type AccountUser } from "./users.server";

/** A session lasts 8 hours (a working day) from its last renewal. */
export const SESSION_LIFETIME_MS = 8 * 60 * 60 * 1000;
/** A session used with less than this left is extended to a full lifetime again. */
export const SESSION_RENEW_BELOW_MS = SESSION_LIFETIME_MS / 2;
const TOKEN_BYTES = 32;
/** 32 bytes in base64url: 43 characters, no padding. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/**
 * The session cookie: pass to Next's `cookies().set({ ...SESSION_COOKIE, value: token, expires })`.
 * Not readable by scripts; not sent on cross-site subrequests or POSTs; HTTPS-only in production.
 */
export const SESSION_COOKIE = {
  name: "kasko_session",
  httpOnly: true,
  sameSite: "lax",
  secure: process.env.NODE_ENV === "production",
  path: "/",
} as const;

/** The sessions.id of a token: SHA-256, hex. */
export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export interface NewSession {
  /** Goes into the cookie and nowhere else. */
  token: string;
  expiresAt: Date;
}

export async function createSession(db: Db, userId: number, now: Date): Promise<NewSession> {
  const token = randomBytes(TOKEN_BYTES).toString("base64url");
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  await db.insert(sessions).values({ id: hashSessionToken(token), userId, createdAt: now, expiresAt });
  return { token, expiresAt };
}

/** The user behind a valid session, with the session's (possibly renewed) expiry. */
export interface SessionUser extends AccountUser {
  /** When the session now expires; re-set the cookie's `expires` when `sessionRenewed`. */
  sessionExpiresAt: Date;
  sessionRenewed: boolean;
}

/**
 * The user a session token belongs to, or null if the token is malformed or unknown, the session
 * has expired (it is deleted) or the user is disabled. A session with less than half its
 * lifetime left is extended to a full lifetime from `now`.
 */
export async function validateSession(db: Db, token: string | null | undefined, now: Date): Promise<SessionUser | null> {
  if (typeof token !== "string" || !TOKEN_SHAPE.test(token)) return null;
  const id = hashSessionToken(token);
  const [row] = await db
    .select({ expiresAt: sessions.expiresAt, user: accountColumns })
    .from(sessions)
    .innerJoin(users, eq(sessions.userId, users.id))
    .where(eq(sessions.id, id))
    .limit(1);
  if (!row) return null;
  if (row.expiresAt.getTime() <= now.getTime()) {
    await db.delete(sessions).where(eq(sessions.id, id));
    return null;
  }
  if (row.user.disabledAt !== null) return null;
  let expiresAt = row.expiresAt;
  let renewed = false;
  if (expiresAt.getTime() - now.getTime() < SESSION_RENEW_BELOW_MS) {
    expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
    renewed = true;
    await db.update(sessions).set({ expiresAt }).where(eq(sessions.id, id));
  }
  return { ...row.user, sessionExpiresAt: expiresAt, sessionRenewed: renewed };
}

/** Signs one session out (an unknown or malformed token is not an error). */
export async function deleteSession(db: Db, token: string): Promise<void> {
  if (typeof token !== "string" || !TOKEN_SHAPE.test(token)) return;
  await db.delete(sessions).where(eq(sessions.id, hashSessionToken(token)));
}

/** Signs a user out everywhere (after a password change, for example). */
export async function deleteUserSessions(db: Db, userId: number): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

/** Housekeeping: deletes every session expired at `now`; returns how many. */
export async function deleteExpiredSessions(db: Db, now: Date): Promise<number> {
  const gone = await db.delete(sessions).where(lte(sessions.expiresAt, now)).returning({ id: sessions.id });
  return gone.length;
}
