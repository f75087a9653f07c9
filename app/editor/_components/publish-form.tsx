"use client";
import { useActionState, useState } from "react";
import { describedBy, Field, inputClass } from "@/app/_components/ui/field";
import { ruDate } from "@/lib/format/ru-date";
import { publishAction, republishAction } from "../_actions/versions";
import { fieldError, IDLE } from "./form-result";
import { IssueList } from "./issue-list";
import { dangerButtonClass } from "./styles";
import { SubmitButton } from "./submit-button";

interface Props {
  /** "publish": a draft; "republish": a published edition published again (rollback). */
  mode: "publish" | "republish";
  versionId: number;
  /** The draft revision the page shows (publication is refused if the draft changed since). */
  revision?: number;
  defaultDate: string;
  today: string;
}

/** The effective date (today or later), an explicit confirmation, and a button that names the date. */
export function PublishForm({ mode, versionId, revision, defaultDate, today }: Props) {
  const [state, action] = useActionState(mode === "publish" ? publishAction : republishAction, IDLE);
  const [date, setDate] = useState(state.values?.effectiveFrom ?? defaultDate);
  const dateError = fieldError(state, "effectiveFrom");
  const confirmError = fieldError(state, "confirm");
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(date);
  const verb = mode === "publish" ? "Опубликовать" : "Опубликовать заново";
  const prefix = `${mode}-${versionId}`;
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name={mode === "publish" ? "id" : "versionId"} value={versionId} />
      {revision !== undefined ? <input type="hidden" name="expectedRevision" value={revision} /> : null}
      {state.status === "error" && !dateError && !confirmError ? <IssueList message={state.message} issues={state.issues} /> : null}
      <Field id={`${prefix}-date`} label="Действует с" hint={`Сегодня (${ruDate(today)}) или позже. Запросы с датой начала полиса с этого дня считаются по новой редакции.`} error={dateError} className="max-w-xs">
        <input
          {...describedBy(`${prefix}-date`, "hint", dateError)}
          name="effectiveFrom"
          type="date"
          required
          min={today}
          value={date}
          onChange={(e) => setDate(e.target.value)}
          className={inputClass}
        />
      </Field>
      <div className="space-y-1">
        <div className="flex items-start gap-2">
          <input id={`${prefix}-confirm`} name="confirm" value="yes" type="checkbox" required aria-invalid={confirmError ? true : undefined} aria-describedby={confirmError ? `${prefix}-confirm-error` : undefined} className="mt-1 size-4" />
          <label htmlFor={`${prefix}-confirm`} className="text-sm text-slate-800">
            {mode === "publish"
              ? "Я проверил изменения и их влияние на портфель. После публикации редакцию нельзя изменить — только заменить новой."
              : "Я понимаю, что будет создана новая опубликованная редакция — копия этой, и с указанной даты расчёт пойдёт по ней."}
          </label>
        </div>
        {confirmError ? (
          <p id={`${prefix}-confirm-error`} className="text-sm font-medium text-red-700">
            {state.message}
          </p>
        ) : null}
      </div>
      <SubmitButton className={dangerButtonClass} pendingText="Публикуем…">
        {valid ? `${verb} с ${ruDate(date)}` : verb}
      </SubmitButton>
    </form>
  );
}
