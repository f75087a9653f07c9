import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { browserPerFile, expectAccessible, plain, screenshot, type Session } from "./helpers/browser";

const browser = browserPerFile();
let s: Session;

const WIDE = { width: 1366, height: 900 } as const;
const PHONE = { width: 375, height: 812 } as const;
const MAZDA = "/?model=mazda-3&year=2026&price=1200000&power=120&region=38&d=30_5_m_y_y&start=2026-12-01";

/** Fills only the fields a first calculation needs, the way people type them. */
async function fillAsPeopleType(page: Page) {
  const model = page.getByRole("combobox", { name: "Марка и модель" });
  await model.fill("мазда 3");
  await page.getByRole("option", { name: "Mazda 3" }).click();
  await page.getByLabel("Год выпуска").fill("2026");
  await page.getByLabel("Стоимость, ₽").fill("1200000");
  // Typed and not picked: «Иркутская» alone stands for one region.
  await page.getByRole("combobox", { name: "Регион" }).fill("Иркутская");
  // On a phone the form is stepped through: car, then drivers.
  const next = page.getByRole("button", { name: "Далее" });
  if (await next.isVisible()) await next.click();
  await page.getByLabel("Возраст").fill("30");
  await page.getByLabel("Стаж, лет").fill("5");
}

/** Whether the element is entirely inside the viewport. */
async function inView(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
  });
}

describe("finding things: type-ahead that understands people", () => {
  it("suggests models by Russian spelling and by make, regions by city and common name", async () => {
    s = await browser.open(WIDE);
    const { page } = s;
    await page.goto("/");
    const model = page.getByRole("combobox", { name: "Марка и модель" });
    const options = page.getByRole("listbox", { name: "Подсказки" }).getByRole("option");
    await model.fill("солярис");
    // The choices join the form when their chunk arrives (it may come after the first keystroke):
    // the suggestions for what was already typed appear then.
    await expect.poll(() => options.allTextContents()).toEqual(["Hyundai Solaris"]);
    expect(await model.getAttribute("aria-expanded")).toBe("true");
    await model.fill("тойота");
    expect((await options.allTextContents()).every((t) => t.startsWith("Toyota "))).toBe(true);
    // Every Toyota of the catalog (ten): the list shows at most ten suggestions.
    expect(await options.count()).toBe(10);
    await model.fill("Hyundai Solarsi");
    expect(await options.first().textContent()).toBe("Hyundai Solaris");
    // The keyboard pattern: Down moves the active option, Escape closes the list.
    await model.press("ArrowDown");
    expect(await model.getAttribute("aria-activedescendant")).toBe(await options.first().getAttribute("id"));
    expect(await options.first().getAttribute("aria-selected")).toBe("true");
    await expectAccessible(page, "the model suggestions open");
    await model.press("Escape");
    expect(await model.getAttribute("aria-expanded")).toBe("false");

    const region = page.getByRole("combobox", { name: "Регион" });
    for (const [typed, first] of [
      ["Казань", "16 — Республика Татарстан"],
      ["Иркутск", "38 — Иркутская область"],
      ["Питер", "78 — Санкт-Петербург"],
      ["СПб", "78 — Санкт-Петербург"],
      ["Екб", "66 — Свердловская область"],
    ]) {
      await region.fill(typed!);
      expect(await options.first().textContent(), typed).toBe(first);
    }
    await region.fill("Москва и область");
    expect((await options.allTextContents()).sort()).toEqual(["50 — Московская область", "77 — Москва"]);
  });
});

