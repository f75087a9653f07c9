import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createTranslator } from "use-intl/core";
import ru from "@/messages/ru.json";
import en from "@/messages/en.json";
import { rememberTexts } from "@/app/_lib/remembered-texts";

const MESSAGES = { ru, en } as const;

/** next-intl's translator for a namespace, and how many texts it was asked for. */
function counted(locale: "ru" | "en", namespace: "Results" | "Chart") {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace, timeZone: "Europe/Moscow" });
  const calls = { n: 0 };
  const wrapped = Object.assign((key: string, values?: unknown, formats?: unknown) => {
    calls.n += 1;
    return (t as unknown as (k: string, v?: unknown, f?: unknown) => string)(key, values, formats);
  }, t);
  return { t, wrapped, calls };
}

describe("a translator that remembers its texts", () => {
  it("gives next-intl's text for any values, in both languages, and formats each key and values once", () => {
    for (const locale of ["ru", "en"] as const) {
      const { t, wrapped, calls } = counted(locale, "Results");
      const plain = t as unknown as (k: string, v?: Record<string, string | number>) => string;
      const remembered = rememberTexts(wrapped);
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 2, max: 12 }), (rank, count, n) => {
          const before = calls.n;
          const texts = [remembered("rank", { rank }), remembered("count", { count }), remembered("installment", { n, amount: `${rank} ₽` }), remembered("title")];
          expect(texts).toEqual([plain("rank", { rank }), plain("count", { count }), plain("installment", { n, amount: `${rank} ₽` }), plain("title")]);
          // Asked again: the same texts, none formatted again.
          const made = calls.n;
          expect(made - before).toBeLessThanOrEqual(4);
          expect([remembered("rank", { rank }), remembered("count", { count }), remembered("installment", { n, amount: `${rank} ₽` }), remembered("title")]).toEqual(texts);
          expect(calls.n).toBe(made);
        }),
      );
    }
  });

  it("tells values apart by name and value, not only by the key", () => {
    const { wrapped } = counted("ru", "Results");
    const remembered = rememberTexts(wrapped);
    expect(remembered("rank", { rank: 1 })).toBe("Место 1");
    expect(remembered("rank", { rank: 2 })).toBe("Место 2");
    expect(remembered("rank", { rank: "1" })).toBe("Место 1");
  });

  it("formats every time what it does not remember: values that are not plain, and per-call formats", () => {
    const t = createTranslator({ locale: "en", messages: { T: { on: "On {day, date, long}", rank: "Place {rank, number}" } }, namespace: "T", timeZone: "UTC" });
    let calls = 0;
    const wrapped = Object.assign((key: string, values?: unknown, formats?: unknown) => {
      calls += 1;
      return (t as unknown as (k: string, v?: unknown, f?: unknown) => string)(key, values, formats);
    }, t);
    const remembered = rememberTexts(wrapped) as unknown as (k: string, v?: unknown, f?: unknown) => string;
    const day = { day: new Date(Date.UTC(2026, 11, 1)) };
    expect(remembered("on", day)).toBe("On December 1, 2026");
    expect(remembered("on", day)).toBe("On December 1, 2026");
    expect(calls).toBe(2);
    expect(remembered("rank", { rank: 3 }, { number: { precise: { minimumFractionDigits: 1 } } })).toBe("Place 3");
    remembered("rank", { rank: 3 }, { number: {} });
    expect(calls).toBe(4);
  });

  it("keeps the translator's helpers", () => {
    const { t, wrapped } = counted("ru", "Chart");
    const remembered = rememberTexts(wrapped);
    expect(remembered.has("title")).toBe(true);
    expect((remembered.has as (key: string) => boolean)("no-such-key")).toBe(false);
    expect(remembered.raw("title")).toBe(t.raw("title"));
  });

  it("is bounded: past the limit the texts are dropped and made again when asked for", () => {
    const { wrapped, calls } = counted("ru", "Results");
    const remembered = rememberTexts(wrapped, 10);
    for (let rank = 1; rank <= 10; rank++) remembered("rank", { rank });
    expect(calls.n).toBe(10);
    remembered("rank", { rank: 1 });
    expect(calls.n).toBe(10);
    // The eleventh text clears the ten before it.
    remembered("rank", { rank: 11 });
    remembered("rank", { rank: 1 });
    expect(calls.n).toBe(12);
  });
});
