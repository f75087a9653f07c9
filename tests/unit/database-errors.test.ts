import { describe, expect, it } from "vitest";
import { databaseErrorOf, isForeignKeyViolation, isRetryableConflict, isUniqueViolation } from "@/lib/db/errors";

/** What node-postgres and PGlite throw: an Error with the server's fields. */
const serverError = (code: string, constraint?: string) => Object.assign(new Error("duplicate key value violates unique constraint"), { code, constraint });
/** What drizzle throws around it. */
const wrapped = (cause: unknown) => Object.assign(new Error("Failed query: update \"rate_book_versions\" ..."), { cause });

describe("database errors by SQLSTATE", () => {
  it("finds the code along the cause chain, not in the message", () => {
    const error = wrapped(wrapped(serverError("23505", "rate_book_versions_published_date_uq")));
    expect(databaseErrorOf(error)).toEqual({ code: "23505", constraint: "rate_book_versions_published_date_uq", conflict: "unique" });
    expect(isUniqueViolation(error)).toBe(true);
    expect(isUniqueViolation(error, "rate_book_versions_published_date_uq")).toBe(true);
    expect(isUniqueViolation(error, "users_email_unique")).toBe(false);
    // A message mentioning a duplicate key is not a unique violation.
    expect(isUniqueViolation(new Error("duplicate key"))).toBe(false);
  });

  it("tells foreign-key violations and retryable conflicts apart", () => {
    expect(isForeignKeyViolation(wrapped(serverError("23503", "sessions_user_id_users_id_fk")))).toBe(true);
    expect(isRetryableConflict(wrapped(serverError("40001")))).toBe(true);
    expect(isRetryableConflict(wrapped(serverError("40P01")))).toBe(true);
    expect(isRetryableConflict(wrapped(serverError("23505")))).toBe(false);
    expect(databaseErrorOf(wrapped(serverError("42P01")))).toEqual({ code: "42P01" });
  });

  it("ignores errors without a SQLSTATE, Node's own codes, and cause cycles", () => {
    expect(databaseErrorOf(Object.assign(new Error("x"), { code: "ECONNREFUSED" }))).toBeNull();
    const a: { cause?: unknown } = {};
    a.cause = { cause: a };
    expect(databaseErrorOf(a)).toBeNull();
    expect(databaseErrorOf(null)).toBeNull();
    expect(databaseErrorOf("23505")).toBeNull();
  });
});
