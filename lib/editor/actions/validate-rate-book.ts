// A rate book checked by the schema parseRateBook uses, with its problems as a list by path
// (parseRateBook itself throws them as one text).
import { parseRateBook, ZRateBook, type TRateBook } from "@/lib/rating";
import type { Issue } from "./result";

export type RateBookCheck = { ok: true; book: TRateBook } | { ok: false; issues: Issue[] };

export function validateRateBook(json: unknown, source: string): RateBookCheck {
  const result = ZRateBook.safeParse(json);
  if (!result.success) {
    return { ok: false, issues: result.error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message })) };
  }
  // The same check again through the library's entry point, so the two can never drift apart.
  return { ok: true, book: parseRateBook(json, source) };
}
