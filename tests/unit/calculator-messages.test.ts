import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import ru from "@/messages/ru.json";
import en from "@/messages/en.json";
import { messages as ruCalculator } from "@/app/_components/calculator/calculator-messages-ru";
import { messages as enCalculator } from "@/app/_components/calculator/calculator-messages-en";
import { calculatorLabels } from "@/app/_components/calculator/context-value";
import { calculatorStrings } from "@/app/_components/calculator/calculator-strings";
import { calculatorStringsUrl } from "@/app/_components/calculator/calculator-strings-data.server";
import { GET } from "@/app/api/calculator-strings/[locale]/route";
import { REQUEST_LIMITS } from "@/lib/rating/options";
import type { UiLocale } from "@/lib/format/money";
// The build's loader for calculator-messages.ts (CommonJS, as the bundler runs it).
import loader from "@/app/_components/calculator/calculator-messages-loader.cjs";

const MESSAGES = { ru, en } as const;
type Tree = { [key: string]: string | Tree };

/** Every string of a message tree with its dotted path. */
function leaves(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`)));
}

describe("the calculator's messages in the browser's code", () => {
  it("are the same picked by the build's loader as by the module it replaces, one language per module", () => {
    const modules = { ru: ruCalculator, en: enCalculator };
    for (const locale of ["ru", "en"] as UiLocale[]) {
      expect(loader.localeOf(`/site/app/_components/calculator/calculator-messages-${locale}.ts`)).toBe(locale);
      const source: string = loader.calculatorMessagesSource("messages", locale);
      const literal = source.replace(/^export const messages = /, "").replace(/;\n$/, "");
      expect(JSON.parse(literal), locale).toEqual(modules[locale]);
      // Only the calculator's part of one language: nothing of the other pages' messages nor of the other language.
      expect(source).not.toContain("Bulk");
      expect(source).not.toContain(JSON.stringify(MESSAGES[locale === "ru" ? "en" : "ru"].Form.title));
      expect(source.length).toBeLessThan(JSON.stringify(MESSAGES[locale]).length / 3);
    }
    expect(() => loader.localeOf("/site/app/_components/calculator/calculator-messages.ts")).toThrow(/not a language's module/);
  });

  it("are served one language at a time at an address naming their version, cached for good", async () => {
    for (const locale of ["ru", "en"] as UiLocale[]) {
      const url = calculatorStringsUrl(locale);
      expect(url).toMatch(new RegExp(`^/api/calculator-strings/${locale}\\?v=[0-9a-f]{12}$`));
      const response = await GET(new Request(`http://localhost${url}`), { params: Promise.resolve({ locale }) });
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toContain("immutable");
      expect(await response.json()).toEqual({ ru: ruCalculator, en: enCalculator }[locale]);
    }
    expect(calculatorStringsUrl("ru")).not.toBe(calculatorStringsUrl("en").replace("/en?", "/ru?"));
    expect((await GET(new Request("http://localhost/api/calculator-strings/de"), { params: Promise.resolve({ locale: "de" }) })).status).toBe(404);
  });

  it("load as one language's strings at a time, the same as the server makes them, and once", async () => {
    for (const locale of ["ru", "en"] as UiLocale[]) {
      const strings = calculatorStrings(locale, undefined);
      expect(calculatorStrings(locale, undefined)).toBe(strings);
      expect(await strings).toEqual(calculatorLabels(locale));
      // Marked as settled, so React's use() takes it without suspending.
      expect(strings).toMatchObject({ status: "fulfilled", value: calculatorLabels(locale) });
    }
  });

  for (const locale of ["ru", "en"] as UiLocale[]) {
    it(`make every string as next-intl formats it (${locale})`, () => {
      const t = createTranslator({ locale, messages: MESSAGES[locale], timeZone: "Europe/Moscow" }) as unknown as (key: string, values?: Record<string, string | number>) => string;
      const labels = calculatorLabels(locale);
      const { form, whatIf, programmes } = labels;
      const withArguments = new Set(["driver", "removeDriver", "errorsTitle", "bonusMalusNew", "stepOf"]);
      const formLeaves = leaves(MESSAGES[locale].Form as Tree).filter(([path]) => !withArguments.has(path) && !path.startsWith("stepNames."));
      expect(formLeaves.length).toBeGreaterThan(50);
      for (const [path] of formLeaves) expect(path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], form), path).toBe(t(`Form.${path}`));
      for (const [path] of leaves(MESSAGES[locale].WhatIf as Tree)) expect(path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], whatIf), path).toBe(t(`WhatIf.${path}`));
      for (const [path] of leaves(MESSAGES[locale].Programmes.form as Tree)) expect(path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], programmes), path).toBe(t(`Programmes.form.${path}`));
      for (const [path] of leaves(MESSAGES[locale].Programmes.filter as Tree)) expect(path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], programmes.filter), path).toBe(t(`Programmes.filter.${path}`));
      // The messages with arguments, for every value the form shows.
      const n = Array.from({ length: REQUEST_LIMITS.maxNamedDrivers }, (_, i) => i + 1);
      expect(form.driver).toEqual(n.map((i) => t("Form.driver", { n: i })));
      expect(form.removeDriver).toEqual(n.map((i) => t("Form.removeDriver", { n: i })));
      expect(form.bonusMalusNew).toBe(t("Form.bonusMalusNew", { cls: "3" }));
      const steps = ["car", "drivers", "cover"].map((name) => t(`Form.stepNames.${name}`));
      expect(form.stepNames).toEqual(steps);
      expect(form.stepOf).toEqual(steps.map((name, i) => t("Form.stepOf", { n: i + 1, total: 3, name })));
      expect(form).not.toHaveProperty("errorsTitle");
    });
  }
});
