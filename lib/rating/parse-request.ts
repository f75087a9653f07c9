import type * as z from "zod";
import type { Catalog } from "@/lib/catalog";
import { createQuoteRequestSchema, type TQuoteRequest } from "./request-schema";

export interface FieldIssue {
  /** Dotted path of the offending field ("vehicle.price", "drivers.0.age"); "" for the body itself. */
  path: string;
  message: string;
}

export interface InvalidRequest {
  error: "invalid_request";
  issues: FieldIssue[];
}

export type ParseResult = { ok: true; request: TQuoteRequest } | { ok: false; error: InvalidRequest };

/** Turns zod issues into field-level issues; every unknown key gets its own entry. */
export function toFieldIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly string[] = []): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const issue of issues) {
    const base = [...prefix, ...issue.path.map(String)];
    // A value of one of a union's shapes (an add-on given as an object) is reported at its own fields.
    const inside = issue.code === "invalid_union" ? issue.errors.filter((option) => option.length > 0 && option.every((i) => i.path.length > 0)) : [];
    if (inside.length === 1) {
      out.push(...toFieldIssues(inside[0]!, base));
    } else if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) out.push({ path: [...base, key].join("."), message: "unknown field" });
    } else {
      out.push({ path: base.join("."), message: issue.message });
    }
  }
  return out;
}

/** Plain-language messages for the generic cases zod would word technically. */
function plainMessages(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code !== "invalid_type") return undefined;
  if (issue.input === undefined) return "is required";
  if (issue.expected === "int") return "must be a whole number";
  return `must be ${issue.expected === "object" ? "an object" : issue.expected === "array" ? "a list" : `a ${issue.expected}`}`;
}

const schemaCache = new WeakMap<Catalog, { today: string; schema: ReturnType<typeof createQuoteRequestSchema> }>();

/** Validates an already-decoded JSON value as a quote request. `today` is the default policy start. */
export function parseQuoteRequest(input: unknown, catalog: Catalog, today: string): ParseResult {
  let cached = schemaCache.get(catalog);
  if (!cached || cached.today !== today) {
    cached = { today, schema: createQuoteRequestSchema(catalog, today) };
    schemaCache.set(catalog, cached);
  }
  const result = cached.schema.safeParse(input, { error: plainMessages });
  if (result.success) return { ok: true, request: result.data };
  return { ok: false, error: { error: "invalid_request", issues: toFieldIssues(result.error.issues) } };
}

/** An error for a body that is not JSON at all (or too large), in the same shape. */
export function bodyError(message: string): InvalidRequest {
  return { error: "invalid_request", issues: [{ path: "", message }] };
}
