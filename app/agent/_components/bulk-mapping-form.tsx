"use client";
import { useActionState, useState } from "react";
import { useFormStatus } from "react-dom";
import { IDLE, type FormResult } from "@/app/editor/_components/form-result";
import { buttonClass, primaryButtonClass, tableClass, tdClass, thClass } from "@/app/editor/_components/styles";
import { mapBulkAction } from "../_actions/bulk";

export interface BulkMappingLabels {
  caption: string;
  column: string;
  sample: string;
  use: string;
  /** One per column: "Use of the column «…»". */
  useLabels: string[];
  notUsed: string;
  keep: string;
  fieldsGroup: string;
  apply: string;
  applying: string;
  start: string;
  starting: string;
  errorsTitle: string;
  /** Words for the mapping's problems, by "duplicate:<field>", "missing:<field>", "invalid", "conflict". */
  problems: Record<string, string>;
}

function Buttons({ labels }: { labels: BulkMappingLabels }) {
  const { pending, data } = useFormStatus();
  const intent = data?.get("intent");
  return (
    <div className="flex flex-wrap gap-2">
      <button type="submit" name="intent" value="preview" disabled={pending} aria-disabled={pending} className={buttonClass}>
        {pending && intent === "preview" ? labels.applying : labels.apply}
      </button>
      <button type="submit" name="intent" value="start" disabled={pending} aria-disabled={pending} className={primaryButtonClass}>
        {pending && intent === "start" ? labels.starting : labels.start}
      </button>
    </div>
  );
}

/** The file's columns, each with what it is used for (a quote field, kept as the client's label, or nothing). */
export function BulkMappingForm({ jobId, headers, samples, uses, fields, labels }: { jobId: number; headers: string[]; samples: string[]; uses: string[]; fields: { value: string; label: string }[]; labels: BulkMappingLabels }) {
  const [state, action] = useActionState<FormResult, FormData>(mapBulkAction, IDLE);
  const [chosen, setChosen] = useState(uses);
  const problems = state.status === "error" ? state.issues.map((i) => labels.problems[i.path.startsWith("field-") ? `${i.message}:${i.path.slice(6)}` : i.message] ?? labels.problems.invalid!) : [];
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="jobId" value={jobId} />
      {problems.length > 0 ? (
        <div role="alert" className="rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
          <p className="font-semibold">{labels.errorsTitle}</p>
          <ul className="list-disc pl-5">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div role="region" aria-label={labels.caption} tabIndex={0} className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
        <table className={tableClass}>
          <caption className="sr-only">{labels.caption}</caption>
          <thead>
            <tr>
              <th scope="col" className={thClass}>{labels.column}</th>
              <th scope="col" className={thClass}>{labels.sample}</th>
              <th scope="col" className={thClass}>{labels.use}</th>
            </tr>
          </thead>
          <tbody>
            {headers.map((header, i) => (
              <tr key={i}>
                <th scope="row" className={`${tdClass} font-medium`}>{header}</th>
                <td className={`${tdClass} text-slate-700`}>{samples[i]}</td>
                <td className={tdClass}>
                  <select
                    name="use"
                    aria-label={labels.useLabels[i]}
                    value={chosen[i] ?? ""}
                    onChange={(e) => setChosen((c) => c.map((v, j) => (j === i ? e.target.value : v)))}
                    className="block w-full min-w-56 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
                    data-testid={`use-${i}`}
                  >
                    <option value="">{labels.notUsed}</option>
                    <option value="keep">{labels.keep}</option>
                    <optgroup label={labels.fieldsGroup}>
                      {fields.map((f) => (
                        <option key={f.value} value={f.value}>
                          {f.label}
                        </option>
                      ))}
                    </optgroup>
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Buttons labels={labels} />
    </form>
  );
}
