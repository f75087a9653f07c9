import { describe, expect, it } from "vitest";
import { DESKTOP, expectAccessible, browserPerFile, plain, type Session } from "./helpers/browser";

const browser = browserPerFile();
let s: Session;

/** YYYY-MM-DD of a date `days` from today (the server prices with today's date as the policy start). */
const isoDay = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe("the first registration date in the calculator", () => {
  it("is refused inline when after the policy start, then priced and kept in the link", async () => {
    s = await browser.open(DESKTOP);
    const { page } = s;
    const year = new Date().getUTCFullYear() - 1;
    await page.goto("/");
    await page.getByLabel("Марка и модель").fill("Mazda 3");
    await page.getByLabel("Год выпуска").fill(String(year));
    await page.getByLabel("Стоимость, ₽").pressSequentially("1500000");
    await page.getByLabel("Регион").fill("38 — Иркутская область");
    await page.getByLabel("Возраст").fill("40");
    await page.getByLabel("Стаж, лет").fill("20");
    // The car's folded conditions hold the date, with a hint saying why it matters.
    await page.locator("summary", { hasText: "Ещё условия" }).first().click();
    const date = page.getByLabel("Дата первой регистрации");
    expect(await date.getAttribute("type")).toBe("date");
    expect(plain(await page.locator("#registeredOn-hint").textContent())).toContain("в месяцах");

    await date.fill(isoDay(3));
    await page.getByRole("button", { name: "Рассчитать" }).click();
    await page.waitForURL(/reg=/);
    await page.locator("#registeredOn-error").waitFor();
    expect(plain(await page.locator("#registeredOn-error").textContent())).toBe("Дата регистрации не может быть позже начала полиса");
    expect(await page.getByLabel("Дата первой регистрации").getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByTestId("offer").count()).toBe(0);
    await expectAccessible(page, "a registration date after the policy start");

    await page.getByLabel("Дата первой регистрации").fill(`${year}-03-15`);
    await page.getByRole("button", { name: "Рассчитать" }).click();
    await page.getByTestId("offer").first().waitFor();
    expect(new URL(page.url()).searchParams.get("reg")).toBe(`${year}-03-15`);
    expect(await page.locator("#registeredOn-error").count()).toBe(0);

    // The link keeps it: a reload shows the same date in the form and the same offers.
    const offers = await page.getByTestId("offer").count();
    await page.reload();
    await page.getByTestId("offer").first().waitFor();
    expect(await page.getByLabel("Дата первой регистрации").inputValue()).toBe(`${year}-03-15`);
    expect(plain(await page.locator("summary", { hasText: "Ещё условия" }).first().textContent())).toContain(`Дата первой регистрации: ${year}-03-15`);
    expect(await page.getByTestId("offer").count()).toBe(offers);
    await expectAccessible(page, "a calculation with a registration date");
  });
});
