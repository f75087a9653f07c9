import { describe, expect, it } from "vitest";
import { DESKTOP, PHONE, browserPerFile, expectAccessible, plain, type Session } from "./helpers/browser";

const browser = browserPerFile();
let s: Session;

/** The error summary's links, in the order it lists them. */
async function summaryTargets(session: Session): Promise<string[]> {
  const summary = session.page.getByRole("alert").filter({ hasText: "Проверьте поля" });
  await summary.waitFor();
  return summary.locator("a").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
}

describe("the calculator form does not fail silently", () => {
  it("an empty form, or a full form without the model, names every missing field", async () => {
    s = await browser.open(DESKTOP);
    const { page } = s;
    await page.goto("/");
    await page.getByRole("button", { name: "Рассчитать" }).click();
    const targets = await summaryTargets(s);
    expect(targets).toEqual(["#model", "#year", "#price", "#region", "#driver-0-age", "#driver-0-experience"]);
    expect(await page.getByLabel("Марка и модель").getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByText("Заполните форму").count()).toBe(0);
    await expectAccessible(page, "the empty form submitted");

    await page.getByLabel("Год выпуска").fill("2026");
    await page.getByLabel("Стоимость, ₽").fill("1200000");
    await page.getByLabel("Регион").fill("38 — Иркутская область");
    await page.getByLabel("Возраст").fill("30");
    await page.getByLabel("Стаж, лет").fill("5");
    await page.getByRole("button", { name: "Рассчитать" }).click();
    await page.waitForURL(/year=2026/);
    expect(await summaryTargets(s)).toEqual(["#model"]);
    expect(await page.getByText("Выберите модель из списка").count()).toBeGreaterThan(0);
  });

  it("keeps what is typed while a calculation is in flight, and the suggestion's Enter does not submit", async () => {
    s = await browser.open(PHONE);
    const { page } = s;
    await page.goto("/");
    const model = page.getByLabel("Марка и модель");
    // Picking a suggestion with the keyboard selects it and does not submit the form.
    await model.fill("мазда 3");
    await page.getByRole("option", { name: "Mazda 3" }).waitFor();
    await model.press("ArrowDown");
    await model.press("Enter");
    expect(await model.inputValue()).toBe("Mazda 3");
    expect(new URL(page.url()).search).toBe("");

    // A slow answer: the form is submitted from the keyboard, then filled in while it travels.
    await page.route(/\/\?/, async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await model.press("Enter");
    await page.getByLabel("Год выпуска").fill("2026");
    await page.getByLabel("Стоимость, ₽").fill("1200000");
    await page.getByRole("combobox", { name: "Регион" }).fill("Иркутск");
    await page.getByRole("alert").filter({ hasText: "Проверьте поля" }).waitFor();
    await page.waitForTimeout(300);
    expect(await page.getByLabel("Год выпуска").inputValue()).toBe("2026");
    expect(plain(await page.getByLabel("Стоимость, ₽").inputValue())).toBe("1 200 000");
    expect(await page.getByRole("combobox", { name: "Регион" }).inputValue()).toBe("Иркутск");
    expect(await model.inputValue()).toBe("Mazda 3");
    // The focus stayed where the user types.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("region");
  });

  it("says why letters in the price are dropped, shows all driver errors at once, lists them in form order", async () => {
    s = await browser.open(DESKTOP);
    const { page } = s;
    await page.goto("/");
    const price = page.getByLabel("Стоимость, ₽");
    await price.pressSequentially("abc");
    expect(await price.inputValue()).toBe("");
    const note = page.getByText("Сумма вводится цифрами");
    await note.waitFor();
    expect(await price.getAttribute("aria-describedby")).toContain("price-note");
    await price.pressSequentially("1200000");
    expect(await note.count()).toBe(0);
    await expectAccessible(page, "the price note");

    await page.getByLabel("Марка и модель").fill("Mazda 3");
    await page.getByLabel("Регион").fill("Нигде");
    await page.getByLabel("Год выпуска").fill("1800");
    await page.getByLabel("Возраст").fill("15");
    await page.getByLabel("Стаж, лет").fill("20");
    await page.getByRole("button", { name: "Рассчитать" }).click();
    expect(await summaryTargets(s)).toEqual(["#year", "#region", "#driver-0-age", "#driver-0-experience"]);
    expect(await page.getByText("Возраст — целое число от 18 до 99").count()).toBeGreaterThan(0);
    expect(await page.getByText("Стаж — целое число лет, не больше чем возраст минус 16").count()).toBeGreaterThan(0);
  });

  it("switching to English relabels the region and regroups the typed price", async () => {
    s = await browser.open(DESKTOP);
    const { page } = s;
    await page.goto("/");
    await page.getByLabel("Регион").fill("38 — Иркутская область");
    await page.getByLabel("Стоимость, ₽").pressSequentially("1200000");
    await page.getByLabel("Возраст").fill("30");
    await page.getByRole("button", { name: "English" }).click();
    const region = page.getByLabel("Region");
    await region.waitFor();
    expect(await region.inputValue()).toBe("38 — Irkutsk Oblast");
    expect(await page.getByLabel("Value, RUB").inputValue()).toBe("1,200,000");
    expect(await page.getByLabel("Age").inputValue()).toBe("30");
  });
});
