/**
 * The fast serializer writes exactly what JSON.stringify writes: over random valid requests
 * (every insurer's worksheet, declines), over the golden declines, and over hand-made responses
 * with everything JSON.stringify treats specially.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { JsonBytes } from "@/lib/api/json-bytes";
import { serializeResponse, writeResponse } from "@/lib/api/serialize-response";
import { catalog } from "@/lib/catalog";
import { compareQuotes, parseQuoteRequest, type ComparisonResponse } from "@/lib/rating";
import { fixtureLibrary } from "@/tests/helpers/fixture-library";
import declines from "@/tests/golden/declines.json";
import { validRequestArb, type RawRequest } from "@/tests/helpers/arbitraries";
import { TODAY } from "@/tests/helpers/pricing";

function compare(raw: unknown): ComparisonResponse {
  const parsed = parseQuoteRequest(raw, catalog, TODAY);
  if (!parsed.ok) throw new Error(`invalid request: ${JSON.stringify(parsed.error.issues)}`);
  return compareQuotes(parsed.request, fixtureLibrary(), catalog);
}

/** Both forms, the bytes appended after other content (as the batch quoter does). */
function expectSameAsJson(response: unknown): void {
  const expected = JSON.stringify(response);
  expect(serializeResponse(response as ComparisonResponse)).toBe(expected);
  const out = new JsonBytes(16);
  out.putAscii("x\n");
  writeResponse(out, response as ComparisonResponse);
  expect(Buffer.from(out.bytes.subarray(2, out.length)).toString("utf8")).toBe(expected);
  expect(Buffer.from(out.bytes.subarray(2, out.length)).equals(Buffer.from(expected))).toBe(true);
}

describe("serializeResponse", () => {
  it("equals JSON.stringify over random valid requests", () => {
    fc.assert(
      fc.property(validRequestArb, (raw: RawRequest) => expectSameAsJson(compare(raw))),
      { numRuns: 300 },
    );
  });

  it("equals JSON.stringify for several responses of one request in a row (shared objects cached)", () => {
    fc.assert(
      fc.property(fc.array(validRequestArb, { minLength: 2, maxLength: 4 }), (raws) => {
        const responses = raws.map(compare);
        for (const response of [...responses, ...responses]) expectSameAsJson(response);
      }),
      { numRuns: 50 },
    );
  });

  it("equals JSON.stringify for the golden declines", () => {
    for (const { request } of declines as { request: unknown }[]) expectSameAsJson(compare(request));
  });

  it("equals JSON.stringify for an empty comparison", () => {
    expectSameAsJson({ policyStart: "2026-12-01", currency: "RUB", quotes: [], declined: [] });
  });
});

/** A real response to take apart. */
function sample(): ComparisonResponse {
  return compare({
    policyStart: "2026-12-01",
    region: "38",
    vehicle: { modelId: "mazda-3", year: 2026, price: 1200000 },
    drivers: [{ age: 30, experienceYears: 5, sex: "male" }, { age: 22, experienceYears: 2 }],
    installments: 4,
    switchingFromInsurer: true,
  });
}

const AWKWARD_STRINGS = ['quote " and \\ backslash', "tab\tnew\nline\r\u0000\u001f\u007f", "lone \ud800 surrogate \udfff", "pair 😀 ok", "ру́сский ≤ 5", "", "€"];

