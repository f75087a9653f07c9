// Database errors by SQLSTATE, the same for embedded PGlite and node-postgres. Drivers and
// drizzle wrap the server's error (drizzle's "Failed query" carries it in `cause`), so the
// code is looked for along the whole `cause` chain, never in message texts.

/** The SQLSTATE codes the application answers in its own words. */
export const SQLSTATE = {
  uniqueViolation: "23505",
  foreignKeyViolation: "23503",
  serializationFailure: "40001",
  deadlockDetected: "40P01",
} as const;

export type DatabaseConflict = "unique" | "foreign_key" | "retry";

export interface DatabaseErrorInfo {
  /** The five-character SQLSTATE. */
  code: string;
  /** The constraint named by the server, when it names one. */
  constraint?: string;
  conflict?: DatabaseConflict;
}

const SQLSTATE_SHAPE = /^[0-9A-Z]{5}$/;

/** The first error in `error`'s cause chain that carries a SQLSTATE, or null. */
export function databaseErrorOf(error: unknown): DatabaseErrorInfo | null {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current !== null && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const { code, constraint } = current as { code?: unknown; constraint?: unknown };
    if (typeof code === "string" && SQLSTATE_SHAPE.test(code)) {
      const info: DatabaseErrorInfo = { code };
      if (typeof constraint === "string" && constraint !== "") info.constraint = constraint;
      const conflict = conflictOf(code);
      if (conflict) info.conflict = conflict;
      return info;
    }
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}

function conflictOf(code: string): DatabaseConflict | undefined {
  if (code === SQLSTATE.uniqueViolation) return "unique";
  if (code === SQLSTATE.foreignKeyViolation) return "foreign_key";
  if (code === SQLSTATE.serializationFailure || code === SQLSTATE.deadlockDetected) return "retry";
  return undefined;
}

/** A unique-index violation (of `constraint`, when given). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const info = databaseErrorOf(error);
  return info?.conflict === "unique" && (constraint === undefined || info.constraint === constraint);
}

/** A foreign key pointing at a row that is not (or no longer) there. */
export function isForeignKeyViolation(error: unknown, constraint?: string): boolean {
  const info = databaseErrorOf(error);
  return info?.conflict === "foreign_key" && (constraint === undefined || info.constraint === constraint);
}

/** A transaction the server gave up because of a concurrent one (serialization failure, deadlock): safe to try again. */
export function isRetryableConflict(error: unknown): boolean {
  return databaseErrorOf(error)?.conflict === "retry";
}

/**
 * An error as one log line that never repeats input: its class, and the SQLSTATE and constraint
 * when it came from the database. (A failed query's message carries the query's parameters.)
 */
export function describeError(error: unknown): string {
  const name = error instanceof Error ? error.name : typeof error;
  const info = databaseErrorOf(error);
  if (!info) return name;
  return `${name} (SQLSTATE ${info.code}${info.constraint ? `, constraint ${info.constraint}` : ""})`;
}
