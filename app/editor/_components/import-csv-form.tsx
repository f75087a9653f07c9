"use client";
import { useActionState } from "react";
import { importCsvAction } from "../_actions/imports";
import { IDLE } from "./form-result";
import { IssueList } from "./issue-list";
import { buttonClass, inputClass, labelClass } from "./styles";
import { SubmitButton } from "./submit-button";

/** Replaces one table's rows in a draft with a CSV file's; every bad cell is listed, nothing half-applied. */
export function ImportCsvForm({ versionId, revision, tables }: { versionId: number; revision: number; tables: { id: string; label: string; columns: string }[] }) {
  const [state, action] = useActionState(importCsvAction, IDLE);
  return (
    <form action={action} className="space-y-3" encType="multipart/form-data">
      <input type="hidden" name="id" value={versionId} />
      <input type="hidden" name="baseRevision" value={revision} />
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor="csv-table" className={labelClass}>
            Таблица
          </label>
          <select id="csv-table" name="table" required defaultValue={state.values?.table ?? tables[0]?.id} className={inputClass}>
            {tables.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label} — столбцы: {t.columns}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="csv-file" className={labelClass}>
            Файл CSV
          </label>
          <input id="csv-file" name="file" type="file" accept=".csv,text/csv" required aria-describedby="csv-hint" className="block text-sm" />
        </div>
      </div>
      <p id="csv-hint" className="text-xs text-slate-500">
        Строки таблицы заменяются целиком строками файла. Ячейки — как в редакторе (18–22, ≥ 300, &lt; 200, да/нет, списки через запятую). Несохранённые правки в редакторе будут потеряны.
      </p>
      {state.status === "error" ? <IssueList message={state.message} issues={state.issues} /> : null}
      <SubmitButton className={buttonClass} pendingText="Проверяем файл…">
        Заменить строки таблицы
      </SubmitButton>
    </form>
  );
}