describe("serializeResponse on unusual values", () => {
  it("escapes strings exactly as JSON.stringify, wherever they are", () => {
    for (const text of AWKWARD_STRINGS) {
      const response = sample();
      const quote = response.quotes[0]!;
      const step = quote.steps[1]!;
      step.total = text;
      step.matched = text;
      step.factor = text;
      quote.steps[2]!.label = { ru: text, en: text };
      quote.steps[3]!.lookup = { [text]: text };
      quote.insurerName = text;
      response.declined.push({ insurerId: text, insurerName: text, insurerNameEn: text, rateBook: null, reasons: [{ code: text, message: { ru: text, en: text } }] });
      expectSameAsJson(response);
    }
  });

  it("leaves out undefined, functions and symbols, and writes null in arrays", () => {
    const response = sample() as unknown as { quotes: Record<string, unknown>[]; declined: unknown[] };
    const step = (response.quotes[0]!.steps as Record<string, unknown>[])[0]!;
    step.driver = undefined;
    step.rate = undefined;
    response.quotes[0]!.extra = () => 1;
    response.quotes[0]!.sym = Symbol("s");
    response.quotes[0]!.nothing = undefined;
    response.declined.push([undefined, () => 1, Symbol("s"), null]);
    expectSameAsJson(response);
  });

  it("writes numbers as JSON.stringify does (NaN, infinities and -0 included)", () => {
    const response = sample() as unknown as { quotes: Record<string, unknown>[] };
    const steps = response.quotes[0]!.steps as Record<string, unknown>[];
    [NaN, Infinity, -Infinity, -0, 1e21, 1.5e-7, 0.1 + 0.2, 2 ** 53].forEach((n, i) => {
      steps[i]!.driver = n;
      (steps[i]!.lookup as object) = { n };
    });
    response.quotes[0]!.rank = -0;
    expectSameAsJson(response);
  });

  it("falls back for steps of another shape: keys reordered, missing, added, or of other types", () => {
    const response = sample() as unknown as { quotes: { steps: Record<string, unknown>[] }[] };
    const steps = response.quotes[0]!.steps;
    const { component, ...rest } = steps[0]!;
    steps[0] = { ...rest, component };
    delete steps[1]!.matched;
    steps[2]!.extra = "added";
    steps[3]!.value = 1.05;
    steps[4]!.label = "a string label";
    steps[5]!.lookup = null;
    steps[6] = Object.assign(Object.create({ inherited: 1 }) as object, steps[6]);
    (steps as unknown[])[7] = undefined;
    (steps as unknown[])[8] = "not a step";
    steps[9]!.rate = "0.05";
    steps[10]!.driver = "0";
    expectSameAsJson(response);
  });

  it("falls back for quotes, conditions and responses of another shape, dropping what the fast path wrote", () => {
    const shapes: ((r: Record<string, unknown> & { quotes: (Record<string, unknown> | undefined)[] }) => void)[] = [
      (r) => (r.quotes[0]!.components = undefined),
      (r) => (r.quotes[1]!.rateBook = { effectiveFrom: "2026-01-01", id: "reordered" }),
      (r) => ((r.quotes[0]!.conditions as Record<string, unknown>).notes = { toJSON: () => undefined }),
      (r) => ((r.quotes[0]!.conditions as Record<string, unknown>).franchise = undefined),
      (r) => ((r.quotes[1]!.conditions as { drivers: Record<string, unknown> }).drivers.extra = 1),
      (r) => (r.quotes[0]!.installmentSchedule = ["1.00", undefined, "2.00"]),
      (r) => (r.quotes[0]!.rank = "first"),
      (r) => (r.declined = undefined),
      (r) => (r.policyStart = new Date(0)),
      (r) => (r.quotes = [undefined, ...r.quotes]),
    ];
    for (const change of shapes) {
      const response = sample() as unknown as Record<string, unknown> & { quotes: (Record<string, unknown> | undefined)[] };
      change(response);
      expectSameAsJson(response);
    }
  });

  it("uses toJSON and handles class instances and boxed primitives like JSON.stringify", () => {
    class Money {
      constructor(readonly amount: string) {}
      toJSON() {
        return `${this.amount} RUB`;
      }
    }
    class Plain {
      a = 1;
      b = "two";
    }
    const response = sample() as unknown as { quotes: Record<string, unknown>[] };
    response.quotes[0]!.money = new Money("5.00");
    response.quotes[0]!.date = new Date(Date.UTC(2026, 11, 1));
    response.quotes[0]!.plain = new Plain();
    response.quotes[0]!.boxed = [Object(1), Object("s"), Object(true)];
    response.quotes[0]!.hidden = { toJSON: () => undefined };
    response.quotes[0]!.nullProto = Object.assign(Object.create(null) as object, { x: 1 });
    const steps = response.quotes[0]!.steps as Record<string, unknown>[];
    steps[0]!.label = new Money("label");
    steps[1]!.label = { toJSON: () => undefined };
    steps[2]!.lookup = new Plain();
    steps[3]!.lookup = new Date(0);
    expectSameAsJson(response);
  });

  it("throws on bigint as JSON.stringify does", () => {
    const response = sample() as unknown as { quotes: Record<string, unknown>[] };
    response.quotes[0]!.big = 1n;
    expect(() => JSON.stringify(response)).toThrow(TypeError);
    expect(() => serializeResponse(response as unknown as ComparisonResponse)).toThrow(TypeError);
  });

  it("follows a step's label when a new label object is used (identity, not content, is cached)", () => {
    const first = sample();
    expectSameAsJson(first);
    const second = sample();
    for (const step of second.quotes[0]!.steps) step.label = { ru: `${step.label.ru}!`, en: step.label.en };
    expectSameAsJson(second);
  });
});
