// Agencies and agent accounts: created by admins (the users page, the user:create command) and
// by the development demo. Used by the app, the CLI and the tests (no "server-only" import).
import { asc, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client.server";
import { agencies, agencyMembers, auditLog, users, type Agency } from "@/lib/db/schema";
import { createUser, type AccountUser, type AuditOptions, type CreateUserError } from "@/lib/auth/users.server";
import { normalizePhone } from "./client-input";

const SLUG = /^[a-z0-9][a-z0-9-]{1,39}$/;
export const AGENCY_LIMITS = { name: 200, phone: 30, email: 254, address: 300 } as const;

export interface NewAgency {
  slug: string;
  name: string;
  phone?: string;
  email?: string;
  address?: string;
}

export type CreateAgencyError = "invalid_slug" | "invalid_name" | "invalid_phone" | "invalid_email" | "invalid_address" | "duplicate_slug";
export type CreateAgencyResult = { ok: true; agency: Agency } | { ok: false; error: CreateAgencyError; message: string };

/** Creates an agency. Bad input or a slug already taken is an error value. Audited as "agency.create". */
export async function createAgency(db: Db, input: NewAgency, options: AuditOptions = {}): Promise<CreateAgencyResult> {
  const slug = (input.slug ?? "").trim().toLowerCase();
  if (!SLUG.test(slug)) return { ok: false, error: "invalid_slug", message: "the slug must be 2–40 characters: latin letters, digits and hyphens, starting with a letter or digit" };
  const name = (input.name ?? "").trim();
  if (name === "" || name.length > AGENCY_LIMITS.name) return { ok: false, error: "invalid_name", message: `the agency's name must be 1–${AGENCY_LIMITS.name} characters long` };
  const rawPhone = (input.phone ?? "").trim();
  const phone = rawPhone === "" ? "" : normalizePhone(rawPhone);
  if (phone === null || rawPhone.length > AGENCY_LIMITS.phone) return { ok: false, error: "invalid_phone", message: "not a phone number" };
  const email = (input.email ?? "").trim().toLowerCase();
  if (email.length > AGENCY_LIMITS.email || (email !== "" && !/^[^\s@]+@[^\s@]+\.[^\s@.]+$/.test(email))) return { ok: false, error: "invalid_email", message: "not an e-mail address" };
  const address = (input.address ?? "").trim();
  if (address.length > AGENCY_LIMITS.address) return { ok: false, error: "invalid_address", message: `the address must be at most ${AGENCY_LIMITS.address} characters long` };
  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    const [agency] = await tx.insert(agencies).values({ slug, name, phone, email, address, createdAt: now }).onConflictDoNothing({ target: agencies.slug }).returning();
    if (!agency) return { ok: false, error: "duplicate_slug", message: `an agency with the slug ${slug} already exists` } as const;
    await tx.insert(auditLog).values({ action: "agency.create", userId: options.actorId ?? null, details: { agencyId: agency.id, slug, name }, at: now });
    return { ok: true, agency } as const;
  });
}

export function listAgencies(db: Db): Promise<Agency[]> {
  return db.select().from(agencies).orderBy(asc(agencies.name));
}

export async function getAgencyBySlug(db: Db, slug: string): Promise<Agency | null> {
  const [agency] = await db.select().from(agencies).where(eq(agencies.slug, slug.trim().toLowerCase())).limit(1);
  return agency ?? null;
}

export interface NewAgent {
  email: string;
  name: string;
  password: string;
  agencyId: number;
  isHead?: boolean;
  phone?: string;
}

export type CreateAgentResult = { ok: true; user: AccountUser } | { ok: false; error: CreateUserError | "unknown_agency" | "invalid_phone"; message: string };

/**
 * Creates an agent account in an agency, in one transaction: the account (see createUser, audited
 * "user.create") and its membership (audited "agent.join" with the agency and head flag).
 */
export async function createAgent(db: Db, input: NewAgent, options: AuditOptions = {}): Promise<CreateAgentResult> {
  const [agency] = await db.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, input.agencyId)).limit(1);
  if (!agency) return { ok: false, error: "unknown_agency", message: "no such agency" };
  const rawPhone = (input.phone ?? "").trim();
  const phone = rawPhone === "" ? "" : normalizePhone(rawPhone);
  if (phone === null || rawPhone.length > AGENCY_LIMITS.phone) return { ok: false, error: "invalid_phone", message: "not a phone number" };
  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    const created = await createUser(tx as unknown as Db, { email: input.email, name: input.name, role: "agent", password: input.password }, { ...options, now });
    if (!created.ok) return created;
    const isHead = input.isHead === true;
    await tx.insert(agencyMembers).values({ userId: created.user.id, agencyId: agency.id, isHead, phone });
    await tx.insert(auditLog).values({ action: "agent.join", userId: options.actorId ?? null, details: { targetUserId: created.user.id, agencyId: agency.id, isHead }, at: now });
    return created;
  });
}

/** Every agent with their agency, for the admin's users page. */
export function listMemberships(db: Db): Promise<{ userId: number; agencyId: number; isHead: boolean; agencyName: string }[]> {
  return db
    .select({ userId: agencyMembers.userId, agencyId: agencyMembers.agencyId, isHead: agencyMembers.isHead, agencyName: agencies.name })
    .from(agencyMembers)
    .innerJoin(agencies, eq(agencies.id, agencyMembers.agencyId))
    .innerJoin(users, eq(users.id, agencyMembers.userId));
}
