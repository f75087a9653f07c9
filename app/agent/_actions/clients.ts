"use server";
// The client pages' form actions. The functions in lib/agent check access and validate; these
// only read the form, and answer with the form's state or a redirect.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { addDriver, addVehicle, createClient, eraseClient, giveConsent, removeClientItem, updateClient, withdrawConsent } from "@/lib/agent/clients.server";
import type { ActionResult } from "@/lib/editor/actions/result";
import type { FormResult } from "@/app/editor/_components/form-result";
import { refuse } from "../_lib/page-access.server";
import { agentActionContext } from "./context";

const MAX_FIELD = 5000;

/** The form's text fields (files and over-long values cut), to read and to show again after an error. */
function fields(formData: FormData, names: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of names) {
    const v = formData.get(name);
    out[name] = typeof v === "string" ? v.slice(0, MAX_FIELD) : "";
  }
  return out;
}

/** A refusal as the form's state: the error code and the field codes (the form words them). 401/403/404 leave the page. */
function formFailure(result: Exclude<ActionResult, { ok: true }>, values: Record<string, string>, page: string): FormResult {
  if (result.status === 401 || result.status === 403 || result.status === 404) refuse(result, page);
  return { status: "error", message: result.error, issues: result.issues, values };
}

const CLIENT_FIELDS = ["name", "phone", "email", "birthDate", "notes"] as const;

export async function createClientAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const { db, user, now, ip, locale } = await agentActionContext();
  const values = fields(formData, [...CLIENT_FIELDS, "consentProcessing", "consentTransfer", "return"]);
  const result = await createClient(db, user, { ...values, locale }, { now, ip });
  if (!result.ok) return formFailure(result, values, "/agent/clients/new");
  revalidatePath("/agent/clients");
  // Created from the calculator: back to the same calculation, with the new client chosen.
  if (values.return && values.return.startsWith("/?") && !values.return.startsWith("//")) redirect(`${values.return}&client=${result.client.id}#results`);
  redirect(`/agent/clients/${result.client.id}`);
}

export async function updateClientAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const { db, user, now, ip } = await agentActionContext();
  const values = fields(formData, ["id", ...CLIENT_FIELDS]);
  const page = `/agent/clients/${encodeURIComponent(values.id!)}`;
  const result = await updateClient(db, user, values, { now, ip });
  if (!result.ok) return formFailure(result, values, page);
  revalidatePath(page);
  return { status: "ok", message: "saved", issues: [], values };
}

export async function consentAction(formData: FormData): Promise<void> {
  const { db, user, now, ip, locale } = await agentActionContext();
  const values = fields(formData, ["clientId", "kind", "op"]);
  const page = `/agent/clients/${encodeURIComponent(values.clientId!)}`;
  const input = { clientId: values.clientId, kind: values.kind };
  const result = values.op === "withdraw" ? await withdrawConsent(db, user, input, { now, ip }) : await giveConsent(db, user, { ...input, locale }, { now, ip });
  if (!result.ok) {
    if (result.status !== 400 && result.status !== 409) refuse(result, page);
    redirect(`${page}?error=${result.issues[0]?.message ?? result.error}`);
  }
  revalidatePath(page);
  redirect(page);
}

export async function eraseClientAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const { db, user, now, ip } = await agentActionContext();
  const values = fields(formData, ["id", "confirm"]);
  const page = `/agent/clients/${encodeURIComponent(values.id!)}`;
  const result = await eraseClient(db, user, { id: values.id, confirm: values.confirm }, { now, ip });
  if (!result.ok) return formFailure(result, values, page);
  revalidatePath(page);
  revalidatePath("/agent/clients");
  redirect(page);
}

export async function addVehicleAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const { db, user, now, ip } = await agentActionContext();
  const values = fields(formData, ["clientId", "modelId", "year", "price", "powerHp", "region"]);
  const page = `/agent/clients/${encodeURIComponent(values.clientId!)}`;
  const result = await addVehicle(db, user, values, { now, ip });
  if (!result.ok) return formFailure(result, values, page);
  revalidatePath(page);
  return { status: "ok", message: "saved", issues: [] };
}

export async function addDriverAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const { db, user, now, ip } = await agentActionContext();
  const values = fields(formData, ["clientId", "name", "age", "experienceYears", "sex"]);
  const page = `/agent/clients/${encodeURIComponent(values.clientId!)}`;
  const result = await addDriver(db, user, values, { now, ip });
  if (!result.ok) return formFailure(result, values, page);
  revalidatePath(page);
  return { status: "ok", message: "saved", issues: [] };
}

export async function removeItemAction(formData: FormData): Promise<void> {
  const { db, user, now, ip } = await agentActionContext();
  const values = fields(formData, ["clientId", "kind", "itemId"]);
  const page = `/agent/clients/${encodeURIComponent(values.clientId!)}`;
  const result = await removeClientItem(db, user, { clientId: values.clientId, kind: values.kind, itemId: values.itemId }, { now, ip });
  if (!result.ok) refuse(result, page);
  revalidatePath(page);
  redirect(page);
}
