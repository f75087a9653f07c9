// Policy checks saved for the agents' clients: the check's inputs, the published editions it used
// and its whole result as checked, with the time and the agent. A saved check is never changed;
// checking again with today's tariffs is a new check. Access as for saved calculations: the
// client's agent, a head the agency's, nobody else. See docs/decisions/0013-policy-check.md.
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { catalog } from "@/lib/catalog";
import { checkPolicy, type PolicyCheck } from "@/lib/check/check-policy";
import { checkQuery, decodeCheck } from "@/lib/check/check-params";
import { validateCheck } from "@/lib/check/validate-check";
import { todayIso } from "@/lib/clock";
import type { Db } from "@/lib/db/client.server";
import { loadPublishedLibrary } from "@/lib/db/published-library.server";
import { auditLog, clients, insurers, policyChecks, rateBookVersions, savedCalculations, users, type PolicyCheckRow } from "@/lib/db/schema";
import type { Actor } from "@/lib/editor/actions/authorize";
import { fail, succeed, type ActionResult, type Failure } from "@/lib/editor/actions/result";
import { parseId } from "@/lib/editor/actions/parse-input";
import { decodeForm, formQuery } from "@/lib/form/url-codec";
import type { TQuoteRequest } from "@/lib/rating";
import { canSee, loadClientForUser, requireAgent, type AgentActor } from "./access.server";
import { clientConsentInForce } from "./calculations.server";

const MAX_QUERY = 4096;

/** A published edition a check used: the checked insurer's on the policy's start, or another insurer's today. */
export interface CheckEditionRef {
  insurerId: string;
  versionId: number | null;
  effectiveFrom: string;
  role: "checked" | "other";
}

type Params = Record<string, string | string[]>;

function paramsOf(query: string): Params {
  const search = new URLSearchParams(query);
  const params: Params = {};
  for (const key of new Set(search.keys())) {
    const values = search.getAll(key);
    params[key] = values.length === 1 ? values[0]! : values;
  }
  return params;
}

async function editionsOf(db: Db, check: PolicyCheck): Promise<CheckEditionRef[]> {
  if (check.kind === "unknown-insurer") return [];
  const published = await db
    .select({ id: rateBookVersions.id, insurerId: rateBookVersions.insurerId, effectiveFrom: rateBookVersions.effectiveFrom })
    .from(rateBookVersions)
    .where(eq(rateBookVersions.status, "published"));
  const idOf = (insurerId: string, effectiveFrom: string) => published.find((v) => v.insurerId === insurerId && v.effectiveFrom === effectiveFrom)?.id ?? null;
  const refs: CheckEditionRef[] = [];
  if (check.kind !== "no-edition") refs.push({ insurerId: check.insurer.id, effectiveFrom: check.edition.effectiveFrom, versionId: idOf(check.insurer.id, check.edition.effectiveFrom), role: "checked" });
  for (const q of check.others.quotes) refs.push({ insurerId: q.insurerId, effectiveFrom: q.effectiveFrom, versionId: idOf(q.insurerId, q.effectiveFrom), role: "other" });
  return refs;
}

/**
 * Checks a policy for a client and saves the check. The server reads the check's query string
 * (the calculator's parameters plus `ins` and `paid`) and checks it itself with the published
 * editions: nothing computed in the browser is trusted. The check belongs to the client's agent;
 * the client must not be erased and must have consent to processing in force. `calculationId`,
 * when given, must be a calculation of the same client. Field errors as on /check. 201.
 */
export async function saveCheck(db: Db, user: Actor | null, input: { clientId: unknown; calculationId?: unknown; query: unknown }, now: Date): Promise<ActionResult<{ check: PolicyCheckRow }>> {
  const loaded = await loadClientForUser(db, user, input.clientId);
  if (!loaded.ok) return loaded;
  const client = loaded.record;
  if (client.erasedAt) return fail("conflict", "Данные клиента удалены по его запросу.", [{ path: "clientId", message: "erased" }]);
  if (!(await clientConsentInForce(db, client.id))) return fail("conflict", "Нет действующего согласия клиента на обработку персональных данных.", [{ path: "clientId", message: "consent_required" }]);
  let calculationId: number | null = null;
  if (input.calculationId !== undefined && input.calculationId !== null && input.calculationId !== "") {
    calculationId = parseId(input.calculationId);
    const [calc] = calculationId === null ? [] : await db.select({ id: savedCalculations.id }).from(savedCalculations).where(and(eq(savedCalculations.id, calculationId), eq(savedCalculations.clientId, client.id))).limit(1);
    if (!calc) return fail("invalid", "Этот расчёт не относится к клиенту.", [{ path: "calculationId", message: "invalid_calculation" }]);
  }
  if (typeof input.query !== "string" || input.query.length > MAX_QUERY) return fail("invalid", "Проверку не удалось прочитать: проверьте заново.", [{ path: "query", message: "invalid_check" }]);
  const params = paramsOf(input.query);
  const today = todayIso(now);
  const library = await loadPublishedLibrary(db);
  const valid = validateCheck(decodeForm(params), decodeCheck(params), library, catalog, today);
  if (!valid.ok) return fail("invalid", "Проверьте поля проверки.", Object.entries(valid.errors).map(([path, e]) => ({ path, message: e.key ?? e.message })));
  const result = checkPolicy({ request: valid.request, insurerId: valid.insurerId, paid: valid.paid, today }, library, catalog);
  const editions = await editionsOf(db, result);
  const query = [formQuery(params), checkQuery(params)].filter(Boolean).join("&");
  const check = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(policyChecks)
      .values({
        agentId: client.agentId,
        agencyId: client.agencyId,
        clientId: client.id,
        calculationId,
        insurerId: valid.insurerId,
        policyStart: valid.request.policyStart,
        paid: valid.paid,
        request: valid.request,
        query,
        // A plain JSON copy: what is stored is exactly what JSON.stringify of the result gives.
        result: JSON.parse(JSON.stringify(result)),
        editions,
        checkedAt: now,
        checkedBy: loaded.agent.id,
      })
      .returning();
    await tx.insert(auditLog).values({ action: "policy_check.save", userId: loaded.agent.id, details: { agencyId: client.agencyId, clientId: client.id, checkId: row!.id, ...(calculationId === null ? {} : { calculationId }) }, at: now });
    return row!;
  });
  return succeed({ check }, 201);
}

