import type { Catalog } from "@/lib/catalog";
import type { Decimal } from "./decimal";
import { derivePolicyVariables, driverScope, policyScope } from "./derive-variables";
import { RatingError, RatingErrorCode } from "./errors";
import { toMoneyString } from "./money";
import { priceWithRateBook } from "./price-quote";
import type { PricingInput } from "./pricing-input";
import { rankQuotes } from "./rank";
import type { TQuoteRequest } from "./request-schema";
import { DeclineCode, type ComparisonResponse, type Declined, type Quote } from "./result-types";
import { selectEdition, type RateBookLibrary } from "./select-edition";

/**
 * Prices a validated request with every insurer in the library, using each insurer's
 * edition in force on the policy start date, and ranks the quotes.
 */
export function compareQuotes(request: TQuoteRequest, library: RateBookLibrary, catalog: Catalog): ComparisonResponse {
  const model = catalog.models.get(request.vehicle.modelId);
  if (!model) throw new RatingError(RatingErrorCode.UnknownModel, `model "${request.vehicle.modelId}" is not in the catalog`);
  const policy = derivePolicyVariables(request, model);
  const scope = policyScope(policy);
  const input: PricingInput = {
    request,
    policy,
    scope,
    driverScopes: request.drivers.map((d) => driverScope(scope, d)),
    sumInsuredText: toMoneyString(policy["vehicle.price"] as Decimal),
    franchiseAmountText: toMoneyString(policy["franchise.amount"] as Decimal),
    lookups: new Array(request.drivers.length + 1).fill(undefined),
    matches: new Array(request.drivers.length + 1).fill(undefined),
  };

  const quotes: Quote[] = [];
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
        reasons: [{ code: DeclineCode.NoRateBook, message: { ru: "Нет тарифа, действующего на дату начала полиса", en: "No tariff in force on the policy start date" } }],
      });
      continue;
    }
    const outcome = priceWithRateBook(book, input);
    if (outcome.kind === "quote") quotes.push(outcome.quote);
    else declined.push(outcome.declined);
  }
  declined.sort((a, b) => (a.insurerId < b.insurerId ? -1 : a.insurerId > b.insurerId ? 1 : 0));
  return { policyStart: request.policyStart, currency: "RUB", quotes: rankQuotes(quotes), declined };
}
