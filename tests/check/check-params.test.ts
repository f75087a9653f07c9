import { describe, expect, it } from "vitest";
import { checkQuery, decodeCheck, encodeCheck, isSubmittedCheck, parsePaid } from "@/lib/check/check-params";

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
