// Clients of the agents' workspace: personal data under 152-ФЗ. Nothing is kept without consent
// to processing; every write is audited (who, what, when — never the personal data itself); a
// client can be erased, leaving their saved quotes as anonymous statistics.
//
// Every function takes the acting user and checks access first (access.server.ts): 401 / 403 /
// 404 before the input is even read. Issues' `message` is a key of the "AgentErrors" messages.
import { loadCatalog } from "@/lib/db/catalog.server";
import { and, asc, count, desc, eq, ilike, inArray, isNull, or, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client.server";
import { auditLog, clientConsents, clientDrivers, clients, clientVehicles, savedCalculations, users, type Client, type ClientConsent, type ClientDriver, type ClientVehicle } from "@/lib/db/schema";
import type { Actor } from "@/lib/editor/actions/authorize";
import { fail, succeed, type ActionResult, type Failure } from "@/lib/editor/actions/result";
import { parseId } from "@/lib/editor/actions/parse-input";
import { todayIso } from "@/lib/clock";
import { loadClientForUser, requireAgent, visibleTo, type AgentActor } from "./access.server";
import { driverSchema, parseClientFields, LIMITS, parseNewClient, parseWith, vehicleSchema, type FieldIssue } from "./client-input";
import { CONSENT_TEXTS, type ConsentKind } from "./consent-texts";

/** Where a write came from: the time and the request's IP address (recorded with consents). */
export interface WriteContext {
  now: Date;
  ip: string;
}

export const CLIENTS_PAGE_SIZE = 20;
const MAX_VEHICLES = 10;
const MAX_DRIVERS = 10;

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

function invalid(issues: FieldIssue[]): Failure {
  return fail("invalid", "Проверьте поля формы.", issues.map((i) => ({ path: i.path, message: i.code })));
}

async function audit(tx: Pick<Db, "insert">, action: string, agent: AgentActor, details: Record<string, unknown>, now: Date): Promise<void> {
  await tx.insert(auditLog).values({ action, userId: agent.id, details: { agencyId: agent.agencyId, ...details }, at: now });
}

const erasedConflict = () => fail("conflict", "Данные клиента удалены по его запросу.", [{ path: "", message: "erased" }]);

async function hasActiveProcessingConsent(db: Pick<Db, "select">, clientId: number): Promise<boolean> {
  const [row] = await db
    .select({ id: clientConsents.id })
    .from(clientConsents)
    .where(and(eq(clientConsents.clientId, clientId), eq(clientConsents.kind, "processing"), isNull(clientConsents.withdrawnAt)))
    .limit(1);
  return !!row;
}

/** A client the agent may change: visible, not erased, with consent to processing in force. */
async function writableClient(db: Db, user: Actor | null, id: unknown): Promise<{ ok: true; agent: AgentActor; client: Client } | Failure> {
  const loaded = await loadClientForUser(db, user, id);
  if (!loaded.ok) return loaded;
  if (loaded.record.erasedAt) return erasedConflict();
  if (!(await hasActiveProcessingConsent(db, loaded.record.id))) {
    return fail("conflict", "Нет действующего согласия клиента на обработку персональных данных.", [{ path: "consentProcessing", message: "consent_required" }]);
  }
  return { ok: true, agent: loaded.agent, client: loaded.record };
}

export interface ClientRow {
  id: number;
  name: string | null;
  phone: string | null;
  email: string | null;
  agentId: number;
  agentName: string;
  erasedAt: Date | null;
  createdAt: Date;
}

/** Escapes LIKE's wildcards so a search for "50%" finds "50%". */
const likeText = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The clients the agent may see, newest first, a page at a time; `q` searches names and phone numbers. */
export async function listClients(db: Db, user: Actor | null, input: { q?: unknown; page?: unknown }): Promise<ActionResult<{ rows: ClientRow[]; page: number; pages: number; total: number; q: string }>> {
  const access = await requireAgent(db, user);
  if (!access.ok) return access;
  const q = typeof input.q === "string" ? input.q.trim().slice(0, LIMITS.search) : "";
  // 8 912 345-67-89 and +7 912 345-67-89 are the same number: search the last 10 digits.
  const allDigits = q.replace(/\D/g, "");
  const digits = allDigits.length === 11 && /^[78]/.test(allDigits) ? allDigits.slice(1) : allDigits;
  const search =
    q === ""
      ? undefined
      : or(ilike(clients.name, `%${likeText(q)}%`), ...(digits.length >= 3 ? [sql`regexp_replace(coalesce(${clients.phone}, ''), '\\D', '', 'g') like ${`%${digits}%`}`] : []));
  const where = and(visibleTo(access.agent, clients), search);
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(clients).where(where);
  const pages = Math.max(1, Math.ceil(total / CLIENTS_PAGE_SIZE));
  const asked = Number(input.page);
  const page = Number.isSafeInteger(asked) && asked >= 1 ? Math.min(asked, pages) : 1;
  const rows = await db
    .select({ id: clients.id, name: clients.name, phone: clients.phone, email: clients.email, agentId: clients.agentId, agentName: users.name, erasedAt: clients.erasedAt, createdAt: clients.createdAt })
    .from(clients)
    .innerJoin(users, eq(users.id, clients.agentId))
    .where(where)
    .orderBy(desc(clients.createdAt), desc(clients.id))
    .limit(CLIENTS_PAGE_SIZE)
    .offset((page - 1) * CLIENTS_PAGE_SIZE);
  return succeed({ rows, page, pages, total, q });
}

export interface ClientView {
  client: Client;
  agentName: string;
  consents: ClientConsent[];
  vehicles: ClientVehicle[];
  drivers: ClientDriver[];
  calculations: { id: number; pricedAt: Date; validUntil: string; requoteOfId: number | null; quotes: number }[];
  processingConsent: boolean;
  transferConsent: boolean;
  /** The names of the agents who recorded the consents, by user id. */
  userNames: Record<number, string>;
}

/** One client with everything kept about them, for the client's page. */
export async function getClientView(db: Db, user: Actor | null, id: unknown): Promise<ActionResult<{ view: ClientView; agent: AgentActor }>> {
  const loaded = await loadClientForUser(db, user, id);
  if (!loaded.ok) return loaded;
  const client = loaded.record;
  const [[owner], consents, vehicles, drivers, calculations] = await Promise.all([
    db.select({ name: users.name }).from(users).where(eq(users.id, client.agentId)).limit(1),
    db.select().from(clientConsents).where(eq(clientConsents.clientId, client.id)).orderBy(asc(clientConsents.givenAt), asc(clientConsents.id)),
    db.select().from(clientVehicles).where(eq(clientVehicles.clientId, client.id)).orderBy(asc(clientVehicles.id)),
    db.select().from(clientDrivers).where(eq(clientDrivers.clientId, client.id)).orderBy(asc(clientDrivers.id)),
    db
      .select({ id: savedCalculations.id, pricedAt: savedCalculations.pricedAt, validUntil: savedCalculations.validUntil, requoteOfId: savedCalculations.requoteOfId, quotes: sql<number>`jsonb_array_length(${savedCalculations.response}->'quotes')` })
      .from(savedCalculations)
      .where(eq(savedCalculations.clientId, client.id))
      .orderBy(desc(savedCalculations.pricedAt), desc(savedCalculations.id)),
  ]);
  const active = (kind: ConsentKind) => consents.some((c) => c.kind === kind && c.withdrawnAt === null);
  const ids = [...new Set(consents.flatMap((c) => [c.givenBy, ...(c.withdrawnBy ? [c.withdrawnBy] : [])]))];
  const named = ids.length === 0 ? [] : await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids));
  const userNames = Object.fromEntries(named.map((u) => [u.id, u.name]));
  return succeed({
    agent: loaded.agent,
    view: { client, agentName: owner?.name ?? "", consents, vehicles, drivers, calculations: calculations.map((c) => ({ ...c, quotes: Number(c.quotes) })), processingConsent: active("processing"), transferConsent: active("transfer"), userNames },
  });
}

