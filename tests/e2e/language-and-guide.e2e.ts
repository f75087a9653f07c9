import { describe, expect, it } from "vitest";
import { DESKTOP, expectAccessible, browserPerFile, plain, screenshot, type Session } from "./helpers/browser";

const browser = browserPerFile();
let s: Session;

const LINK = "/?model=mazda-3&year=2026&price=1200000&power=120&region=38&d=30_5_m_y_y&start=2026-12-01";

describe("languages", () => {
  it("switches to English and back, with each locale's number formats", async () => {
    s = await browser.open(DESKTOP);
    const { page } = s;
    await page.goto(LINK);
    expect(await page.getAttribute("html", "lang")).toBe("ru");
    // An open worksheet follows the language too.
    const first = page.getByTestId("offer").first();
    await first.getByText("Почему такая цена").click();
    await first.getByRole("table").filter({ hasText: "базовый тариф 3,13 % от стоимости" }).waitFor();
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { name: "KASKO quote" }).waitFor();
    await first.getByRole("table").filter({ hasText: "base rate 3.13 % of the value" }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("en");
    const premium = plain(await page.getByTestId("premium").first().textContent());
    expect(premium).toBe("₽49,038.00");
    expect(await page.getByText("Policy from 1 December 2026").count()).toBe(1);
    await expectAccessible(page, "results in English");
    await screenshot(page, "desktop-results-en");
    await page.getByRole("button", { name: "Русский" }).click();
    await page.getByRole("heading", { name: "Расчёт КАСКО" }).waitFor();
    expect(plain(await page.getByTestId("premium").first().textContent())).toBe("49 038,00 ₽");
  });

  it("the English sign-in page answers a wrong password in English", async () => {
    s = await browser.open(DESKTOP);
    const { page } = s;
    await page.goto("/login");
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { name: "Sign in", level: 1 }).waitFor();
    await page.getByLabel("E-mail").fill("nobody-here@example.org");
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    const alert = page.locator("#login-error");
    await alert.waitFor();
    expect(plain(await alert.textContent())).toBe("Wrong e-mail address or password.");
    expect(await page.getByLabel("E-mail").inputValue()).toBe("nobody-here@example.org");
    await expectAccessible(page, "the English sign-in page with a refusal");
  });
});

describe("the guide", () => {
  it("lists the articles and opens one, accessibly", async () => {
    s = await browser.open(DESKTOP);
    const { page } = s;
    await page.goto("/");
    await page.getByRole("link", { name: "Справочник" }).click();
    await page.waitForURL(/\/guide$/);
    await expectAccessible(page, "the guide index");
    const links = page.locator("main a[href^='/guide/']");
    expect(await links.count()).toBeGreaterThanOrEqual(9);
    await page.locator("a[href='/guide/franchise']").first().click();
    await page.waitForURL(/\/guide\/franchise$/);
    expect(plain(await page.locator("h1").textContent()).length).toBeGreaterThan(5);
    await expectAccessible(page, "a guide article");
    await screenshot(page, "guide-franchise");
    const res = await page.goto("/guide/no-such-article");
    expect(res?.status()).toBe(404);
    s.problems.length = 0; // the 404 document itself logs a failed resource load
  });
});
