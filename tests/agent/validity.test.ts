import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, defaultValidUntil, isExpired, offerValidUntil } from "@/lib/agent/validity";

describe("quote validity", () => {
  it("holds 14 days from the day priced, across month and year ends", () => {
    expect(defaultValidUntil("2026-11-22")).toBe("2026-12-06");
    expect(defaultValidUntil("2026-12-25")).toBe("2027-01-08");
    expect(defaultValidUntil("2028-02-20")).toBe("2028-03-05");
  });

  it("ends the day before a newer edition of the insurer takes effect, when that comes first", () => {
    expect(offerValidUntil("2026-12-06", "2019-01-01", ["2019-01-01", "2026-12-05"])).toBe("2026-12-04");
    expect(offerValidUntil("2026-12-06", "2019-01-01", ["2019-01-01", "2027-01-01"])).toBe("2026-12-06");
    // An older edition, or the quoted one itself, changes nothing.
    expect(offerValidUntil("2026-12-06", "2026-01-01", ["2019-01-01", "2026-01-01"])).toBe("2026-12-06");
    // The earliest of several newer editions counts.
    expect(offerValidUntil("2026-12-31", "2019-01-01", ["2026-12-20", "2026-12-10"])).toBe("2026-12-09");
  });

  it("is expired only after its last day", () => {
    expect(isExpired("2026-12-06", "2026-12-06")).toBe(false);
    expect(isExpired("2026-12-06", "2026-12-07")).toBe(true);
  });

  const day = fc.integer({ min: 0, max: 20000 }).map((n) => addDays("2000-01-01", n));

  it("never extends the default, and never ends on or after a newer edition's first day", () => {
    fc.assert(
      fc.property(day, day, fc.array(day, { maxLength: 6 }), (priced, quoted, editions) => {
        const base = defaultValidUntil(priced);
        const until = offerValidUntil(base, quoted, editions);
        expect(until <= base).toBe(true);
        for (const e of editions) if (e > quoted) expect(until < e).toBe(true);
        if (editions.every((e) => e <= quoted)) expect(until).toBe(base);
      }),
    );
  });

  it("addDays is the inverse of itself", () => {
    fc.assert(fc.property(day, fc.integer({ min: -400, max: 400 }), (d, n) => {
      expect(addDays(addDays(d, n), -n)).toBe(d);
    }));
  });
});
