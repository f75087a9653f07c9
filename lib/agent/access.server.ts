// Who may see what in the agents' workspace. Every agent action and page goes through here first,
// before reading its input, so a refused request changes nothing and learns nothing.
//
// The rules (docs/decisions/0010-agencies-and-clients.md):
// - nobody signed in → 401; signed in but not an agent (editors, admins), a disabled account or
//   an agent without an agency → 403;
// - an agent sees and changes only the clients and calculations they own; a head of agency also
//   those of every agent of the same agency;
// - a record outside what the agent may see answers 404, exactly like one that does not exist,
//   so ids cannot be probed.
import { and, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client.server";
import { agencies, agencyMembers, clients, savedCalculations, type Client, type SavedCalculation } from "@/lib/db/schema";
import { authorize, type Actor } from "@/lib/editor/actions/authorize";
import { fail, type Failure } from "@/lib/editor/actions/result";
import { parseId } from "@/lib/editor/actions/parse-input";

/** A signed-in agent, with their agency. */
export interface AgentActor {
  id: number;
  email: string;
  name: string;
  agencyId: number;
  agencySlug: string;
  agencyName: string;
  isHead: boolean;
}

export type AgentAccess = { ok: true; agent: AgentActor } | Failure;

/** The acting agent (with agency and head flag), or the refusal: 401 without a user, 403 for any other role. */
export async function requireAgent(db: Db, user: Actor | null | undefined): Promise<AgentAccess> {
  const denied = authorize(user, "agent");
  if (denied) return denied;
  const [row] = await db
    .select({ agencyId: agencyMembers.agencyId, isHead: agencyMembers.isHead, slug: agencies.slug, agencyName: agencies.name })
    .from(agencyMembers)
    .innerJoin(agencies, eq(agencies.id, agencyMembers.agencyId))
    .where(eq(agencyMembers.userId, user!.id))
    .limit(1);
  if (!row) return fail("forbidden", "Учётная запись агента не привязана к агентству: обратитесь к администратору.");
  return { ok: true, agent: { id: user!.id, email: user!.email, name: user!.name, agencyId: row.agencyId, agencySlug: row.slug, agencyName: row.agencyName, isHead: row.isHead } };
}

/** Whether the agent may see a record owned by `agentId` in `agencyId`. */
export function canSee(agent: Pick<AgentActor, "id" | "agencyId" | "isHead">, record: { agentId: number; agencyId: number }): boolean {
  if (record.agencyId !== agent.agencyId) return false;
  return record.agentId === agent.id || agent.isHead;
}

/** The SQL condition "visible to this agent" for a table with agent_id and agency_id columns. */
export function visibleTo(agent: Pick<AgentActor, "id" | "agencyId" | "isHead">, table: typeof clients | typeof savedCalculations) {
  return agent.isHead ? eq(table.agencyId, agent.agencyId) : and(eq(table.agencyId, agent.agencyId), eq(table.agentId, agent.id));
}

const NOT_FOUND_CLIENT = () => fail("not_found", "Такого клиента нет или он вам недоступен.");
const NOT_FOUND_CALCULATION = () => fail("not_found", "Такого расчёта нет или он вам недоступен.");

export type Loaded<T> = { ok: true; agent: AgentActor; record: T } | Failure;

/** A client the user may see (erased ones included: they keep their quotes), else 401/403/404. */
export async function loadClientForUser(db: Db, user: Actor | null | undefined, id: unknown): Promise<Loaded<Client>> {
  const access = await requireAgent(db, user);
  if (!access.ok) return access;
  const clientId = parseId(id);
  if (clientId === null) return NOT_FOUND_CLIENT();
  const [client] = await db.select().from(clients).where(eq(clients.id, clientId)).limit(1);
  if (!client || !canSee(access.agent, client)) return NOT_FOUND_CLIENT();
  return { ok: true, agent: access.agent, record: client };
}

/** A saved calculation the user may see, else 401/403/404. */
export async function loadCalculationForUser(db: Db, user: Actor | null | undefined, id: unknown): Promise<Loaded<SavedCalculation>> {
  const access = await requireAgent(db, user);
  if (!access.ok) return access;
  const calculationId = parseId(id);
  if (calculationId === null) return NOT_FOUND_CALCULATION();
  const [calculation] = await db.select().from(savedCalculations).where(eq(savedCalculations.id, calculationId)).limit(1);
  if (!calculation || !canSee(access.agent, calculation)) return NOT_FOUND_CALCULATION();
  return { ok: true, agent: access.agent, record: calculation };
}
