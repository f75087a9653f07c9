import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { todayIso } from "@/lib/clock";

const fresh = (d: Date, timeZone = "Europe/Moscow") => new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(d);

describe("today's date in Moscow", () => {
  it("turns at Moscow's midnight (21:00 UTC), also when asked again within the minute", () => {
    expect(todayIso(new Date("2026-12-06T20:59:00Z"))).toBe("2026-12-06");
    expect(todayIso(new Date("2026-12-06T20:59:59.999Z"))).toBe("2026-12-06");
    expect(todayIso(new Date("2026-12-06T21:00:00Z"))).toBe("2026-12-07");
    expect(todayIso(new Date("2026-12-06T21:00:59Z"))).toBe("2026-12-07");
    // Back in time (another request's clock): the date of that moment, not the last one kept.
    expect(todayIso(new Date("2026-12-06T20:59:30Z"))).toBe("2026-12-06");
  });

  it("is Intl's date for any moment, in any order, whatever was asked before", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }), { minLength: 1, maxLength: 20 }), fc.integer({ min: 0, max: 59_999 }), (moments, jitter) => {
        for (const t of moments) {
          for (const d of [new Date(t), new Date(t + jitter), new Date(t - jitter)]) expect(todayIso(d)).toBe(fresh(d));
        }
      }),
    );
  });

  it("takes another time zone", () => {
    const d = new Date("2026-12-06T22:30:00Z");
    expect(todayIso(d, "UTC")).toBe("2026-12-06");
    expect(todayIso(d, "Asia/Vladivostok")).toBe("2026-12-07");
    expect(todayIso(d)).toBe(fresh(d));
  });
});
