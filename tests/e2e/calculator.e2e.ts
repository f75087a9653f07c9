import { describe, expect, it } from "vitest";
import { DESKTOP, PHONE, expectAccessible, browserPerFile, plain, screenshot, type Session } from "./helpers/browser";

const browser = browserPerFile();
let s: Session;

/** Fills the form the way a new user does: only the required fields. */
async function fillMazda(session: Session) {
  const { page } = session;
  await page.getByLabel("Марка и модель").fill("Mazda 3");
  await page.getByLabel("Год выпуска").fill("2026");
  await page.getByLabel("Стоимость, ₽").pressSequentially("1200000");
  await page.getByLabel("Регион").fill("38 — Иркутская область");
  await page.getByLabel("Возраст").fill("30");
  await page.getByLabel("Стаж, лет").fill("5");
  // The rest is under "More conditions" (cars, drivers, cover, payment), folded at first.
  const more = page.locator("summary", { hasText: "Ещё условия" });
  expect(await more.count()).toBe(4);
  expect(await page.getByLabel("Пол", { exact: true }).isVisible()).toBe(false);
  await more.nth(1).click();
  await more.nth(3).click();
  await page.getByLabel("Пол", { exact: true }).selectOption("male");
  await page.getByLabel("В браке").selectOption("yes");
  await page.getByLabel("Есть дети").selectOption("yes");
  await page.getByLabel("Начало действия полиса").fill("2026-12-01");
}

async function premiums(session: Session) {
  const offers = session.page.getByTestId("offer");
  const n = await offers.count();
  const out: [string, string][] = [];
  for (let i = 0; i < n; i += 1) {
    const offer = offers.nth(i);
    out.push([plain(await offer.locator("h3").textContent()), plain(await offer.getByTestId("premium").textContent())]);
  }
  return out;
}

