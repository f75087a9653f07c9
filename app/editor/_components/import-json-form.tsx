"use client";
import { useActionState } from "react";
import { importJsonAction } from "../_actions/imports";
import { IDLE } from "./form-result";
import { IssueList } from "./issue-list";
import { buttonClass, labelClass } from "./styles";
import { SubmitButton } from "./submit-button";

/** Upload of a rate-book file (the data/ JSON format): a new draft when the whole file is valid. */
export function ImportJsonForm() {
  const [state, action] = useActionState(importJsonAction, IDLE);
  return (
    <form action={action} className="space-y-3" encType="multipart/form-data">
      <div className="space-y-1">
        <label htmlFor="import-json-file" className={labelClass}>
          Файл тарифа (JSON, как в data/rate-books)
        </label>
        <input id="import-json-file" name="file" type="file" accept=".json,application/json" required aria-describedby="import-json-hint" className="block text-sm" />
        <p id="import-json-hint" className="text-xs text-slate-500">
          Файл проверяется целиком; при любой ошибке ничего не создаётся. Новый страховщик добавляется вместе с черновиком.
        </p>
      </div>
      {state.status === "error" ? <IssueList message={state.message} issues={state.issues} /> : null}
      <SubmitButton className={buttonClass} pendingText="Проверяем файл…">
        Импортировать как черновик
      </SubmitButton>
    </form>
  );
}