const NOT_FOUND_CHECK = () => fail("not_found", "Такой проверки нет или она вам недоступна.");

/** A saved check the user may see, else 401/403/404. */
export async function loadCheckForUser(db: Db, user: Actor | null, id: unknown): Promise<{ ok: true; agent: AgentActor; check: PolicyCheckRow } | Failure> {
  const access = await requireAgent(db, user);
  if (!access.ok) return access;
  const checkId = parseId(id);
  if (checkId === null) return NOT_FOUND_CHECK();
  const [check] = await db.select().from(policyChecks).where(eq(policyChecks.id, checkId)).limit(1);
  if (!check || !canSee(access.agent, check)) return NOT_FOUND_CHECK();
  return { ok: true, agent: access.agent, check };
}

export interface CheckView {
  check: PolicyCheckRow;
  result: PolicyCheck;
  request: TQuoteRequest;
  editions: (CheckEditionRef & { insurerName: string; insurerNameEn: string })[];
  clientName: string | null;
  clientErased: boolean;
  agentName: string;
  checkedByName: string;
}

/** A saved check exactly as it was checked (never re-priced), with names for the page. */
export async function getCheckView(db: Db, user: Actor | null, input: { id: unknown }): Promise<ActionResult<{ view: CheckView; agent: AgentActor }>> {
  const loaded = await loadCheckForUser(db, user, input.id);
  if (!loaded.ok) return loaded;
  const check = loaded.check;
  const [[client], people, names] = await Promise.all([
    db.select({ name: clients.name, erasedAt: clients.erasedAt }).from(clients).where(eq(clients.id, check.clientId)).limit(1),
    db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, [check.agentId, check.checkedBy])),
    db.select().from(insurers),
  ]);
  const person = new Map(people.map((p) => [p.id, p.name]));
  const nameOf = new Map(names.map((n) => [n.id, n]));
  return succeed({
    agent: loaded.agent,
    view: {
      check,
      result: check.result as PolicyCheck,
      request: check.request as TQuoteRequest,
      editions: (check.editions as CheckEditionRef[]).map((e) => ({ ...e, insurerName: nameOf.get(e.insurerId)?.nameRu ?? e.insurerId, insurerNameEn: nameOf.get(e.insurerId)?.nameEn ?? e.insurerId })),
      clientName: client?.name ?? null,
      clientErased: !!client?.erasedAt,
      agentName: person.get(check.agentId) ?? "",
      checkedByName: person.get(check.checkedBy) ?? "",
    },
  });
}

export interface ClientCheckRow {
  id: number;
  checkedAt: Date;
  insurerId: string;
  insurerName: string;
  insurerNameEn: string;
  policyStart: string;
  paid: string;
  /** The outcome: "matches" / "higher" / "lower", or "no-edition" / "declined". */
  outcome: string;
  /** The number of unused discounts found. */
  savings: number;
}

/** A client's saved checks, newest first. The caller has checked access to the client. */
export async function checksOfClient(db: Db, clientId: number): Promise<ClientCheckRow[]> {
  const rows = await db
    .select({ id: policyChecks.id, checkedAt: policyChecks.checkedAt, insurerId: policyChecks.insurerId, insurerName: insurers.nameRu, insurerNameEn: insurers.nameEn, policyStart: policyChecks.policyStart, paid: policyChecks.paid,
      kind: sql<string>`${policyChecks.result}->>'kind'`,
      verdict: sql<string | null>`${policyChecks.result}->>'verdict'`,
      savings: sql<number>`coalesce(jsonb_array_length(${policyChecks.result}->'savings'), 0)`,
    })
    .from(policyChecks)
    .innerJoin(insurers, eq(insurers.id, policyChecks.insurerId))
    .where(eq(policyChecks.clientId, clientId))
    .orderBy(desc(policyChecks.checkedAt), desc(policyChecks.id))
    .limit(200);
  return rows.map(({ kind, verdict, savings, ...r }) => ({ ...r, outcome: kind === "checked" ? (verdict ?? kind) : kind, savings: Number(savings) }));
}
