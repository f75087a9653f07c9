"use server";
// Bulk quoting: the column mapping of an uploaded list (applied for the preview, or applied and
// started), and deleting an upload. The upload itself is a route handler (app/agent/bulk/upload),
// so that files up to the bulk limit are accepted whatever the server actions' body limit.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { deleteBulkJob, mapBulkJob } from "@/lib/agent/bulk-jobs.server";
import { kickBulkRunner } from "@/lib/agent/bulk-runner.server";
import { getReadyDatabase } from "@/lib/db/ready.server";
import { MAX_COLUMNS } from "@/lib/bulk/read-file";
import type { FormResult } from "@/app/editor/_components/form-result";
import { refuse } from "../_lib/page-access.server";
import { agentActionContext } from "./context";

const text = (formData: FormData, name: string, max = 40) => String(formData.get(name) ?? "").slice(0, max);

export async function mapBulkAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const { db, user, now } = await agentActionContext();
  const jobId = text(formData, "jobId", 20);
  const uses = formData.getAll("use").slice(0, MAX_COLUMNS + 1).map((v) => String(v).slice(0, 40));
  const start = text(formData, "intent", 10) === "start";
  const result = await mapBulkJob(db, user, { jobId, uses, start }, now);
  if (!result.ok) {
    if (result.status === 401 || result.status === 403 || result.status === 404) refuse(result, `/agent/bulk/${encodeURIComponent(jobId)}`);
    const issues = result.status === 409 ? [{ path: "mapping", message: "conflict" }] : result.issues;
    return { status: "error", message: result.error, issues, values: Object.fromEntries(uses.map((u, i) => [`use-${i}`, u])) };
  }
  if (start) kickBulkRunner(await getReadyDatabase());
  revalidatePath(`/agent/bulk/${result.job.id}`);
  // A query of its own, so that the router renders the page again rather than only scrolling.
  redirect(`/agent/bulk/${result.job.id}${start ? "" : "?checked=1#preview"}`);
}

export async function deleteBulkAction(formData: FormData): Promise<void> {
  const { db, user } = await agentActionContext();
  const jobId = text(formData, "jobId", 20);
  const result = await deleteBulkJob(db, user, jobId);
  if (!result.ok) refuse(result, "/agent/bulk");
  redirect("/agent/bulk?deleted=1");
}
