// Server-only: the words of bulk quoting's results in the agent's language — a row's errors named by
// the file's own column (or the field, when no column holds it), and the results CSV's headings.
import "server-only";
import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import ru from "@/messages/ru.json";
import type { ColumnUse } from "@/lib/bulk/fields";
import type { ResultsCsvTexts } from "@/lib/bulk/results-csv";
import type { RowIssue } from "@/lib/bulk/row-request";
import type { BulkJobSummary } from "@/lib/agent/bulk-jobs.server";

/** The "Bulk" messages' function (next-intl's, typed loosely so that pages and route handlers share it). */
export type BulkTranslate = (key: string, values?: Record<string, string | number>) => string;

/** The "Bulk" messages in a language, outside React (route handlers, tests). */
export function bulkTranslator(locale: "ru" | "en"): BulkTranslate {
  return createTranslator({ locale, messages: locale === "ru" ? ru : en, namespace: "Bulk", timeZone: "Europe/Moscow" }) as unknown as BulkTranslate;
}

/** "«Возраст»: возраст — целое число от 18 до 99" for an issue, given the file's headers and mapping. */
export function issueWords(t: BulkTranslate, headers: readonly string[], uses: readonly ColumnUse[]) {
  return (issue: RowIssue): string => {
    const column = uses.indexOf(issue.field as ColumnUse);
    const field = column === -1 ? t(`fields.${issue.field}`) : `«${headers[column]}»`;
    return t("issue", { field, message: t(`fieldErrors.${issue.field}`) });
  };
}

export function resultsCsvTexts(t: BulkTranslate, headers: readonly string[], uses: readonly ColumnUse[]): ResultsCsvTexts {
  return {
    row: t("csvRow"),
    cheapest: t("csvCheapest"),
    cheapestPremium: t("csvCheapestPremium"),
    errors: t("csvErrors"),
    declined: (reasons) => t("csvDeclined", { reasons }),
    issue: issueWords(t, headers, uses),
  };
}

/** A job's state in words, for the list. */
export function statusText(job: Pick<BulkJobSummary, "status" | "rowsDone" | "rowCount" | "rowsQuoted" | "rowsInvalid">, t: BulkTranslate, numbers: Intl.NumberFormat): string {
  switch (job.status) {
    case "queued":
      return t("status_queued");
    case "running":
      return t("status_running", { done: numbers.format(job.rowsDone), total: numbers.format(job.rowCount) });
    case "done":
      return t("status_done", { quoted: numbers.format(job.rowsQuoted), invalid: numbers.format(job.rowsInvalid) });
    case "failed":
      return t("status_failed");
    default:
      return t("status_mapping");
  }
}
