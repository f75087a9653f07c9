// Server-only: the agents' pages' access rule, the page form of lib/agent/access.server.ts —
// nobody signed in → the login page (coming back here after), another role → 403, a record
// the agent may not see → 404 (the same as one that does not exist).
import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import { requireAgent, type AgentActor } from "@/lib/agent/access.server";
import type { Db } from "@/lib/db/client.server";
import { getReadyDatabase } from "@/lib/db/ready.server";
import type { Failure } from "@/lib/editor/actions/result";
import { currentUser, safeNext } from "@/app/_lib/session.server";

export const AGENT_LOGIN_PATH = "/login";

export function loginRedirect(returnTo: string): never {
  redirect(`${AGENT_LOGIN_PATH}?next=${encodeURIComponent(safeNext(returnTo))}`);
}

/** A refusal as the page's answer: 401 → login, 403 → forbidden, 404 (and anything else) → not found. */
export function refuse(failure: Failure, returnTo: string): never {
  if (failure.status === 401) loginRedirect(returnTo);
  if (failure.status === 403) forbidden();
  notFound();
}

/** The signed-in agent of an agents' page, with the database. */
export async function agentPage(returnTo: string): Promise<{ db: Db; agent: AgentActor; user: NonNullable<Awaited<ReturnType<typeof currentUser>>> }> {
  const [{ db }, user] = await Promise.all([getReadyDatabase(), currentUser()]);
  const access = await requireAgent(db, user);
  if (!access.ok) refuse(access, returnTo);
  return { db, agent: access.agent, user: user! };
}
