"use server";
// Account management from the users page (admin only: the action functions check).
import { revalidatePath } from "next/cache";
import { createUser, setUserDisabled } from "@/lib/editor/actions/users.server";
import { createAgency, createAgent } from "@/lib/editor/actions/agencies.server";
import { actionContext } from "@/app/_lib/session.server";
import { toFormResult, type FormResult } from "../_components/form-result";
import { redirectOnFailure } from "./redirects";
import { FIELD_LIMITS, formField } from "@/lib/editor/actions/form-field";

export async function createUserAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const { db, user, now } = await actionContext();
  const input = {
    email: formField(formData, "email", FIELD_LIMITS.email),
    name: formField(formData, "name", FIELD_LIMITS.name),
    role: formField(formData, "role"),
    password: formField(formData, "password", FIELD_LIMITS.password),
  };
  const agent = { agencyId: formField(formData, "agencyId", FIELD_LIMITS.name), isHead: formData.get("isHead") === "on", phone: formField(formData, "phone", FIELD_LIMITS.name) };
  // An agent is created with their agency (one transaction, lib/agent/agencies.server.ts).
  const result = input.role === "agent" ? await createAgent(db, user, { ...input, ...agent }, now) : await createUser(db, user, input, now);
  if (result.ok) revalidatePath("/editor/users");
  return toFormResult(result, result.ok ? `Пользователь ${result.user.email} создан. Передайте ему пароль лично.` : "", { email: input.email, name: input.name, role: input.role, agencyId: agent.agencyId, phone: agent.phone });
}

export async function createAgencyAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const { db, user, now } = await actionContext();
  const input = Object.fromEntries(["slug", "name", "phone", "email", "address"].map((k) => [k, String(formData.get(k) ?? "").slice(0, 1000)]));
  const result = await createAgency(db, user, input, now);
  if (result.ok) revalidatePath("/editor/users");
  return toFormResult(result, result.ok ? `Агентство «${result.agency.name}» создано.` : "", input);
}

export async function setUserDisabledAction(formData: FormData): Promise<void> {
  const { db, user, now } = await actionContext();
  const result = await setUserDisabled(db, user, { userId: formField(formData, "userId"), disabled: formData.get("disabled") === "yes" }, now);
  if (!result.ok) redirectOnFailure(result, "/editor/users");
  revalidatePath("/editor/users");
}
