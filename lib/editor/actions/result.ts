// What every editor action returns: a value with an HTTP-like status, never an exception for
// a refusal. Route handlers send `status` as is; pages show `message` and `issues` inline.

/** One problem with the input: a form field or rate-book path, or a CSV cell (row, column). */
export interface Issue {
  /** The form field ("effectiveFrom", "email"), the rate-book path ("factors.3.rows.0.value") or "" for the whole input. */
  path: string;
  message: string;
  /** CSV only: the line in the file (the header is row 1). */
  row?: number;
  /** CSV only: the column's header ("driver.age", "value"). */
  column?: string;
}

export type FailureCode = "invalid" | "date_in_past" | "unauthenticated" | "forbidden" | "not_found" | "not_a_draft" | "conflict" | "date_taken";

export interface Failure {
  ok: false;
  status: 400 | 401 | 403 | 404 | 409;
  error: FailureCode;
  /** For people, in Russian. */
  message: string;
  issues: Issue[];
}

export type Success<T extends object> = { ok: true; status: 200 | 201 } & T;

export type ActionResult<T extends object = object> = Success<T> | Failure;

const STATUS: Record<FailureCode, Failure["status"]> = {
  invalid: 400,
  date_in_past: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  not_a_draft: 409,
  conflict: 409,
  date_taken: 409,
};

export function fail(error: FailureCode, message: string, issues: Issue[] = []): Failure {
  return { ok: false, status: STATUS[error], error, message, issues };
}

export function succeed<T extends object>(data: T, status: 200 | 201 = 200): Success<T> {
  return { ok: true, status, ...data };
}