async function recordConsent(tx: Tx, agent: AgentActor, clientId: number, kind: ConsentKind, locale: string, ctx: WriteContext): Promise<number> {
  const [row] = await tx
    .insert(clientConsents)
    .values({ clientId, kind, textVersion: CONSENT_TEXTS[kind].version, locale, givenAt: ctx.now, givenBy: agent.id, givenIp: ctx.ip.slice(0, 100) })
    .returning({ id: clientConsents.id });
  await audit(tx, "client.consent.give", agent, { clientId, consentId: row!.id, kind, textVersion: CONSENT_TEXTS[kind].version }, ctx.now);
  return row!.id;
}

const localeOf = (v: unknown) => (v === "en" ? "en" : "ru");

/** A new client of the acting agent, with the consents given (processing is required). 201. */
export async function createClient(db: Db, user: Actor | null, input: Record<string, unknown>, ctx: WriteContext): Promise<ActionResult<{ client: Client }>> {
  const access = await requireAgent(db, user);
  if (!access.ok) return access;
  const agent = access.agent;
  const parsed = parseNewClient(input, todayIso(ctx.now));
  if (!parsed.ok) return invalid(parsed.issues);
  const { consentProcessing, consentTransfer, ...fields } = parsed.value;
  const locale = localeOf(input.locale);
  const client = await db.transaction(async (tx) => {
    const [row] = await tx.insert(clients).values({ ...fields, agencyId: agent.agencyId, agentId: agent.id, createdAt: ctx.now, updatedAt: ctx.now }).returning();
    await audit(tx, "client.create", agent, { clientId: row!.id }, ctx.now);
    if (consentProcessing) await recordConsent(tx, agent, row!.id, "processing", locale, ctx);
    if (consentTransfer) await recordConsent(tx, agent, row!.id, "transfer", locale, ctx);
    return row!;
  });
  return succeed({ client }, 201);
}

