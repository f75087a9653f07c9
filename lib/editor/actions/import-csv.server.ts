// Replaces one factor table's rows in a draft with the rows of a CSV file. Editor role.
// All or nothing: any bad cell (each one reported by row and column) and the draft is untouched.
import type { Db } from "@/lib/db/client.server";
import * as repo from "@/lib/db/rate-books.server";
import { auditLog } from "@/lib/db/schema";
import { csvToTableRows } from "@/lib/editor/csv";
import { authorize, type Actor } from "./authorize";
import { factorTables } from "./export.server";
import { fail, succeed, type ActionResult, type Issue } from "./result";
import { parseId } from "./parse-input";
import { validateRateBook } from "./validate-rate-book";

/** A CSV of a few thousand rows is far below this. */
export const MAX_CSV_BYTES = 1024 * 1024;

/** A schema problem inside the table's rows, pointed at its CSV cell where it has one. */
function toCellIssue(issue: Issue, tableIndex: number, sourceRows: number[]): Issue {
  const parts = issue.path.split(".");
  if (parts[0] !== "factors" || Number(parts[1]) !== tableIndex || parts[2] !== "rows" || parts[3] === undefined) return issue;
  const row = sourceRows[Number(parts[3])];
  if (row === undefined) return issue;
  const column = parts[4] === "when" ? (parts[5] ?? "") : (parts[4] ?? "");
  return { ...issue, row, column };
}

export async function importTableCsv(
  db: Db,
  user: Actor | null,
  input: { id: unknown; tableId: unknown; text: string; baseRevision?: unknown },
  now: Date,
): Promise<ActionResult<{ revision: number; rows: number }>> {
  void now;
  const denied = authorize(user, "editor");
  if (denied) return denied;
  const id = parseId(input.id);
  const draft = id === null ? undefined : await repo.getVersion(db, id);
  if (!draft) return fail("not_found", "Такой версии нет.");
  if (draft.status !== "draft") return fail("not_a_draft", "Загружать таблицы можно только в черновик.");
  const tables = factorTables(draft.body);
  const tableIndex = tables.findIndex((t) => t.id === input.tableId);
  const table = tables[tableIndex];
  if (!table) return fail("not_found", `В черновике нет таблицы «${String(input.tableId ?? "")}».`, [{ path: "table", message: "нет такой таблицы" }]);
  if (typeof input.text !== "string" || Buffer.byteLength(input.text, "utf8") > MAX_CSV_BYTES) {
    return fail("invalid", "Файл слишком большой или не прочитан.", [{ path: "file", message: `не больше ${MAX_CSV_BYTES / 1024} КБ` }]);
  }

  const parsed = csvToTableRows(input.text, table);
  if (!parsed.ok) return fail("invalid", `В файле ошибок: ${parsed.issues.length}. Таблица не изменена.`, parsed.issues.map((i) => ({ path: "", ...i })));

  const body = structuredClone(draft.body) as { factors: { rows: unknown[] }[] };
  body.factors[tableIndex]!.rows = parsed.value.rows;
  const check = validateRateBook(body, `draft ${draft.id}`);
  if (!check.ok) {
    const issues = check.issues.map((i) => toCellIssue(i, tableIndex, parsed.value.sourceRows));
    return fail("invalid", `Таблица с этими строками не проходит проверку тарифа (ошибок: ${issues.length}). Таблица не изменена.`, issues);
  }

  const baseRevision = input.baseRevision === undefined || input.baseRevision === null || input.baseRevision === "" ? draft.revision : Number(input.baseRevision);
  const outcome = await db.transaction(async (tx) => {
    const saved = await repo.saveDraft(tx, { id: draft.id, body, baseRevision, userId: user!.id });
    if (saved.ok) {
      await tx.insert(auditLog).values({ userId: user!.id, action: "draft.import_csv", insurerId: draft.insurerId, versionId: draft.id, details: { tableId: table.id, rows: parsed.value.rows.length, revision: saved.version.revision } });
    }
    return saved;
  });
  if (outcome.ok) return succeed({ revision: outcome.version.revision, rows: parsed.value.rows.length });
  switch (outcome.reason) {
    case "conflict":
      return fail("conflict", "Черновик изменили после того, как вы открыли страницу. Откройте его заново и загрузите файл ещё раз.");
    case "not_a_draft":
      return fail("not_a_draft", "Это уже не черновик.");
    case "not_found":
      return fail("not_found", "Такой версии нет.");
    case "invalid":
      return fail("invalid", outcome.message, [{ path: "", message: outcome.message }]);
  }
}
