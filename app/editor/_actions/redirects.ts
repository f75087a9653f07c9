// Where a form action goes after a refusal it cannot show inline (plain buttons, no form state).
import "server-only";
import { redirect } from "next/navigation";
import { LOGIN_PATH } from "@/app/_lib/session.server";
import type { Failure } from "@/lib/editor/actions/result";

/** 401: to the login page (and back here after); otherwise back to `page` with the refusal's code. */
export function redirectOnFailure(failure: Failure, page: string): never {
  if (failure.status === 401) redirect(`${LOGIN_PATH}?next=${encodeURIComponent(page)}`);
  redirect(`${page}${page.includes("?") ? "&" : "?"}error=${failure.error}`);
}

/** The text of an uploaded file field ("" when none was chosen). */
export async function uploadedText(formData: FormData, field = "file"): Promise<{ text: string; fileName?: string }> {
  const file = formData.get(field);
  if (file === null || typeof file === "string") return { text: file ?? "" };
  return { text: await file.text(), fileName: file.name || undefined };
}