/** Changes a client's own fields. Audited with the names of the fields changed (not their values). */
export async function updateClient(db: Db, user: Actor | null, input: Record<string, unknown>, ctx: WriteContext): Promise<ActionResult<{ client: Client }>> {
  const found = await writableClient(db, user, input.id);
  if (!found.ok) return found;
  const parsed = parseClientFields(input, todayIso(ctx.now));
  if (!parsed.ok) return invalid(parsed.issues);
  const before = found.client;
  const changed = (["name", "phone", "email", "birthDate", "notes"] as const).filter((k) => (before[k] ?? "") !== (parsed.value[k] ?? ""));
  const client = await db.transaction(async (tx) => {
    const [row] = await tx.update(clients).set({ ...parsed.value, updatedAt: ctx.now }).where(eq(clients.id, before.id)).returning();
    await audit(tx, "client.update", found.agent, { clientId: before.id, fields: changed }, ctx.now);
    return row!;
  });
  return succeed({ client });
}

/** Records a consent (again, e.g. after a withdrawal). Refused for an erased client. 201. */
export async function giveConsent(db: Db, user: Actor | null, input: { clientId: unknown; kind: unknown; locale?: unknown }, ctx: WriteContext): Promise<ActionResult<{ consentId: number }>> {
  const loaded = await loadClientForUser(db, user, input.clientId);
  if (!loaded.ok) return loaded;
  if (loaded.record.erasedAt) return erasedConflict();
  if (input.kind !== "processing" && input.kind !== "transfer") return invalid([{ path: "kind", code: "invalid" }]);
  const kind = input.kind;
  const consentId = await db.transaction(async (tx) => {
    const [active] = await tx
      .select({ id: clientConsents.id })
      .from(clientConsents)
      .where(and(eq(clientConsents.clientId, loaded.record.id), eq(clientConsents.kind, kind), isNull(clientConsents.withdrawnAt)))
      .limit(1);
    return active ? active.id : recordConsent(tx, loaded.agent, loaded.record.id, kind, localeOf(input.locale), ctx);
  });
  return succeed({ consentId }, 201);
}

/** Withdraws the consent of that kind in force (stamped with time, agent and IP). */
export async function withdrawConsent(db: Db, user: Actor | null, input: { clientId: unknown; kind: unknown }, ctx: WriteContext): Promise<ActionResult<{ withdrawn: number }>> {
  const loaded = await loadClientForUser(db, user, input.clientId);
  if (!loaded.ok) return loaded;
  if (input.kind !== "processing" && input.kind !== "transfer") return invalid([{ path: "kind", code: "invalid" }]);
  const kind = input.kind;
  const withdrawn = await db.transaction(async (tx) => {
    const rows = await tx
      .update(clientConsents)
      .set({ withdrawnAt: ctx.now, withdrawnBy: loaded.agent.id, withdrawnIp: ctx.ip.slice(0, 100) })
      .where(and(eq(clientConsents.clientId, loaded.record.id), eq(clientConsents.kind, kind), isNull(clientConsents.withdrawnAt)))
      .returning({ id: clientConsents.id });
    if (rows.length > 0) await audit(tx, "client.consent.withdraw", loaded.agent, { clientId: loaded.record.id, kind, consentIds: rows.map((r) => r.id) }, ctx.now);
    return rows.length;
  });
  return succeed({ withdrawn });
}

/**
 * Erases a client on their request (the owner agent or a head of the agency): the personal
 * fields are wiped, the cars and drivers deleted, consents in force withdrawn; saved quotes stay,
 * no longer tied to anyone named. The audit log records who and when, nothing of the data.
 * `confirm` must be "erase".
 */
