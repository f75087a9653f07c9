"use server";
// Uploads from the editor's pages: a whole rate book (JSON) as a new draft, or one table (CSV) into a draft.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { importTableCsv } from "@/lib/editor/actions/import-csv.server";
import { importRateBookJson } from "@/lib/editor/actions/import-json.server";
import { actionContext } from "@/app/_lib/session.server";
import { toFormResult, type FormResult } from "../_components/form-result";
import { uploadedText } from "./redirects";
import { formField } from "@/lib/editor/actions/form-field";

export async function importJsonAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const { db, user, now } = await actionContext();
  const { text, fileName } = await uploadedText(formData);
  const result = await importRateBookJson(db, user, { text, fileName }, now);
  if (!result.ok) return toFormResult(result, "");
  revalidatePath("/editor");
  redirect(`/editor/versions/${result.version.id}?done=imported`);
}

export async function importCsvAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const { db, user, now } = await actionContext();
  const id = formField(formData, "id");
  const tableId = formField(formData, "table");
  const { text } = await uploadedText(formData);
  const result = await importTableCsv(db, user, { id, tableId, text, baseRevision: formField(formData, "baseRevision") }, now);
  if (!result.ok) return toFormResult(result, "", { table: tableId });
  revalidatePath(`/editor/versions/${id}`);
  redirect(`/editor/versions/${encodeURIComponent(id)}?done=csv`);
}
