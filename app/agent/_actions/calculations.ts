"use server";
// Saving the calculator's calculation for a client, and re-quoting a saved one.
import { redirect } from "next/navigation";
import { requoteCalculation, saveCalculation } from "@/lib/agent/calculations.server";
import type { FormResult } from "@/app/editor/_components/form-result";
import { refuse } from "../_lib/page-access.server";
import { agentActionContext } from "./context";

export async function saveCalculationAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const { db, user, now } = await agentActionContext();
  const values = { clientId: String(formData.get("clientId") ?? "").slice(0, 20), query: String(formData.get("query") ?? "").slice(0, 5000) };
  const page = `/?${values.query}`;
  if (values.clientId === "") return { status: "error", message: "invalid", issues: [{ path: "clientId", message: "required" }], values };
  const result = await saveCalculation(db, user, values, now);
  if (!result.ok) {
    if (result.status === 401 || result.status === 403) refuse(result, page);
    return { status: "error", message: result.error, issues: result.issues.length > 0 ? result.issues : [{ path: "clientId", message: result.error }], values };
  }
  redirect(`/agent/calculations/${result.calculation.id}`);
}

export async function requoteAction(formData: FormData): Promise<void> {
  const { db, user, now } = await agentActionContext();
  const id = String(formData.get("id") ?? "").slice(0, 20);
  const page = `/agent/calculations/${encodeURIComponent(id)}`;
  const result = await requoteCalculation(db, user, { id }, now);
  if (!result.ok) {
    if (result.status !== 409) refuse(result, page);
    redirect(`${page}?error=${result.issues[0]?.message ?? result.error}`);
  }
  redirect(`/agent/calculations/${result.calculation.id}`);
}
