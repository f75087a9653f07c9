import type { Issue } from "@/lib/editor/actions/result";

function where(issue: Issue): string {
  if (issue.row !== undefined) return issue.column ? `строка ${issue.row}, столбец «${issue.column}»` : `строка ${issue.row}`;
  return issue.path === "" ? "" : issue.path;
}

/** A refusal: its message, then every problem with where it is (path, or CSV row and column). */
export function IssueList({ id, message, issues }: { id?: string; message: string; issues: readonly Issue[] }) {
  if (message === "" && issues.length === 0) return null;
  return (
    <div id={id} role="alert" className="rounded-lg border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900">
      <p className="whitespace-pre-line font-semibold">{message}</p>
      {issues.length > 0 ? (
        <ul className="mt-2 max-h-80 list-disc space-y-1 overflow-y-auto pl-5">
          {issues.map((issue, i) => {
            const place = where(issue);
            return (
              <li key={i}>
                {place ? <code className="rounded bg-white/70 px-1 font-mono text-xs">{place}</code> : null}
                {place ? " — " : null}
                {issue.message}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
