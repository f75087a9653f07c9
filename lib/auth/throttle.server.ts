// Server-only: login throttling per e-mail address, kept in the login_attempts table so it holds
// across processes and restarts. See docs/decisions/0005-accounts-and-sessions.md.
import { and, desc, eq, gt, max } from "drizzle-orm";
import type { Db } from "@/lib/db/client.server";
import { loginAttempts } from "@/lib/db/schema";

/** This many failures within the window lock the address… */
export const MAX_FAILURES = 5;
/** …until this long after the oldest of those failures. */
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;

export type LoginAllowed = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** The one spelling of an address used for lookups, uniqueness and throttling. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Refuses once MAX_FAILURES failures since the address's last success fall within the last
 * FAILURE_WINDOW_MS, until the window has passed the MAX_FAILURES-th latest of them. Unknown
 * addresses are throttled exactly like known ones.
 */
export async function checkLoginAllowed(db: Db, email: string, now: Date): Promise<LoginAllowed> {
  const address = normalizeEmail(email);
  const [last] = await db
    .select({ at: max(loginAttempts.at) })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, address), eq(loginAttempts.success, true)));
  const windowStart = new Date(now.getTime() - FAILURE_WINDOW_MS);
  const since = last?.at && last.at > windowStart ? last.at : windowStart;
  const failures = await db
    .select({ at: loginAttempts.at })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, address), eq(loginAttempts.success, false), gt(loginAttempts.at, since)))
    .orderBy(desc(loginAttempts.at))
    .limit(MAX_FAILURES);
  if (failures.length < MAX_FAILURES) return { allowed: true };
  const unlockAt = failures[MAX_FAILURES - 1]!.at.getTime() + FAILURE_WINDOW_MS;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((unlockAt - now.getTime()) / 1000)) };
}

/** Records one login attempt; returns its id (see `markLoginAttemptSucceeded`). */
export async function recordLoginAttempt(db: Db, email: string, success: boolean, now: Date): Promise<number> {
  const [row] = await db.insert(loginAttempts).values({ email: normalizeEmail(email), success, at: now }).returning({ id: loginAttempts.id });
  return row!.id;
}

/**
 * Turns a recorded failure into a success. `authenticate` records every attempt as a failure
 * before checking the password, so parallel guesses count against each other while scrypt runs.
 */
export async function markLoginAttemptSucceeded(db: Db, attemptId: number): Promise<void> {
  await db.update(loginAttempts).set({ success: true }).where(eq(loginAttempts.id, attemptId));
}
