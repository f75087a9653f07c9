import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DESKTOP, PHONE, browserPerFile, plain, screenshot, type Session } from "./helpers/browser";

const browser = browserPerFile();
let s: Session;

/** axe with every impact level: the check page is held to zero violations. */
async function expectNoViolations(page: Page, context: string) {
  await page.waitForFunction(() => document.title !== "", undefined, { timeout: 5000 }).catch(() => undefined);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const report = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).join("\n  ")}`).join("\n");
  expect(report, `accessibility violations on ${context}`).toBe("");
}

describe("policy check", () => {
  it("an owner checks a policy: errors inline, then the difference, the unused discounts and the other insurers", async () => {
    s = await browser.open(DESKTOP);
    const { page } = s;
    await page.goto("/");
    await page.getByRole("link", { name: "Проверка полиса" }).click();
    await page.waitForURL(/\/check$/);
    await page.getByRole("heading", { name: "Проверка полиса", level: 1 }).waitFor();
    await expectNoViolations(page, "the empty check page");

    // Submitting with the premium only: every missing field is named, the premium typed stays.
    await page.getByLabel("Уплаченная премия за год, ₽").fill("130 000");
    await page.getByRole("button", { name: "Проверить полис" }).click();
    // The form's own summary (Next's route announcer is an alert too).
    const summary = page.locator("form [role=alert]");
    await summary.waitFor();
    expect(plain(await summary.textContent())).toContain("Выберите страховщика полиса");
    expect(plain(await summary.textContent())).toContain("Укажите дату начала полиса");
    expect(plain(await page.getByLabel("Уплаченная премия за год, ₽").inputValue())).toBe("130 000");
    expect(await page.getByLabel("Страховщик", { exact: true }).getAttribute("aria-invalid")).toBe("true");
    expect(page.url()).not.toMatch(/name|phone|email/);

    await page.getByLabel("Страховщик", { exact: true }).selectOption("ingosstrakh");
    await page.getByLabel("Марка и модель").fill("Mazda 3");
    await page.getByLabel("Год выпуска").fill("2026");
    await page.getByLabel("Стоимость, ₽").pressSequentially("1200000");
    await page.getByLabel("Регион").fill("38 — Иркутская область");
    await page.getByLabel("Возраст").fill("30");
    await page.getByLabel("Стаж, лет").fill("5");
    // The rest of the calculator's fields are folded under "More conditions": open each.
    const more = page.locator("details:not([open]) > summary", { hasText: "Ещё условия" });
    while ((await more.count()) > 0) await more.first().click();
    await page.getByLabel("Пол", { exact: true }).selectOption("male");
    await page.getByLabel("В браке").selectOption("yes");
    await page.getByLabel("Есть дети").selectOption("yes");
    await page.getByLabel("Начало действия полиса").fill("2026-12-01");
    await page.getByRole("button", { name: "Проверить полис" }).click();

    const verdict = page.getByTestId("check-verdict");
    await verdict.waitFor();
    expect(plain(await verdict.textContent())).toContain("Вы заплатили на 12 064,00 ₽ больше, чем по тарифу");
    expect(page.url()).toContain("ins=ingosstrakh");
    expect(page.url()).toContain("paid=130000");
    const savings = page.getByTestId("savings");
    expect(plain(await savings.textContent())).toContain("Первые 30 000 ₽ каждого случая вы оплачиваете сами.");
    expect(plain(await savings.locator("li").first().textContent())).toContain("Франшиза 10 % страховой суммы: экономия 38 775,00 ₽");
    expect(plain(await savings.textContent())).toContain("Переход от другого страховщика: экономия 35 381,00 ₽");
    expect(await page.getByTestId("other-renaissance").count()).toBe(1);
    await expectNoViolations(page, "a checked policy");
    await screenshot(page, "check-desktop");
  });

  it("a shared link opens the check on a phone: the premium matches", async () => {
    s = await browser.open(PHONE);
    const { page } = s;
    await page.goto("/check?model=mazda-3&year=2026&price=1200000&power=120&region=38&d=30_5_m_y_y&start=2026-12-01&ins=ingosstrakh&paid=117936");
    const verdict = page.getByTestId("check-verdict");
    await verdict.waitFor();
    expect(plain(await verdict.textContent())).toContain("Премия соответствует тарифу");
    await expectNoViolations(page, "a matching policy on a phone");
    await screenshot(page, "check-phone");
  });

  it("says clearly when the insurer had no tariff on that date", async () => {
    s = await browser.open(DESKTOP);
    const { page } = s;
    await page.goto("/check?model=mazda-3&year=2018&price=1200000&power=120&region=38&d=30_5_m_y_y&start=2018-06-01&ins=ingosstrakh&paid=90000");
    const verdict = page.getByTestId("check-verdict");
    await verdict.waitFor();
    expect(plain(await verdict.textContent())).toContain("На эту дату тарифа нет");
  });
});
