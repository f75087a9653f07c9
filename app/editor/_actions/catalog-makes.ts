"use server";
// The makes pages' forms: add a make, change its names and spellings, remove it. The action
// functions in lib/db/catalog-makes.server.ts check the role first; the messages are worded here,
// in the page's language (as the model forms in catalog.ts).
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { makeFormValues, parseMakeForm, type MakeIssue } from "@/lib/catalog/make-form";
import { MODEL_LIMITS } from "@/lib/catalog/schema";
import { removeCatalogMake, saveCatalogMake } from "@/lib/db/catalog-makes.server";
import { actionContext } from "@/app/_lib/session.server";
import { parseId } from "@/lib/editor/actions/parse-input";
import type { FormResult } from "../_components/form-result";

type T = Awaited<ReturnType<typeof getTranslations<"MakeEditor">>>;

function invalid(t: T, issues: readonly MakeIssue[], values: Record<string, string>): FormResult {
  return {
    status: "error",
    message: t("errors.invalid", { count: issues.length }),
    issues: issues.map((i) => ({ path: i.path, message: t(`errors.${i.code}`) })),
    values,
  };
}

const failureKey = (error: string) => (error === "unauthenticated" || error === "forbidden" || error === "conflict" || error === "not_found" ? error : "forbidden");

/** Adds a make (no `baseRevision`) or saves a change to one (`baseRevision` as the page loaded it). */
export async function saveMakeAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const t = await getTranslations("MakeEditor");
  const values = makeFormValues((name) => formData.get(name));
  const isNew = formData.get("mode") !== "edit";
  const baseRevision = isNew ? null : parseId(formData.get("baseRevision"));
  const parsed = parseMakeForm(values);
  if (!parsed.ok) return invalid(t, parsed.issues, values);
  const { db, user } = await actionContext();
  const result = await saveCatalogMake(db, user, { make: parsed.make, baseRevision: isNew ? null : (baseRevision ?? 0) });
  if (!result.ok) {
    if (result.error === "invalid" && "issues" in result && result.issues.length > 0 && "code" in result.issues[0]!) return invalid(t, result.issues as MakeIssue[], values);
    return { status: "error", message: t(`errors.${failureKey(result.error)}`), issues: [], values };
  }
  revalidatePath("/editor/catalog", "layout");
  revalidatePath("/", "layout");
  redirect(`/editor/catalog/makes/${encodeURIComponent(parsed.make.name)}?done=${result.created ? "added" : "saved"}`);
}

/** Removes a make (after the confirmation box); refused while models or published rate books use it. */
export async function removeMakeAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const t = await getTranslations("MakeEditor");
  const name = String(formData.get("name") ?? "").slice(0, MODEL_LIMITS.nameLength);
  if (formData.get("confirm") !== "yes") return { status: "error", message: t("errors.confirm"), issues: [{ path: "confirm", message: t("errors.confirm") }] };
  const { db, user } = await actionContext();
  const result = await removeCatalogMake(db, user, { name, baseRevision: parseId(formData.get("baseRevision")) ?? 0 });
  if (!result.ok) {
    if (result.error === "in_use") return { status: "error", message: t("errors.in_use", { models: (result as { models: string[] }).models.join(", ") }), issues: [] };
    if (result.error === "referenced") return { status: "error", message: t("errors.referenced", { books: (result as { books: string[] }).books.join(", ") }), issues: [] };
    return { status: "error", message: t(`errors.${failureKey(result.error)}`), issues: [] };
  }
  revalidatePath("/editor/catalog", "layout");
  revalidatePath("/", "layout");
  redirect(`/editor/catalog/makes?done=removed&name=${encodeURIComponent(name)}`);
}