describe("a form that is quicker to fill", () => {
  it("steps through car, drivers and cover on a phone, with the progress shown, and finds errors on any step", async () => {
    s = await browser.open(PHONE);
    const { page } = s;
    await page.goto("/");
    const progress = page.getByTestId("step-progress");
    expect(plain(await progress.textContent())).toBe("Шаг 1 из 3: Автомобиль");
    expect(await page.getByRole("button", { name: "Автомобиль" }).getAttribute("aria-current")).toBe("step");
    expect(await page.getByLabel("Возраст").isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "Рассчитать" }).isVisible()).toBe(false);
    await expectAccessible(page, "the first step on a phone");
    await page.getByRole("button", { name: "Далее" }).click();
    expect(plain(await progress.textContent())).toBe("Шаг 2 из 3: Водители");
    expect(await page.getByLabel("Возраст").isVisible()).toBe(true);
    expect(await page.getByLabel("Год выпуска").isVisible()).toBe(false);
    await page.getByLabel("Возраст").fill("30");
    await page.getByRole("button", { name: "Далее" }).click();
    expect(plain(await progress.textContent())).toBe("Шаг 3 из 3: Покрытие и оплата");
    // The cover is all "more conditions", its reference values stated.
    expect(plain(await page.locator("summary", { hasText: "Ещё условия" }).nth(2).textContent())).toContain("Полное: ущерб и угон · Без франшизы · У официального дилера");
    await page.getByRole("button", { name: "Рассчитать" }).click();
    // The answer's first error brings its step back; the summary's link to another step goes there.
    await page.getByRole("alert").filter({ hasText: "Проверьте поля" }).waitFor();
    await page.waitForFunction(() => document.querySelector("[data-testid=step-progress]")?.textContent?.startsWith("Шаг 1"));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("model");
    await page.getByRole("alert").getByRole("link", { name: "Стаж" }).click();
    await page.waitForFunction(() => document.activeElement?.id === "driver-0-experience");
    expect(plain(await progress.textContent())).toBe("Шаг 2 из 3: Водители");
    expect(await page.getByLabel("Возраст").inputValue()).toBe("30");
    expect(page.url()).toContain("d=30_");
    await expectAccessible(page, "the drivers step with errors");
  });
});

