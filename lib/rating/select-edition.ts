import type { CompiledRateBook } from "./compile-rate-book";

/** All editions of every insurer's rate book, grouped by insurer and sorted oldest first. */
export type RateBookLibrary = ReadonlyMap<string, readonly CompiledRateBook[]>;

/** Groups compiled rate books by insurer, each insurer's editions sorted by effective date. */
export function buildLibrary(books: readonly CompiledRateBook[]): RateBookLibrary {
  const byInsurer = new Map<string, CompiledRateBook[]>();
  for (const book of books) {
    const list = byInsurer.get(book.insurerId) ?? [];
    list.push(book);
    byInsurer.set(book.insurerId, list);
  }
  for (const list of byInsurer.values()) list.sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  return byInsurer;
}

/** The edition in force on `policyStart` (YYYY-MM-DD): the latest one effective on or before it. */
export function selectEdition(editions: readonly CompiledRateBook[], policyStart: string): CompiledRateBook | undefined {
  let found: CompiledRateBook | undefined;
  for (const book of editions) {
    if (book.effectiveFrom <= policyStart) found = book;
    else break;
  }
  return found;
}
