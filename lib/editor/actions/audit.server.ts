// The audit log, newest first, a page at a time, with the names of the people. Editor role; reads only.
import { count, desc, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client.server";
import { auditLog, users, type AuditEntry } from "@/lib/db/schema";
import { authorize, type Actor } from "./authorize";
import { succeed, type ActionResult } from "./result";

export const AUDIT_PAGE_SIZE = 50;

export interface AuditRow extends AuditEntry {
  userName: string | null;
  userEmail: string | null;
}

export async function auditPage(db: Db, user: Actor | null, input: { page: unknown }): Promise<ActionResult<{ rows: AuditRow[]; page: number; pages: number; total: number }>> {
  const denied = authorize(user, "editor");
  if (denied) return denied;
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(auditLog);
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const asked = Number(input.page);
  const page = Number.isSafeInteger(asked) && asked >= 1 ? Math.min(asked, pages) : 1;
  const rows = await db
    .select({ entry: auditLog, userName: users.name, userEmail: users.email })
    .from(auditLog)
    .leftJoin(users, eq(auditLog.userId, users.id))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE)
    .offset((page - 1) * AUDIT_PAGE_SIZE);
  return succeed({ rows: rows.map((r) => ({ ...r.entry, userName: r.userName, userEmail: r.userEmail })), page, pages, total });
}
