// The agent's reminders feed: a secret URL per agent serving their policies' end dates as
// iCalendar, for a calendar app to subscribe to. Only the SHA-256 of the token is stored; the URL
// is shown once when made; making a new one replaces the old, revoking deletes it. Audited.
import { createHash, randomBytes } from "node:crypto";
import { and, asc, eq, gte, isNull } from "drizzle-orm";
import type { Db } from "@/lib/db/client.server";
import { auditLog, calendarFeedTokens, clients, insurers, policies, users } from "@/lib/db/schema";
import type { Actor } from "@/lib/editor/actions/authorize";
import { succeed, type ActionResult } from "@/lib/editor/actions/result";
import { requireAgent } from "./access.server";
import type { CalendarPolicy } from "./ics";

const hashToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

/** Makes (or replaces) the agent's feed token; the token is returned once and not kept. 201. */
export async function regenerateCalendarToken(db: Db, user: Actor | null, now: Date): Promise<ActionResult<{ token: string }>> {
  const access = await requireAgent(db, user);
  if (!access.ok) return access;
  const token = randomBytes(32).toString("base64url");
  await db.transaction(async (tx) => {
    await tx.delete(calendarFeedTokens).where(eq(calendarFeedTokens.userId, access.agent.id));
    await tx.insert(calendarFeedTokens).values({ userId: access.agent.id, tokenHash: hashToken(token), createdAt: now });
    await tx.insert(auditLog).values({ action: "calendar.token", userId: access.agent.id, details: { agencyId: access.agent.agencyId }, at: now });
  });
  return succeed({ token }, 201);
}

/** Revokes the agent's feed token (the old URL stops working). 200. */
export async function revokeCalendarToken(db: Db, user: Actor | null, now: Date): Promise<ActionResult> {
  const access = await requireAgent(db, user);
  if (!access.ok) return access;
  await db.transaction(async (tx) => {
    await tx.delete(calendarFeedTokens).where(eq(calendarFeedTokens.userId, access.agent.id));
    await tx.insert(auditLog).values({ action: "calendar.revoke", userId: access.agent.id, details: { agencyId: access.agent.agencyId }, at: now });
  });
  return succeed({});
}

/** When the agent's current token was made, or null. */
export async function calendarTokenCreatedAt(db: Db, userId: number): Promise<Date | null> {
  const [row] = await db.select({ createdAt: calendarFeedTokens.createdAt }).from(calendarFeedTokens).where(eq(calendarFeedTokens.userId, userId)).limit(1);
  return row?.createdAt ?? null;
}

/**
 * The policies of the agent whose token this is (their own book, ended up to 30 days ago or
 * later, cancelled ones left out), or null for an unknown or revoked token — or an agent no longer allowed in.
 */
export async function calendarPoliciesForToken(db: Db, token: string, today: string): Promise<CalendarPolicy[] | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const [row] = await db.select({ userId: calendarFeedTokens.userId }).from(calendarFeedTokens).where(eq(calendarFeedTokens.tokenHash, hashToken(token))).limit(1);
  if (!row) return null;
  const [user] = await db.select().from(users).where(eq(users.id, row.userId)).limit(1);
  const access = await requireAgent(db, user ? { id: user.id, email: user.email, name: user.name, role: user.role, disabledAt: user.disabledAt } : null);
  if (!access.ok) return null;
  const since = new Date(`${today}T00:00:00Z`);
  since.setUTCDate(since.getUTCDate() - 30);
  return db
    .select({ id: policies.id, endDate: policies.endDate, clientName: clients.name, insurerName: insurers.nameRu, insurerNameEn: insurers.nameEn, premiumPaid: policies.premiumPaid })
    .from(policies)
    .innerJoin(clients, eq(clients.id, policies.clientId))
    .innerJoin(insurers, eq(insurers.id, policies.insurerId))
    .where(and(eq(policies.agentId, access.agent.id), eq(policies.agencyId, access.agent.agencyId), isNull(policies.cancelledAt), gte(policies.endDate, since.toISOString().slice(0, 10))))
    .orderBy(asc(policies.endDate), asc(policies.id))
    .limit(5000);
}
