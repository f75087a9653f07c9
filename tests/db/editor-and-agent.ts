// Two accounts the database tests act as: an editor and an agent (their password is never checked here).
import type { Database } from "@/lib/db/client.server";
import { users } from "@/lib/db/schema";
import type { Actor } from "@/lib/editor/actions/authorize";

export async function insertEditorAndAgent(database: Database): Promise<{ editor: Actor; agent: Actor }> {
  const [e, a] = await database.db
    .insert(users)
    .values([
      { email: "e@example.org", name: "Editor", role: "editor", passwordHash: "x" },
      { email: "a@example.org", name: "Agent", role: "agent", passwordHash: "x" },
    ])
    .returning();
  return {
    editor: { id: e!.id, email: e!.email, name: e!.name, role: "editor", disabledAt: null },
    agent: { id: a!.id, email: a!.email, name: a!.name, role: "agent", disabledAt: null },
  };
}
