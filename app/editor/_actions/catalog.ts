"use server";
// The catalog page's forms: add, change and remove a model. The action functions in
// lib/db/catalog.server.ts check the role first; the messages are worded here, in the page's language.
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { modelFormValues, parseModelForm, type ModelIssue } from "@/lib/catalog/model-form";
import { removeCatalogModel, saveCatalogModel } from "@/lib/db/catalog.server";
import { actionContext } from "@/app/_lib/session.server";
import { parseId } from "@/lib/editor/actions/parse-input";
import type { FormResult } from "../_components/form-result";

type T = Awaited<ReturnType<typeof getTranslations<"CatalogEditor">>>;

function invalid(t: T, issues: readonly ModelIssue[], values: Record<string, string>): FormResult {
  return {
    status: "error",
    message: t("errors.invalid", { count: issues.length }),
    issues: issues.map((i) => ({ path: i.path, message: t(`errors.${i.code}`) })),
    values,
  };
}

/** Adds a model (no `baseRevision`) or saves a change to one (`baseRevision` as the page loaded it). */
export async function saveModelAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const t = await getTranslations("CatalogEditor");
  const values = modelFormValues((name) => formData.get(name));
  const isNew = formData.get("mode") !== "edit";
  const baseRevision = isNew ? null : parseId(formData.get("baseRevision"));
  const parsed = parseModelForm(values);
  if (!parsed.ok) return invalid(t, parsed.issues, values);
  const { db, user } = await actionContext();
  const result = await saveCatalogModel(db, user, { model: parsed.model, baseRevision: isNew ? null : (baseRevision ?? 0) });
  if (!result.ok) {
    if ("issues" in result && result.error === "invalid" && result.issues.length > 0 && "code" in result.issues[0]!) return invalid(t, result.issues as ModelIssue[], values);
    const key = result.error === "unauthenticated" || result.error === "forbidden" || result.error === "conflict" || result.error === "not_found" ? result.error : "forbidden";
    return { status: "error", message: t(`errors.${key}`), issues: [], values };
  }
  revalidatePath("/editor/catalog", "layout");
  revalidatePath("/", "layout");
  redirect(`/editor/catalog/${encodeURIComponent(parsed.model.id)}?done=${result.created ? "added" : "saved"}`);
}

/** Removes a model (after the confirmation box); refused while a published rate book names it. */
export async function removeModelAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const t = await getTranslations("CatalogEditor");
  const id = String(formData.get("id") ?? "").slice(0, 100);
  if (formData.get("confirm") !== "yes") return { status: "error", message: t("errors.confirm"), issues: [{ path: "confirm", message: t("errors.confirm") }] };
  const { db, user } = await actionContext();
  const result = await removeCatalogModel(db, user, { id, baseRevision: parseId(formData.get("baseRevision")) ?? 0 });
  if (!result.ok) {
    if (result.error === "referenced") return { status: "error", message: t("errors.referenced", { books: (result as { books: string[] }).books.join(", ") }), issues: [] };
    const key = result.error === "unauthenticated" || result.error === "forbidden" || result.error === "conflict" || result.error === "not_found" ? result.error : "forbidden";
    return { status: "error", message: t(`errors.${key}`), issues: [] };
  }
  revalidatePath("/editor/catalog", "layout");
  revalidatePath("/", "layout");
  redirect(`/editor/catalog?done=removed&id=${encodeURIComponent(id)}`);
}
