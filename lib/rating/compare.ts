import type { Catalog } from "@/lib/catalog";
import type { Decimal } from "./decimal";
import { derivePolicyVariables, driverScope, policyScope } from "./derive-variables";
import { RatingError, RatingErrorCode } from "./errors";
import { DECLINE_MESSAGES } from "./messages";
import { toMoneyString } from "./money";
import { priceWithRateBook, type PricedQuote } from "./price-quote";
import type { PricingInput } from "./pricing-input";
import { byPremium } from "./rank";
import type { TQuoteRequest } from "./request-schema";
import { DeclineCode, type ComparisonResponse, type Declined, type DeclinedSummary, type Quote, type SummaryResponse } from "./result-types";
import { librarySlots, selectEdition, type LibrarySlots, type RateBookLibrary } from "./select-edition";
import { fullQuote } from "./write-worksheet";

const NO_BOOK_SLOTS = { lookup: [], match: [] };

/** Every insurer's outcome for one request: the priced quotes (ranked) and the declines (by insurer id). */
export interface PricedComparison {
  input: PricingInput;
  /** Ranked: cheapest first, each quote's rank set. */
  priced: PricedQuote[];
  declined: Declined[];
}

/**
 * What every book's pricing of the request shares, worked out once: the rating variables (the
 * model's, the vehicle's age, the franchise), the scopes, the caches numbered by `slots`.
 */
export function pricingInput(request: TQuoteRequest, catalog: Catalog, slots: LibrarySlots, recordWorksheet: boolean): PricingInput {
  const model = catalog.models.get(request.vehicle.modelId);
  if (!model) throw new RatingError(RatingErrorCode.UnknownModel, `model "${request.vehicle.modelId}" is not in the catalog`);
  const policy = derivePolicyVariables(request, model);
  const scope = policyScope(policy);
  return {
    request,
    policy,
    scope,
    driverScopes: request.drivers.map((d) => driverScope(scope, d)),
    slots,
    bookSlots: NO_BOOK_SLOTS,
    recordWorksheet,
    sumInsuredText: recordWorksheet ? toMoneyString(policy["vehicle.price"] as Decimal) : "",
    franchiseAmountText: recordWorksheet ? toMoneyString(policy["franchise.amount"] as Decimal) : "",
    lookups: new Array(request.drivers.length + 1).fill(undefined),
    matches: new Array(request.drivers.length + 1).fill(undefined),
  };
}

/**
 * Prices a validated request with every insurer in the library, using each insurer's edition
 * in force on the policy start date, and ranks the quotes. No worksheet is written: with
 * `recordWorksheet`, each quote keeps what its pricing recorded, for `fullQuote` to write it from.
 */
export function priceComparison(request: TQuoteRequest, library: RateBookLibrary, catalog: Catalog, recordWorksheet: boolean): PricedComparison {
  const slots = librarySlots(library);
  const input = pricingInput(request, catalog, slots, recordWorksheet);

  const priced: PricedQuote[] = [];
  const declined: Declined[] = [];
  for (const [insurerId, editions] of library) {
    const book = selectEdition(editions, request.policyStart);
    if (!book) {
      const first = editions[0];
      declined.push({
        insurerId,
        insurerName: first?.insurerName.ru ?? insurerId,
        insurerNameEn: first?.insurerName.en ?? insurerId,
        rateBook: null,
        reasons: [{ code: DeclineCode.NoRateBook, message: DECLINE_MESSAGES.noRateBook }],
      });
      continue;
    }
    input.bookSlots = slots.of(book);
    const outcome = priceWithRateBook(book, input);
    if (outcome.kind === "quote") priced.push(outcome.priced);
    else declined.push(outcome.declined);
  }
  declined.sort((a, b) => (a.insurerId < b.insurerId ? -1 : a.insurerId > b.insurerId ? 1 : 0));
  // Ranked as rankQuotes ranks: the quotes are fresh, so each is given its rank in place.
  priced.sort((a, b) => byPremium(a.quote, b.quote));
  for (let i = 0; i < priced.length; i += 1) priced[i]!.quote.rank = i + 1;
  return { input, priced, declined };
}

/** The full comparison: every quote with its conditions and worksheet (what the API answers by default). */
export function compareQuotes(request: TQuoteRequest, library: RateBookLibrary, catalog: Catalog): ComparisonResponse {
  const { input, priced, declined } = priceComparison(request, library, catalog, true);
  return { policyStart: request.policyStart, currency: "RUB", quotes: priced.map((p) => fullQuote(p, input)), declined };
}

function declinedSummary(d: Declined): DeclinedSummary {
  return { insurerId: d.insurerId, insurerName: d.insurerName, insurerNameEn: d.insurerNameEn, rateBook: d.rateBook, codes: d.reasons.map((r) => r.code) };
}

/** The comparison without worksheets: premiums, components, instalments, ranks, editions and decline codes. */
export function compareSummary(request: TQuoteRequest, library: RateBookLibrary, catalog: Catalog): SummaryResponse {
  const { priced, declined } = priceComparison(request, library, catalog, false);
  return { policyStart: request.policyStart, currency: "RUB", quotes: priced.map((p) => p.quote), declined: declined.map(declinedSummary) };
}

/** One programme's outcome for an insurer: its full quote, or its reasons for declining. */
export interface ProgrammeOutcome {
  programmeId: string;
  quote: Quote | null;
  declined: Declined | null;
}

/**
 * Every programme of one insurer's edition in force, priced for the same request side by side
 * ("other programmes of this insurer"), in the book's order. Empty when the insurer has no
 * edition in force or is not in the library.
 */
export function compareProgrammes(request: TQuoteRequest, library: RateBookLibrary, catalog: Catalog, insurerId: string): ProgrammeOutcome[] {
  const editions = library.get(insurerId);
  const book = editions && selectEdition(editions, request.policyStart);
  if (!book) return [];
  const single: RateBookLibrary = new Map([[insurerId, editions!]]);
  return book.programmes.map((programme) => {
    const asked: TQuoteRequest = { ...request, program: { ...request.program, byInsurer: { ...request.program.byInsurer, [insurerId]: programme.id } } };
    const response = compareQuotes(asked, single, catalog);
    return { programmeId: programme.id, quote: response.quotes[0] ?? null, declined: response.declined[0] ?? null };
  });
}