describe("seeing the result", () => {
  for (const [size, viewport] of [["desktop", WIDE], ["phone", PHONE]] as const) {
    it(`shows the cheapest offer in view after submitting, on a ${size}`, async () => {
      s = await browser.open(viewport);
      const { page } = s;
      await page.goto("/");
      await fillAsPeopleType(page);
      await page.getByRole("button", { name: "Рассчитать" }).click();
      await page.getByTestId("offer").first().waitFor();
      expect(page.url()).toContain("region=38");
      expect(page.url()).toContain("model=mazda-3");
      await page.waitForFunction(() => {
        const first = document.querySelector("[data-testid=offer]")?.getBoundingClientRect();
        return first !== undefined && first.top >= 0 && first.top < window.innerHeight * 0.6;
      }, undefined, { timeout: 5000 });
      expect(await inView(page, "[data-testid=premium]")).toBe(true);
      expect(plain(await page.getByTestId("offer").first().locator("h3").textContent())).toBe("Ренессанс Страхование");
      await screenshot(page, `${size}-after-submit`);
    });
  }

  for (const [size, viewport] of [["desktop", WIDE], ["phone", PHONE]] as const) {
    it(`aligns the premiums of all cards and never clips a select's text, on a ${size}`, async () => {
      s = await browser.open(viewport);
      const { page } = s;
      await page.goto(MAZDA);
      await page.getByTestId("offer").first().waitFor();
      const rights = await page.getByTestId("premium").evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().right)));
      expect(new Set(rights).size, "premium right edges").toBe(1);
      // Every select, the folded ones opened, is wide enough for its chosen option's text, its padding and its arrow.
      const more = page.locator("summary", { hasText: "Ещё условия" });
      for (let i = 0; i < (await more.count()); i += 1) await more.nth(i).evaluate((el) => (el.parentElement as HTMLDetailsElement).setAttribute("open", ""));
      // (On a phone, every step of the form is shown in turn.)
      for (let i = 0; i < 3; i += 1) {
        if (viewport === PHONE && i > 0) await page.getByRole("button", { name: "Далее" }).click();
        if (viewport !== PHONE && i > 0) break;
        const clipped = await page.evaluate(() => {
        const ctx = document.createElement("canvas").getContext("2d")!;
        return [...document.querySelectorAll("select")]
          .filter((el) => el.checkVisibility())
          .filter((el) => {
            const style = getComputedStyle(el);
            ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
            const text = ctx.measureText(el.selectedOptions[0]?.text ?? "").width;
            return text + parseFloat(style.paddingLeft) + 20 > el.clientWidth;
          })
          .map((el) => `${el.id || el.className} (${el.selectedOptions[0]?.text}, ${el.clientWidth}px)`);
        });
        expect(clipped, "clipped selects").toEqual([]);
      }
    });
  }

  it("compares on a phone: a Compare (2) action, insurer names kept in view, differences first", async () => {
    s = await browser.open(PHONE);
    const { page } = s;
    await page.goto(MAZDA);
    await page.getByTestId("offer").nth(0).getByLabel("Сравнить").check();
    await page.getByTestId("offer").nth(2).getByLabel("Сравнить").check();
    const action = page.getByRole("button", { name: "Сравнить (2)" });
    await action.waitFor();
    expect(await inView(page, "button:has-text('Сравнить (2)')")).toBe(true);
    await action.click();
    const table = page.getByTestId("compare-table");
    await table.waitFor();
    await page.waitForFunction(() => {
      const r = document.getElementById("compare")?.getBoundingClientRect();
      return r !== undefined && r.top >= 0 && r.top < window.innerHeight / 2;
    });
    expect(await table.locator("thead th").first().evaluate((th) => getComputedStyle(th).position)).toBe("sticky");
    // Every row of the table differs between the two; the rest is folded under "same for all".
    const rows = await table.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent)));
    expect(rows.length).toBeGreaterThan(0);
    for (const cells of rows) expect(new Set(cells).size).toBeGreaterThan(1);
    expect(plain(await table.locator("tbody tr").first().locator("th").textContent())).toBe("Премия");
    const same = page.getByTestId("compare-same");
    expect(plain(await same.locator("summary").textContent())).toMatch(/^Одинаково у всех: \d+ строк/);
    expect(await same.getByRole("table").isVisible()).toBe(false);
    await same.locator("summary").click();
    expect(plain(await same.textContent())).toContain("× 1");
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await screenshot(page, "phone-compare");
    await expectAccessible(page, "the comparison on a phone");
  });

  it("fits the worksheet in a phone's width, one stacked block per step", async () => {
    s = await browser.open(PHONE);
    const { page } = s;
    await page.goto(MAZDA);
    const first = page.getByTestId("offer").first();
    await first.getByText("Почему такая цена").click();
    const table = first.getByRole("table");
    await table.waitFor();
    const fit = await table.evaluate((el) => ({ table: el.scrollWidth, box: el.closest("[data-testid=offer]")!.clientWidth }));
    expect(fit.table).toBeLessThanOrEqual(fit.box);
    expect(await table.getByRole("row").count()).toBeGreaterThan(10);
    expect(plain(await table.textContent())).toContain("49 038,00 ₽");
    await screenshot(page, "phone-worksheet");
    await expectAccessible(page, "the worksheet on a phone");
  });

  it("draws the franchise axis to scale with readable labels on a phone, and says the break-even plainly", async () => {
    s = await browser.open(PHONE);
    const { page } = s;
    await page.goto(`${MAZDA}&fr=fixed&fra=30000`);
    const chart = page.getByTestId("franchise-chart");
    await chart.waitFor();
    const ticks = await chart.locator("g.chart-x text").evaluateAll((els) =>
      els
        .filter((e) => getComputedStyle(e.parentElement!).display !== "none")
        .map((e) => ({ text: e.textContent!.replace(/\s/g, ""), x: e.getBoundingClientRect().x + e.getBoundingClientRect().width / 2, h: e.getBoundingClientRect().height })),
    );
    expect(ticks.map((t) => t.text)).toEqual(["0", "20000", "40000", "60000", "80000", "100000"]);
    const gaps = ticks.slice(1).map((t, i) => t.x - ticks[i]!.x);
    for (const gap of gaps) expect(Math.abs(gap - gaps[0]!)).toBeLessThan(2);
    for (const t of ticks) expect(t.h).toBeGreaterThanOrEqual(10);
    expect(plain(await page.getByTestId("break-even").textContent())).toMatch(/^Франшиза 30 000 ₽ у Ренессанс Страхование сэкономит [\d ]+ ₽ в год\. Выгодна, если вы попадаете в ДТП реже раза в 3,8 года\.$/);
  });

  it("prints what was quoted, and no controls", async () => {
    s = await browser.open(WIDE);
    const { page } = s;
    await page.goto(MAZDA);
    await page.getByTestId("offer").first().waitFor();
    expect(await page.getByTestId("quote-summary").isVisible()).toBe(false);
    await page.emulateMedia({ media: "print" });
    const summary = plain(await page.getByTestId("quote-summary").innerText());
    for (const part of ["Mazda 3, 2026, 120 л. с.", "1 200 000 ₽", "38 — Иркутская область", "30 лет, стаж 5 лет", "Полное: ущерб и угон", "без франшизы", "начало полиса 1 декабря 2026 г.", "/?model=mazda-3"]) expect(summary).toContain(part);
    const controls = await page.evaluate(() =>
      [...document.querySelectorAll("button, input, select, textarea, summary")].filter((el) => (el as HTMLElement).offsetParent !== null).map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(controls).toEqual([]);
    await page.pdf({ path: "test-results/screenshots/calculation.pdf" }).catch(() => undefined);
    await page.emulateMedia({ media: "screen" });
  });
});
