import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatDate, formatGrouped, formatRub } from "@/lib/format/money";
import { dateText, groupedText, rubText } from "@/app/_components/results/format-cached";

describe("the server's remembered formatting", () => {
  it("gives lib/format/money.ts's texts for any date and amount, in both languages, asked once or again", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }).map((t) => new Date(t).toISOString().slice(0, 10)),
        fc.tuple(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 99 })).map(([r, k]) => `${r}.${String(k).padStart(2, "0")}`),
        fc.constantFrom("ru" as const, "en" as const),
        (iso, amount, locale) => {
          for (let i = 0; i < 2; i++) {
            expect(dateText(iso, locale)).toBe(formatDate(iso, locale));
            expect(groupedText(amount, locale)).toBe(formatGrouped(amount, locale));
            expect(rubText(amount, locale)).toBe(formatRub(amount, locale));
            expect(rubText(amount, locale, true)).toBe(formatRub(amount, locale, { whole: true }));
          }
        },
      ),
    );
    expect(dateText("2019-01-01", "ru")).toBe("1 января 2019 г.");
    expect(groupedText("30000", "en")).toBe("30,000");
  });
});
