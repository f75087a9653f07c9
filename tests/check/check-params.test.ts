import { describe, expect, it } from "vitest";
import { catalog } from "@/lib/catalog";
import { checkQuery, decodeCheck, encodeCheck, isSubmittedCheck, parsePaid } from "@/lib/check/check-params";
import { formToRequest } from "@/lib/form/to-request";
import { decodeForm, encodeForm, requestToForm } from "@/lib/form/url-codec";
import { parseQuoteRequest } from "@/lib/rating";

describe("the premium paid as typed", () => {
  it.each([
    ["27 370,62", "27370.62"],
    ["130000", "130000.00"],
    ["1,200,000.5", "1200000.50"],
    ["\u00a0118\u00a0000 ", "118000.00"],
  ])("%j → %s", (typed, paid) => expect(parsePaid(typed)).toEqual({ ok: true, paid }));

  it.each([
    ["", "required"],
    ["  ", "required"],
    ["0", "invalid"],
    ["-5", "invalid"],
    ["12.345", "invalid"],
    ["abc", "invalid"],
    ["100000000.01", "tooLarge"],
  ])("%j is refused (%s)", (typed, error) => expect(parsePaid(typed)).toEqual({ ok: false, error }));
});

describe("the check's part of the URL", () => {
  it("round-trips and marks a submitted check even with nothing chosen", () => {
    const q = encodeCheck({ insurer: "ingosstrakh", paid: "130 000" });
    expect(q).toBe("ins=ingosstrakh&paid=130000");
    expect(decodeCheck(Object.fromEntries(new URLSearchParams(q)))).toEqual({ insurer: "ingosstrakh", paid: "130000" });
    expect(encodeCheck({ insurer: "", paid: "" })).toBe("ins=");
    expect(isSubmittedCheck({ ins: "" })).toBe(true);
    expect(isSubmittedCheck({ model: "mazda-3" })).toBe(false);
    expect(checkQuery({ model: "mazda-3" })).toBe("");
  });

  it("bounds what it echoes", () => {
    expect(decodeCheck({ ins: "x".repeat(500), paid: ["1", "2"] })).toEqual({ insurer: "x".repeat(64), paid: "1" });
  });
});

describe("an agent's prefilled link", () => {
  it("opens /check with the saved request's conditions and nothing submitted", () => {
    const parsed = parseQuoteRequest({ policyStart: "2026-12-01", region: "38", vehicle: { modelId: "mazda-3", year: 2026, price: 1800000 }, drivers: [{ age: 34, experienceYears: 10 }], franchise: { type: "fixed", amount: 30000 } }, catalog, "2026-12-01");
    if (!parsed.ok) throw new Error("invalid");
    // The link the saved calculation's "Check a policy" button carries.
    const params = Object.fromEntries(new URLSearchParams(encodeForm(requestToForm(parsed.request))));
    expect(isSubmittedCheck(params)).toBe(false);
    const again = parseQuoteRequest(formToRequest(decodeForm(params), catalog), catalog, "2026-12-01");
    expect(again).toEqual({ ok: true, request: parsed.request });
  });
});
