"use server";
// Account management from the users page (admin only: the action functions check).
import { revalidatePath } from "next/cache";
import { createUser, setUserDisabled } from "@/lib/editor/actions/users.server";
import { actionContext } from "@/lib/editor/actions/session.server";
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
  const result = await createUser(db, user, input, now);
  if (result.ok) revalidatePath("/editor/users");
  return toFormResult(result, result.ok ? `Пользователь ${result.user.email} создан. Передайте ему пароль лично.` : "", { email: input.email, name: input.name, role: input.role });
}

export async function setUserDisabledAction(formData: FormData): Promise<void> {
  const { db, user, now } = await actionContext();
  const result = await setUserDisabled(db, user, { userId: formField(formData, "userId"), disabled: formData.get("disabled") === "yes" }, now);
  if (!result.ok) redirectOnFailure(result, "/editor/users");
  revalidatePath("/editor/users");
}