export async function eraseClient(db: Db, user: Actor | null, input: { id: unknown; confirm: unknown }, ctx: WriteContext): Promise<ActionResult<{ client: Client }>> {
  const loaded = await loadClientForUser(db, user, input.id);
  if (!loaded.ok) return loaded;
  if (loaded.record.erasedAt) return erasedConflict();
  if (input.confirm !== "erase") return invalid([{ path: "confirm", code: "erase_confirm" }]);
  const agent = loaded.agent;
  const client = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(clients)
      .set({ name: null, phone: null, email: null, birthDate: null, notes: null, erasedAt: ctx.now, erasedBy: agent.id, updatedAt: ctx.now })
      .where(eq(clients.id, loaded.record.id))
      .returning();
    await tx.delete(clientVehicles).where(eq(clientVehicles.clientId, loaded.record.id));
    await tx.delete(clientDrivers).where(eq(clientDrivers.clientId, loaded.record.id));
    await tx
      .update(clientConsents)
      .set({ withdrawnAt: ctx.now, withdrawnBy: agent.id, withdrawnIp: ctx.ip.slice(0, 100) })
      .where(and(eq(clientConsents.clientId, loaded.record.id), isNull(clientConsents.withdrawnAt)));
    await audit(tx, "client.erase", agent, { clientId: loaded.record.id }, ctx.now);
    return row!;
  });
  return succeed({ client });
}

/** Keeps a car with the client (to prefill the calculator). 201. */
export async function addVehicle(db: Db, user: Actor | null, input: Record<string, unknown>, ctx: WriteContext): Promise<ActionResult<{ vehicle: ClientVehicle }>> {
  const found = await writableClient(db, user, input.clientId);
  if (!found.ok) return found;
  const parsed = parseWith(vehicleSchema(todayIso(ctx.now), await loadCatalog(db)), input);
  if (!parsed.ok) return invalid(parsed.issues);
  const [{ n } = { n: 0 }] = await db.select({ n: count() }).from(clientVehicles).where(eq(clientVehicles.clientId, found.client.id));
  if (n >= MAX_VEHICLES) return invalid([{ path: "modelId", code: "too_many" }]);
  const vehicle = await db.transaction(async (tx) => {
    const [row] = await tx.insert(clientVehicles).values({ ...parsed.value, clientId: found.client.id, createdAt: ctx.now }).returning();
    await audit(tx, "client.vehicle.add", found.agent, { clientId: found.client.id, vehicleId: row!.id }, ctx.now);
    return row!;
  });
  return succeed({ vehicle }, 201);
}

/** Keeps a driver with the client. 201. */
export async function addDriver(db: Db, user: Actor | null, input: Record<string, unknown>, ctx: WriteContext): Promise<ActionResult<{ driver: ClientDriver }>> {
  const found = await writableClient(db, user, input.clientId);
  if (!found.ok) return found;
  const parsed = parseWith(driverSchema, input);
  if (!parsed.ok) return invalid(parsed.issues);
  const [{ n } = { n: 0 }] = await db.select({ n: count() }).from(clientDrivers).where(eq(clientDrivers.clientId, found.client.id));
  if (n >= MAX_DRIVERS) return invalid([{ path: "age", code: "too_many" }]);
  const driver = await db.transaction(async (tx) => {
    const [row] = await tx.insert(clientDrivers).values({ ...parsed.value, clientId: found.client.id, createdAt: ctx.now }).returning();
    await audit(tx, "client.driver.add", found.agent, { clientId: found.client.id, driverId: row!.id }, ctx.now);
    return row!;
  });
  return succeed({ driver }, 201);
}

/** Removes a car or a driver kept with the client. */
export async function removeClientItem(db: Db, user: Actor | null, input: { clientId: unknown; kind: unknown; itemId: unknown }, ctx: WriteContext): Promise<ActionResult> {
  const loaded = await loadClientForUser(db, user, input.clientId);
  if (!loaded.ok) return loaded;
  const itemId = parseId(input.itemId);
  const table = input.kind === "vehicle" ? clientVehicles : input.kind === "driver" ? clientDrivers : null;
  if (!table || itemId === null) return fail("not_found", "Нет такой записи.");
  const removed = await db.transaction(async (tx) => {
    const rows = await tx.delete(table).where(and(eq(table.id, itemId), eq(table.clientId, loaded.record.id))).returning({ id: table.id });
    if (rows.length > 0) await audit(tx, `client.${input.kind as string}.remove`, loaded.agent, { clientId: loaded.record.id, itemId }, ctx.now);
    return rows.length;
  });
  return removed > 0 ? succeed({}) : fail("not_found", "Нет такой записи.");
}
