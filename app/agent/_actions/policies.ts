"use server";
// Recording a bought policy from a saved calculation, and the renewal re-quote of a policy.
import { redirect } from "next/navigation";
import { cancelPolicy, correctPolicy, recordPolicy, requotePolicy } from "@/lib/agent/policies.server";
import type { FormResult } from "@/app/editor/_components/form-result";
import { refuse } from "../_lib/page-access.server";
import { agentActionContext } from "./context";

const field = (formData: FormData, name: string, max = 40) => String(formData.get(name) ?? "").slice(0, max);

export async function recordPolicyAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const { db, user, now } = await agentActionContext();
  const values = { calculationId: field(formData, "calculationId", 20), insurerId: field(formData, "insurerId", 100), premiumPaid: field(formData, "premiumPaid"), startDate: field(formData, "startDate", 20), endDate: field(formData, "endDate", 20) };
  const result = await recordPolicy(db, user, values, now);
  if (!result.ok) {
    if (result.status === 401 || result.status === 403 || result.status === 404) refuse(result, `/agent/calculations/${encodeURIComponent(values.calculationId)}`);
    return { status: "error", message: result.error, issues: result.issues, values };
  }
  redirect(`/agent/renewals?recorded=${result.policy.id}`);
}

export async function requotePolicyAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const { db, user, now } = await agentActionContext();
  const values = { id: field(formData, "id", 20), insuredValue: field(formData, "insuredValue"), claims: field(formData, "claims", 10) };
  const result = await requotePolicy(db, user, values, now);
  if (!result.ok) {
    if (result.status === 401 || result.status === 403 || result.status === 404) refuse(result, "/agent/renewals");
    return { status: "error", message: result.error, issues: result.issues.length > 0 ? result.issues : [{ path: "", message: result.error }], values };
  }
  redirect(`/agent/calculations/${result.calculation.id}`);
}

/** Corrects a recorded policy's premium and dates; back to its calculation's page. */
export async function correctPolicyAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const { db, user, now } = await agentActionContext();
  const values = { id: field(formData, "id", 20), premiumPaid: field(formData, "premiumPaid"), startDate: field(formData, "startDate", 20), endDate: field(formData, "endDate", 20) };
  const result = await correctPolicy(db, user, values, now);
  if (!result.ok) {
    if (result.status === 401 || result.status === 403 || result.status === 404) refuse(result, "/agent/renewals");
    return { status: "error", message: result.error, issues: result.issues.length > 0 ? result.issues : [{ path: "", message: result.error }], values };
  }
  redirect(`/agent/calculations/${result.policy.calculationId}?policy=${result.policy.id}&done=${result.changed.length > 0 ? "corrected" : "unchanged"}#policy-${result.policy.id}`);
}

/** Marks a recorded policy cancelled (the agent confirms with a tick); back to its calculation's page. */
export async function cancelPolicyAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const { db, user, now } = await agentActionContext();
  const values = { id: field(formData, "id", 20), confirm: field(formData, "confirm", 10) };
  if (values.confirm !== "on") return { status: "error", message: "invalid", issues: [{ path: "confirm", message: "cancel_confirm" }], values };
  const result = await cancelPolicy(db, user, values, now);
  if (!result.ok) {
    if (result.status === 401 || result.status === 403 || result.status === 404) refuse(result, "/agent/renewals");
    return { status: "error", message: result.error, issues: result.issues.length > 0 ? result.issues : [{ path: "", message: result.error }], values };
  }
  redirect(`/agent/calculations/${result.policy.calculationId}?policy=${result.policy.id}&done=cancelled#policy-${result.policy.id}`);
}
