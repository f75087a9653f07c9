import { describe, expect, it } from "vitest";
import { outcomeJson, respondToQuoteText } from "@/lib/api/respond-to-quote";
import { catalog } from "@/lib/catalog";
import { fixtureLibrary } from "@/tests/helpers/fixture-library";
import { TODAY } from "@/tests/helpers/pricing";

const ctx = { library: fixtureLibrary(), catalog, today: TODAY };
const REQUEST = { region: "38", vehicle: { modelId: "mazda-3", year: 2026, price: 1200000 }, drivers: [{ age: 30, experienceYears: 5 }] };

describe("outcomeJson", () => {
  it.each([
    ["a comparison", JSON.stringify(REQUEST)],
    ["a comparison with declines", JSON.stringify({ ...REQUEST, vehicle: { ...REQUEST.vehicle, year: 2015 } })],
    ["a field error", JSON.stringify({ ...REQUEST, region: "00" })],
    ["malformed JSON", "{not json"],
  ])("is JSON.stringify's UTF-8 for %s", (_name, body) => {
    const outcome = respondToQuoteText(body, ctx);
    expect(Buffer.from(outcomeJson(outcome)).equals(Buffer.from(JSON.stringify(outcome.body)))).toBe(true);
  });
});
