/**
 * Invariants of programmes and add-ons, over random requests, on the fixture rate books and on
 * the demonstration data:
 * - adding an add-on never lowers an insurer's premium;
 * - a programme whose risks are a strict subset of another's at the same insurer never costs more.
 */
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catalog } from "@/lib/catalog";
import { getDiskLibrary, loadRateBooksFromDir } from "@/lib/rate-books/load-from-disk.server";
import { ADD_ON_IDS, buildLibrary, compareSummary, compareProgrammes, Decimal, parseQuoteRequest, selectEdition, type RateBookLibrary, type TQuoteRequest } from "@/lib/rating";
import { validRequestArb, type RawRequest } from "@/tests/helpers/arbitraries";
import { TODAY } from "@/tests/helpers/pricing";

const LIBRARIES: [string, RateBookLibrary][] = [
  ["fixtures", buildLibrary(loadRateBooksFromDir(join(process.cwd(), "tests", "fixtures", "rate-books")))],
  ["data", getDiskLibrary()],
];

/** An add-on choice with the options ДСАГО's tables read. */
const addOnArb = fc.oneof(
  fc.constantFrom(...ADD_ON_IDS).map((id) => ({ id })),
  fc.record({ id: fc.constant("dsago"), sumInsured: fc.constantFrom(1000000, 1500000, 3000000), trailer: fc.boolean() }),
);

/** A valid request with some add-ons, a programme level perhaps, a term and instalments. */
const optionsArb = fc.record({
  addOns: fc.uniqueArray(addOnArb, { selector: (a) => a.id, maxLength: 3 }),
  extra: addOnArb,
  level: fc.constantFrom(undefined, "full", "budget", "mini"),
  policyTermMonths: fc.constantFrom(12, 12, 6, 3),
  installments: fc.constantFrom(1, 2, 3, 4),
});

function parse(raw: RawRequest): TQuoteRequest {
  const parsed = parseQuoteRequest(raw, catalog, TODAY);
  if (!parsed.ok) throw new Error(`generated request is invalid: ${JSON.stringify(parsed.error.issues)}`);
  return parsed.request;
}

const premiums = (request: TQuoteRequest, library: RateBookLibrary) => new Map(compareSummary(request, library, catalog).quotes.map((q) => [q.insurerId, new Decimal(q.premium)]));

describe.each(LIBRARIES)("programmes and add-ons (%s)", (_name, library) => {
  it("adding an add-on never lowers the premium", () => {
    fc.assert(
      fc.property(validRequestArb, optionsArb, (raw, options) => {
        fc.pre(!options.addOns.some((a) => a.id === options.extra.id));
        const common = { ...raw, policyTermMonths: options.policyTermMonths, installments: options.installments, ...(options.level ? { program: { level: options.level } } : {}) };
        const without = premiums(parse({ ...common, addOns: options.addOns }), library);
        const withExtra = premiums(parse({ ...common, addOns: [...options.addOns, options.extra] }), library);
        for (const [insurerId, premium] of withExtra) {
          const before = without.get(insurerId);
          // Quoting with the extra add-on means it quoted without it too (one more option can only add a reason to decline).
          expect(before, `${insurerId} quoted with ${options.extra.id} but not without`).toBeDefined();
          expect(premium.gte(before!), `${insurerId}: ${before!.toFixed(2)} → ${premium.toFixed(2)} with ${options.extra.id}`).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("a programme with fewer risks never costs more than a fuller one at the same insurer", () => {
    let compared = 0;
    fc.assert(
      fc.property(validRequestArb, optionsArb, (raw, options) => {
        const request = parse({ ...raw, policyTermMonths: options.policyTermMonths, installments: options.installments });
        for (const [insurerId, editions] of library) {
          const book = selectEdition(editions, request.policyStart);
          if (!book || book.programmes.length < 2) continue;
          const outcomes = compareProgrammes(request, library, catalog, insurerId);
          for (const small of book.programmes) {
            for (const full of book.programmes) {
              const fewer = small.risks.length < full.risks.length && small.risks.every((r) => full.risks.includes(r));
              if (!fewer) continue;
              const a = outcomes.find((o) => o.programmeId === small.id)!.quote;
              const b = outcomes.find((o) => o.programmeId === full.id)!.quote;
              if (!a || !b) continue;
              compared += 1;
              expect(new Decimal(a.premium).lte(b.premium), `${insurerId}: ${small.id} ${a.premium} > ${full.id} ${b.premium}`).toBe(true);
            }
          }
        }
      }),
      { numRuns: 150 },
    );
    expect(compared, "no pair of programmes was ever priced").toBeGreaterThan(0);
  });
});
