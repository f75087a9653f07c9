"use server";
// Form and grid actions on versions. Each reads the session, then calls the action function,
// which does every check (docs/decisions/0006-editor-workflow.md).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createDraft, discardDraft, saveDraft } from "@/lib/editor/actions/drafts.server";
import { publish, republish } from "@/lib/editor/actions/publish.server";
import { actionContext, LOGIN_PATH } from "@/app/_lib/session.server";
import type { SaveInput, SaveOutcome } from "../_components/save-outcome";
import { toFormResult, type FormResult } from "../_components/form-result";
import { redirectOnFailure } from "./redirects";
import { FIELD_LIMITS, formField } from "@/lib/editor/actions/form-field";

export async function createDraftAction(formData: FormData): Promise<void> {
  const { db, user, now } = await actionContext();
  const result = await createDraft(db, user, { fromVersionId: formField(formData, "fromVersionId") }, now);
  if (!result.ok) redirectOnFailure(result, "/editor");
  revalidatePath("/editor");
  redirect(`/editor/versions/${result.version.id}?done=created`);
}

/** The grid editor's save (a server action passed to RateBookEditor). */
export async function saveDraftAction(input: SaveInput): Promise<SaveOutcome> {
  const { db, user, now } = await actionContext();
  // The status is for HTTP callers; the grid reads the outcome.
  const { status, ...outcome } = await saveDraft(db, user, input, now);
  if (status === 401) return { ok: false, reason: "forbidden", message: `Сессия истекла. Войдите снова в новой вкладке (${LOGIN_PATH}) и сохраните ещё раз: правки в этой вкладке не потеряны.` };
  return outcome;
}

export async function discardDraftAction(formData: FormData): Promise<void> {
  const id = formField(formData, "id");
  const page = `/editor/versions/${encodeURIComponent(id)}`;
  if (formData.get("confirm") !== "yes") redirect(`${page}?error=confirm`);
  const { db, user, now } = await actionContext();
  const result = await discardDraft(db, user, { id }, now);
  if (!result.ok) redirectOnFailure(result, page);
  revalidatePath("/editor", "layout");
  redirect(`${page}?done=discarded`);
}

export async function publishAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const values = { effectiveFrom: formField(formData, "effectiveFrom", FIELD_LIMITS.date) };
  if (formData.get("confirm") !== "yes") return { status: "error", message: "Подтвердите, что проверили изменения и их влияние.", issues: [{ path: "confirm", message: "нужно подтверждение" }], values };
  const { db, user, now } = await actionContext();
  const id = formField(formData, "id");
  const result = await publish(db, user, { id, effectiveFrom: values.effectiveFrom, expectedRevision: formField(formData, "expectedRevision") }, now);
  if (!result.ok) return toFormResult(result, "", values);
  revalidatePath("/editor", "layout");
  redirect(`/editor/versions/${result.version.id}?done=published`);
}

export async function republishAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const values = { effectiveFrom: formField(formData, "effectiveFrom", FIELD_LIMITS.date) };
  if (formData.get("confirm") !== "yes") return { status: "error", message: "Подтвердите повторную публикацию.", issues: [{ path: "confirm", message: "нужно подтверждение" }], values };
  const { db, user, now } = await actionContext();
  const result = await republish(db, user, { versionId: formField(formData, "versionId"), effectiveFrom: values.effectiveFrom }, now);
  if (!result.ok) return toFormResult(result, "", values);
  revalidatePath("/editor", "layout");
  redirect(`/editor/versions/${result.version.id}?done=republished`);
}
