import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isIsoDate, parseId } from "@/lib/editor/actions/parse-input";
import { ruDate } from "@/lib/format/ru-date";

describe("parseId", () => {
  it("takes positive 32-bit integers written plainly, from text or a number", () => {
    expect(parseId("42")).toBe(42);
    expect(parseId(" 7 ")).toBe(7);
    expect(parseId(2147483647)).toBe(2147483647);
    for (const bad of ["0", "-1", "01", "1.5", "1e3", "2147483648", "", "abc", null, undefined, {}]) expect(parseId(bad)).toBeNull();
  });

  it("reads back every id it could have been given", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (n) => parseId(String(n)) === n));
  });
});

describe("isIsoDate and ruDate", () => {
  it("accept only real calendar dates", () => {
    expect(isIsoDate("2028-02-29")).toBe(true);
    for (const bad of ["2026-02-29", "2026-13-01", "2026-1-01", "01.12.2026", 20261201]) expect(isIsoDate(bad)).toBe(false);
  });

  it("writes every real date day first, and the Russian form reads back to it", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2999-12-31T00:00:00Z"), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        expect(isIsoDate(iso)).toBe(true);
        const [day, month, year] = ruDate(iso).split(".");
        expect(`${year}-${month}-${day}`).toBe(iso);
      }),
    );
  });
});
