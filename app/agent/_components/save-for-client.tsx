import { getTranslations } from "next-intl/server";
import { requireAgent } from "@/lib/agent/access.server";
import { saveTargets } from "@/lib/agent/calculations.server";
import { getReadyDatabase } from "@/lib/db/ready.server";
import { currentUser } from "@/app/_lib/session.server";
import { errorMessages } from "./labels";
import { SaveForClientSlot } from "./save-for-client-slot";

/** Under the calculator's results, for a signed-in agent only: save this calculation for a client. */
export async function SaveForClient({ query, client = "" }: { query: string; client?: string }) {
  const user = await currentUser();
  if (!user || user.role !== "agent") return null;
  const { db } = await getReadyDatabase();
  const access = await requireAgent(db, user);
  if (!access.ok) return null;
  const [clients, t, te] = await Promise.all([saveTargets(db, access.agent), getTranslations("Agent"), getTranslations("AgentErrors")]);
  const selected = client;
  return (
    <SaveForClientSlot
      query={query}
      clients={clients}
      selected={clients.some((c) => String(c.id) === selected) ? selected : ""}
      errors={errorMessages(te)}
      labels={{ title: t("saveForClient"), client: t("saveClient"), choose: t("saveChoose"), submit: t("saveButton"), pending: t("saving"), newClient: t("saveNewClient"), hint: t("saveHint"), noClients: t("saveNoClients") }}
    />
  );
}
