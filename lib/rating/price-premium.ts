/**
 * Premium-only pricing of one request with several books: the request's rating variables worked
 * out once (pricingInput), then each book's premium or decline codes, without writing a quote
 * (no components, instalments, add-on parts, ranks or insurer names). For comparing editions of
 * one insurer request by request (the impact analysis); the premiums and codes are those
 * compareSummary gives with the same books.
 */
import type { Catalog } from "@/lib/catalog";
import type { CompiledRateBook } from "./compile-rate-book";
import { pricingInput } from "./compare";
import type { Decimal } from "./decimal";
import { pricePremiumWithRateBook } from "./price-quote";
import type { PricingInput } from "./pricing-input";
import type { TQuoteRequest } from "./request-schema";
import { DeclineCode } from "./result-types";
import { librarySlots, buildLibrary, type LibrarySlots } from "./select-edition";

/** A book's premium (its amount and its money text, "27370.62"), or its decline codes. */
export type PremiumOutcome = { kind: "quote"; premium: string; amount: Decimal } | { kind: "declined"; codes: string[] };

/** Slots numbering the tables of all these books together, for one PremiumRequest to price with any of them. */
export function premiumSlots(books: readonly CompiledRateBook[]): LibrarySlots {
  return librarySlots(buildLibrary(books));
}

/** One request ready to be priced premium-only with any of the books `slots` was numbered for. */
export type PremiumRequest = PricingInput;

export function premiumRequest(request: TQuoteRequest, catalog: Catalog, slots: LibrarySlots): PremiumRequest {
  return pricingInput(request, catalog, slots, false);
}

/** The book's premium for the request, or its decline codes; no book (none in force): declined with noRateBook. */
export function pricePremium(book: CompiledRateBook | undefined, input: PremiumRequest): PremiumOutcome {
  if (book === undefined) return { kind: "declined", codes: [DeclineCode.NoRateBook] };
  input.bookSlots = input.slots.of(book);
  const priced = pricePremiumWithRateBook(book, input);
  if (Array.isArray(priced)) return { kind: "declined", codes: priced.map((r) => r.code) };
  return { kind: "quote", premium: priced.premiumText, amount: priced.premium };
}
