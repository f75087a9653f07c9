import { getTranslations } from "next-intl/server";
import { requireAgent } from "@/lib/agent/access.server";
import { saveTargets } from "@/lib/agent/calculations.server";
import { getReadyDatabase } from "@/lib/db/ready.server";
import { currentUser } from "@/app/_lib/session.server";
import { errorMessages } from "./labels";
import { SaveCheckForm } from "./save-check-form";

/**
 * Under the policy check's report, for a signed-in agent only: save this check for a client
 * (preselected when the check was opened from a client or a saved calculation).
 */
export async function SaveCheck({ query, client = "", calculation = "" }: { query: string; client?: string; calculation?: string }) {
  const user = await currentUser();
  if (!user || user.role !== "agent") return null;
  const { db } = await getReadyDatabase();
  const access = await requireAgent(db, user);
  if (!access.ok) return null;
  const [clients, t, te] = await Promise.all([saveTargets(db, access.agent), getTranslations("AgentChecks"), getTranslations("AgentErrors")]);
  const selected = clients.some((c) => String(c.id) === client) ? client : "";
  return (
    <SaveCheckForm
      query={query}
      calculationId={selected ? calculation : ""}
      clients={clients}
      selected={selected}
      errors={{ ...errorMessages(te), invalid_check: t("invalidCheck") }}
      labels={{ title: t("saveTitle"), client: t("saveClient"), choose: t("saveChoose"), submit: t("saveButton"), pending: t("saving"), hint: t("saveHint"), noClients: t("saveNoClients") }}
    />
  );
}
