// The state a form's server action hands back to the form (useActionState).
import type { ActionResult, Issue } from "@/lib/editor/actions/result";

export interface FormResult {
  status: "idle" | "ok" | "error";
  message: string;
  issues: Issue[];
  /** What was typed, to show again after an error (never passwords). */
  values?: Record<string, string>;
}

export const IDLE: FormResult = { status: "idle", message: "", issues: [] };

export function toFormResult(result: ActionResult, okMessage: string, values?: Record<string, string>): FormResult {
  return result.ok ? { status: "ok", message: okMessage, issues: [] } : { status: "error", message: result.message, issues: result.issues, values };
}

/** The message of the issue at `path`, for a field's inline error. */
export function fieldError(state: FormResult, path: string): string | undefined {
  return state.issues.find((i) => i.path === path)?.message;
}
