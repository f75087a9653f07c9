// Downloads of any version: the whole rate book as JSON (the data/ format), or one factor table
// as CSV (lib/editor/csv.ts). Editor role. Not audited: nothing changes.
import type { Db } from "@/lib/db/client.server";
import { getVersion } from "@/lib/db/rate-books.server";
import type { TFactorTable } from "@/lib/rating";
import { tableToCsv } from "@/lib/editor/csv";
import { authorize, type Actor } from "./authorize";
import { fail, succeed, type ActionResult } from "./result";
import { parseId } from "./parse-input";

export interface Download {
  fileName: string;
  contentType: string;
  text: string;
}

/** The factor tables of a stored body, as far as its shape allows (a body is valid once saved). */
export function factorTables(body: unknown): TFactorTable[] {
  const factors = (body as { factors?: unknown } | null)?.factors;
  return Array.isArray(factors) ? (factors as TFactorTable[]) : [];
}

export async function exportRateBookJson(db: Db, user: Actor | null, input: { id: unknown }): Promise<ActionResult<Download>> {
  const denied = authorize(user, "editor");
  if (denied) return denied;
  const id = parseId(input.id);
  const version = id === null ? undefined : await getVersion(db, id);
  if (!version) return fail("not_found", "Такой версии нет.");
  return succeed({
    fileName: `${version.insurerId}-v${version.id}.json`,
    contentType: "application/json; charset=utf-8",
    text: `${JSON.stringify(version.body, null, 2)}\n`,
  });
}

export async function exportTableCsv(db: Db, user: Actor | null, input: { id: unknown; tableId: unknown }): Promise<ActionResult<Download>> {
  const denied = authorize(user, "editor");
  if (denied) return denied;
  const id = parseId(input.id);
  const version = id === null ? undefined : await getVersion(db, id);
  if (!version) return fail("not_found", "Такой версии нет.");
  const table = factorTables(version.body).find((t) => t.id === input.tableId);
  if (!table) return fail("not_found", `В этой версии нет таблицы «${String(input.tableId ?? "")}».`, [{ path: "table", message: "нет такой таблицы" }]);
  return succeed({ fileName: `${version.insurerId}-v${version.id}-${table.id}.csv`, contentType: "text/csv; charset=utf-8", text: tableToCsv(table) });
}
