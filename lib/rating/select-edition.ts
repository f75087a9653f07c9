import type { CompiledRateBook } from "./compile-rate-book";

/** A book's tables' numbers in its library, by the table's `position`. */
export interface BookSlots {
  lookup: readonly number[];
  match: readonly number[];
}

/**
 * Numbers for the distinct key lists (`lookupKey`) and for the distinct keys-and-conditions
 * (`matchKey`) of every table in one library: a request's caches of worksheet lookups and of
 * found rows are arrays indexed by them, so tables of different books with the same conditions
 * look a request up once. They belong to the library they were built with, so a compiled book
 * carries no numbers of its own and any set of books gives the same prices in any order.
 */
export interface LibrarySlots {
  lookupCount: number;
  matchCount: number;
  of(book: CompiledRateBook): BookSlots;
}

/** All editions of every insurer's rate book, grouped by insurer and sorted oldest first. */
export type RateBookLibrary = ReadonlyMap<string, readonly CompiledRateBook[]>;

function numberSlots(books: readonly CompiledRateBook[]): LibrarySlots {
  const lookupNumbers = new Map<string, number>();
  const matchNumbers = new Map<string, number>();
  const numberOf = (numbers: Map<string, number>, key: string) => {
    let n = numbers.get(key);
    if (n === undefined) {
      n = numbers.size;
      numbers.set(key, n);
    }
    return n;
  };
  const byBook = new Map<CompiledRateBook, BookSlots>();
  for (const book of books) {
    if (byBook.has(book)) continue;
    byBook.set(book, {
      lookup: book.tables.map((t) => numberOf(lookupNumbers, t.lookupKey)),
      match: book.tables.map((t) => numberOf(matchNumbers, t.matchKey)),
    });
  }
  return {
    lookupCount: lookupNumbers.size,
    matchCount: matchNumbers.size,
    of(book) {
      const found = byBook.get(book);
      if (!found) throw new Error(`rate book ${book.id} is not in this library`);
      return found;
    },
  };
}

/** Each library's slots, numbered the first time it is priced from (or when built): they live and die with the library. */
const SLOTS = new WeakMap<RateBookLibrary, LibrarySlots>();

/** The slots of `library`'s tables (numbered once per library). */
export function librarySlots(library: RateBookLibrary): LibrarySlots {
  let slots = SLOTS.get(library);
  if (slots === undefined) {
    slots = numberSlots([...library.values()].flat());
    SLOTS.set(library, slots);
  }
  return slots;
}

/** Groups compiled rate books by insurer, each insurer's editions sorted by effective date, and numbers their tables' slots. */
export function buildLibrary(books: readonly CompiledRateBook[]): RateBookLibrary {
  const byInsurer = new Map<string, CompiledRateBook[]>();
  for (const book of books) {
    const list = byInsurer.get(book.insurerId) ?? [];
    list.push(book);
    byInsurer.set(book.insurerId, list);
  }
  for (const list of byInsurer.values()) list.sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  SLOTS.set(byInsurer, numberSlots(books));
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