describe("the calculator, as a car owner uses it", () => {
  it("fills the form, gets ranked offers, opens a worksheet and compares two offers", async () => {
    s = await browser.open(DESKTOP);
    const { page } = s;
    await page.goto("/");
    await expectAccessible(page, "the empty calculator");
    await screenshot(page, "desktop-empty");

    await fillMazda(s);
    // Power is prefilled from the model and the price is grouped as typed.
    expect(await page.getByLabel("Мощность, л. с.").inputValue()).toBe("120");
    expect(plain(await page.getByLabel("Стоимость, ₽").inputValue())).toBe("1 200 000");

    await page.getByRole("button", { name: "Рассчитать" }).click();
    await page.getByTestId("offer").first().waitFor();
    expect(page.url()).toContain("model=mazda-3");
    expect(page.url()).toContain("region=38");

    const ranked = await premiums(s);
    expect(ranked[0]).toEqual(["Ренессанс Страхование", "49 038,00 ₽"]);
    expect(ranked.find(([name]) => name === "Ингосстрах")?.[1]).toBe("117 936,00 ₽");
    expect(ranked).toHaveLength(6);
    await expect(page.getByText("Дешевле всех")).toBeTruthy();
    expect(await page.getByText("Демонстрационные тарифы.").count()).toBeGreaterThan(0);
    expect(await page.getByText("Тариф от 1 января 2019 г.").count()).toBe(6);

    // Why this price: the worksheet of the cheapest offer, fetched from the server when opened.
    const first = page.getByTestId("offer").first();
    expect(await page.getByRole("table").count()).toBe(0);
    await first.getByText("Почему такая цена").click();
    const worksheet = first.getByRole("table");
    await worksheet.waitFor();
    expect(plain(await worksheet.textContent())).toContain("базовый тариф 3,13 % от стоимости");
    expect(plain(await worksheet.locator("tbody").last().locator("tr").last().textContent())).toContain("49 038,00 ₽");
    // Every step of the quote is a row, the same steps the API gives for the same request.
    const api = await page.request.post("/api/v1/quotes", {
      data: { policyStart: "2026-12-01", region: "38", vehicle: { modelId: "mazda-3", year: 2026, price: 1200000, powerHp: 120 }, drivers: [{ age: 30, experienceYears: 5, sex: "male", married: true, hasChildren: true }] },
    });
    const steps: { label: { ru: string } }[] = (await api.json()).quotes[0].steps;
    const rowHeaders = await worksheet.locator("tbody tr th[scope=row]").allTextContents();
    expect(rowHeaders).toEqual(steps.map((step) => step.label.ru));
    await screenshot(page, "desktop-results-worksheet");
    await expectAccessible(page, "results with a worksheet open");

    // Compare two offers side by side.
    await page.getByTestId("offer").nth(0).getByLabel("Сравнить").check();
    await page.getByTestId("offer").nth(2).getByLabel("Сравнить").check();
    const table = page.getByTestId("compare-table");
    await table.waitFor();
    const header = plain(await table.locator("thead").textContent());
    expect(header).toContain("Ренессанс Страхование");
    expect(header).toContain("Ингосстрах");
    expect(plain(await table.textContent())).toContain("117 936,00 ₽");
    await screenshot(page, "desktop-compare");

    // A third offer joins the table; removing one from the table unticks its card.
    await page.getByTestId("offer").nth(1).getByLabel("Сравнить").check();
    await table.locator("thead th").nth(3).waitFor();
    await table.getByRole("button", { name: "Убрать Ингосстрах из сравнения" }).click();
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=compare-table] thead th").length === 3);
    expect(await page.getByTestId("offer").nth(2).getByLabel("Сравнить").isChecked()).toBe(false);
    expect(plain(await table.locator("thead").textContent())).not.toContain("Ингосстрах");
    await expectAccessible(page, "results with a comparison");
  });

  it("prices again at once when the franchise changes, shows the break-even, and Back undoes it", async () => {
    s = await browser.open(DESKTOP);
    const { page } = s;
    await page.goto("/?model=mazda-3&year=2026&price=1200000&power=120&region=38&d=30_5_m_y_y&start=2026-12-01");
    const before = await premiums(s);
    expect(before[0]?.[1]).toBe("49 038,00 ₽");

    const started = Date.now();
    await page.getByRole("region", { name: "А если…" }).getByLabel("Франшиза").selectOption({ label: "30 000 ₽" });
    await page.waitForURL(/fra=30000/);
    await page.waitForFunction(() => document.querySelector("[data-testid=premium]")?.textContent?.replace(/\s/g, "") !== "49038,00₽");
    const elapsed = Date.now() - started;
    const after = await premiums(s);
    expect(after[0]?.[1]).not.toBe(before[0]?.[1]);
    expect(after.every(([, p], i) => p !== before.find(([n]) => n === after[i]?.[0])?.[1])).toBe(true);
    // The chart and its break-even are streamed right behind the offers.
    await page.getByTestId("break-even").filter({ hasText: /^Франшиза 30\s000\s₽ у/ }).waitFor();
    // The break-even in words a person parses at once: a saving, then how rarely one may crash.
    expect(plain(await page.getByTestId("break-even").textContent())).toMatch(/^Франшиза 30 000 ₽ у Ренессанс Страхование сэкономит [\d ]+ ₽ в год\. Выгодна, если вы попадаете в ДТП реже раза в 3,8 года\.$/);
    expect(await page.getByTestId("franchise-chart").count()).toBe(1);
    expect(elapsed).toBeLessThan(5000);
    // The form follows the new URL too: the folded cover section says so, and its field when opened.
    const form = page.getByRole("form", { name: "Расчёт КАСКО" });
    const cover = form.locator("summary", { hasText: "Ещё условия" }).nth(2);
    expect(plain(await cover.textContent())).toContain("Фиксированная: 30 000 ₽");
    await cover.click();
    expect(await form.getByLabel("Франшиза", { exact: true }).inputValue()).toBe("fixed");

    await page.goBack();
    await page.waitForURL((url) => !url.search.includes("fra="));
    // The URL changes first; the re-rendered offers follow.
    await page.waitForFunction(() => document.querySelector("[data-testid=premium]")?.textContent?.replace(/\s/g, "") === "49038,00₽");
    expect((await premiums(s))[0]?.[1]).toBe("49 038,00 ₽");
    await page.waitForFunction(() => (document.getElementById("franchise") as HTMLSelectElement | null)?.value === "none");
    await page.getByTestId("break-even").filter({ hasText: /^Например, франшиза 30\s000\s₽/ }).waitFor();
  });

  it("reopens a shared link with the same prices and the form filled in", async () => {
    s = await browser.open(DESKTOP);
    const { page } = s;
    const link = "/?model=hyundai-solaris&year=2026&price=624900&region=38&d=40_20_m_y_y&start=2026-12-01";
    await page.goto(link);
    const first = await premiums(s);
    expect(first[0]).toEqual(["Ренессанс Страхование", "27 370,62 ₽"]);
    await page.reload();
    expect(await premiums(s)).toEqual(first);
    expect(await page.getByLabel("Марка и модель").inputValue()).toBe("Hyundai Solaris");
    expect(plain(await page.getByLabel("Стоимость, ₽").inputValue())).toBe("624 900");
  });

  it("shows field-level errors in plain language, keeps what was typed and focuses the first error", async () => {
    s = await browser.open(DESKTOP);
    const { page } = s;
    await page.goto("/");
    await page.getByLabel("Марка и модель").fill("Жигули Копейка");
    await page.getByLabel("Год выпуска").fill("2026");
    await page.getByLabel("Стоимость, ₽").fill("5");
    await page.getByLabel("Регион").fill("38");
    await page.getByLabel("Возраст").fill("20");
    await page.getByLabel("Стаж, лет").fill("9");
    await page.getByRole("button", { name: "Рассчитать" }).click();
    // (Next.js's own route announcer is also an alert; ours is the one with the summary.)
    await page.getByRole("alert").filter({ hasText: "Проверьте поля" }).waitFor();
    expect(await page.getByText("Выберите модель из списка").count()).toBeGreaterThan(0);
    expect(await page.getByText("Укажите стоимость от 10 000 до 200 000 000 ₽").count()).toBeGreaterThan(0);
    expect(await page.getByLabel("Марка и модель").getAttribute("aria-invalid")).toBe("true");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("model");
    expect(await page.getByLabel("Марка и модель").inputValue()).toBe("Жигули Копейка");
    expect(await page.getByLabel("Возраст").inputValue()).toBe("20");
    expect(await page.getByTestId("offer").count()).toBe(0);
    await expectAccessible(page, "the form with errors");
    await screenshot(page, "desktop-errors");
  });

  it("works on a phone: no horizontal scrolling, offers readable", async () => {
    s = await browser.open(PHONE);
    const { page } = s;
    await page.goto("/?model=mazda-3&year=2026&price=1200000&power=120&region=38&d=30_5_m_y_y&start=2026-12-01");
    await page.getByTestId("offer").first().waitFor();
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await screenshot(page, "phone-results");
    // The worksheet scrolls inside its card, the page itself does not.
    await page.getByTestId("offer").first().getByText("Почему такая цена").click();
    await page.getByTestId("offer").first().getByRole("table").waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    expect(plain(await page.getByTestId("offer").first().getByRole("table").textContent())).toContain("модель: mazda-3");
    await expectAccessible(page, "results on a phone");
    await page.goto("/");
    await screenshot(page, "phone-empty");
  });

  it("lists declined insurers apart with their reasons", async () => {
    s = await browser.open(DESKTOP);
    const { page } = s;
    await page.goto("/?model=kia-rio&year=2017&price=400000&region=38&d=40_20&start=2026-12-01&wear=1&repair=insurer-garage");
    const declined = page.getByTestId("declined");
    await declined.waitFor();
    const text = plain(await declined.textContent());
    expect(text).toContain("Либерти Страхование: Страхует автомобили не старше 8 лет (этому 9)");
    expect(text).toContain("Сургутнефтегаз");
  });
});
