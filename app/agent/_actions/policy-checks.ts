"use server";
// Saving a policy check (the /check page's state) for one of the agent's clients.
import { redirect } from "next/navigation";
import { saveCheck } from "@/lib/agent/policy-checks.server";
import type { FormResult } from "@/app/editor/_components/form-result";
import { refuse } from "../_lib/page-access.server";
import { agentActionContext } from "./context";

export async function saveCheckAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const { db, user, now } = await agentActionContext();
  const values = {
    clientId: String(formData.get("clientId") ?? "").slice(0, 20),
    calculationId: String(formData.get("calculationId") ?? "").slice(0, 20),
    query: String(formData.get("query") ?? "").slice(0, 5000),
  };
  if (values.clientId === "") return { status: "error", message: "invalid", issues: [{ path: "clientId", message: "required" }], values };
  const result = await saveCheck(db, user, values, now);
  if (!result.ok) {
    if (result.status === 401 || result.status === 403) refuse(result, `/check?${values.query}`);
    return { status: "error", message: result.error, issues: result.issues.length > 0 ? result.issues : [{ path: "clientId", message: result.error }], values };
  }
  redirect(`/agent/checks/${result.check.id}`);
}
