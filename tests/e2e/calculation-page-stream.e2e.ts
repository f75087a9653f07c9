import { describe, expect, it } from "vitest";
import { baseURL, launch } from "./helpers/browser";

// The calculation page as a browser receives it on a first visit, read chunk by chunk off the wire.
const CALCULATION = "/?model=mazda-3&year=2026&price=1200000&power=120&region=38&d=30_5_m_y_y";

/** The document's chunks as they arrive. */
async function chunks(path: string): Promise<string[]> {
  const res = await fetch(`${baseURL()}${path}`);
  expect(res.status).toBe(200);
  const decoder = new TextDecoder();
  const out: string[] = [];
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) out.push(decoder.decode(chunk, { stream: true }));
  return out;
}

describe("the calculation page's HTML", () => {
  it("streams the offers first and the franchise chart after them, inside its own Suspense boundary", async () => {
    const parts = await chunks(CALCULATION);
    const html = parts.join("");
    const firstOffer = html.indexOf('data-testid="offer"');
    const chart = html.indexOf('data-testid="franchise-chart"');
    expect(firstOffer).toBeGreaterThan(0);
    expect(chart).toBeGreaterThan(firstOffer);
    // The chart arrives as streamed content: a hidden segment that replaces the busy placeholder.
    const segment = html.lastIndexOf('<div hidden id="S:', chart);
    expect(segment).toBeGreaterThan(firstOffer);
    expect(html.slice(0, segment)).toMatch(/<div aria-busy="true" class="h-80/);
    // The six offers, ranked, with their conditions.
    expect(html.match(/data-testid="offer"/g)).toHaveLength(6);
    expect(html).toContain("Ренессанс Страхование");
  });

  it("does not carry the form's search data or the worksheets: the browser loads the choices as a cached chunk", async () => {
    const html = (await chunks(CALCULATION)).join("");
    // Search keys of the type-ahead (a model's Russian spellings, a region's capital folded) are not in the page…
    expect(html).not.toContain("treshka");
    expect(html).not.toContain('"keys"');
    // …and no worksheet line either (they load when "Why this price" is opened).
    expect(html).not.toContain('"steps"');
    // The goal (BENCHMARKS.md, "Calculation page"): at most 60 KB. It was 101 KB with the whole form,
    // the folded sections' fields and the calculator's strings in every page.
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(60_000);
  });

  it("carries neither the calculator's strings nor the fields of folded sections: the browser's code has the strings", async () => {
    const html = (await chunks(CALCULATION)).join("");
    // Strings only a folded section shows (an add-on's explanation, the bonus-malus help): not in the page at all.
    expect(html).not.toContain("разницу между страховой суммой");
    expect(html).not.toContain("Класс отражает историю убытков");
    // The folded fields are not drawn; their state is in the summary line. The car's power (a
    // field the form sends without JavaScript) is.
    expect(html).not.toContain('id="repair"');
    expect(html).not.toContain('id="addOn-gap"');
    expect(html).toContain('name="power"');
    // The chart's table is drawn when it is opened.
    expect(html).toContain("Премии по размерам франшизы");
    expect(html).not.toContain("<table");
    // The empty calculator, every page's floor.
    const floor = (await chunks("/")).join("");
    expect(Buffer.byteLength(floor)).toBeLessThanOrEqual(30_000);
  });

  it("is a plain GET form without JavaScript: the car's fields, the folded power included, go into the URL", async () => {
    const browser = await launch();
    try {
      const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL(), locale: "ru-RU", timezoneId: "Europe/Moscow" });
      const page = await context.newPage();
      await page.goto(CALCULATION);
      expect(await page.getByTestId("offer").count()).toBe(6);
      // The folded section opens without the page's code, and the power is there to change.
      await page.locator("summary", { hasText: "Ещё условия" }).first().click();
      await page.getByLabel("Мощность, л. с.").fill("150");
      await page.getByLabel("Год выпуска").fill("2025");
      await Promise.all([page.waitForURL(/power=150/), page.getByRole("button", { name: "Рассчитать" }).click()]);
      const sent = new URL(page.url()).searchParams;
      expect(Object.fromEntries(["model", "year", "price", "power", "region"].map((k) => [k, sent.get(k)?.replace(/\u00a0/g, " ")]))).toEqual({ model: "Mazda 3", year: "2025", price: "1 200 000", power: "150", region: "38 — Иркутская область" });
      await context.close();
    } finally {
      await browser.close();
    }
  });
});
