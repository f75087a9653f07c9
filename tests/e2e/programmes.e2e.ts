import { describe, expect, inject, it } from "vitest";
import { DESKTOP, PHONE, browserPerFile, expectAccessible, plain, screenshot, type Session } from "./helpers/browser";

const browser = browserPerFile();
let s: Session;

// The format-2 editions (programmes, add-ons) of Ingosstrakh and Rosgosstrakh take effect on
// 2027-07-01; the other insurers' 2019 books offer no add-ons.
const START = "2027-07-01";
const MAZDA_2027 = `/?model=mazda-3&year=2026&price=1200000&region=77&d=30_5&start=${START}`;

describe("programmes and add-ons in the calculator", () => {
  it("prices GAP chosen in the form in the offers and the worksheet; insurers without it say so", async () => {
    s = await browser.open(DESKTOP);
    const { page } = s;
    await page.goto(MAZDA_2027);
    await page.getByTestId("offer").first().waitFor();
    const section = page.locator("fieldset", { has: page.getByText("Программа и дополнительные опции", { exact: true }) });
    await section.locator("summary").click();
    const gap = section.getByRole("checkbox", { name: "GAP" });
    await gap.check();
    await page.getByRole("button", { name: "Рассчитать" }).click();
    await page.waitForURL(/[?&]ao=gap(&|$)/);

    const ingos = page.getByTestId("offer").filter({ has: page.getByRole("heading", { name: "Ингосстрах", exact: true }) });
    const gapLine = ingos.getByTestId("add-on-gap");
    await gapLine.waitFor();
    expect(plain(await gapLine.textContent())).toMatch(/^\+ GAP:\s*7 200,02 ₽$/);
    expect(plain(await ingos.getByTestId("programme-name").textContent())).toBe("КАСКО Полное");
    expect(plain(await ingos.getByTestId("provenance").textContent())).toBe("Демонстрационный тариф");
    // The 2019 books sell no add-ons: those insurers decline with the reason in words.
    expect(plain(await page.getByTestId("declined").textContent())).toContain("Опция GAP не предлагается");

    await ingos.getByText("Почему такая цена").click();
    const sheet = ingos.getByRole("region", { name: /Расчёт Ингосстрах/ });
    await sheet.waitFor();
    const gapRows = sheet.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "GAP", exact: true }) });
    await expect.poll(() => gapRows.count()).toBe(2);
    expect(plain(await gapRows.first().textContent())).toContain("0,6 % от стоимости");
    expect(plain(await sheet.getByRole("rowheader", { name: "Дополнительные опции" }).textContent())).toBe("Дополнительные опции");
    await screenshot(page, "programmes-gap-offers");
    await expectAccessible(page, "offers with GAP and the worksheet open");

    // The filter under the offers: only insurers offering ДСАГО as well (a new link, so Back undoes it).
    await page.getByRole("group", { name: "Только страховщики, у которых есть" }).getByRole("checkbox", { name: "ДСАГО" }).click();
    await page.waitForURL(/[?&]ao=gap\.dsago(&|$)/);
    await ingos.getByTestId("add-on-dsago").waitFor();
    expect(await page.getByTestId("offer").count()).toBe(2);
  });

  it("compares two programmes of one insurer side by side, and chooses one", async () => {
    s = await browser.open(DESKTOP);
    const { page } = s;
    await page.goto(`${MAZDA_2027}&ao=gap`);
    const ingos = page.getByTestId("offer").filter({ has: page.getByRole("heading", { name: "Ингосстрах", exact: true }) });
    await ingos.getByRole("link", { name: "Другие программы — Ингосстрах" }).click();
    await page.waitForURL(/\/programmes\/ingosstrakh\?/);
    const table = page.getByTestId("programmes-table");
    await table.waitFor();
    expect(await table.locator("thead th").count()).toBe(4);
    const premiums = (await page.getByTestId("row-premium").locator("td").allTextContents()).map(plain);
    expect(premiums).toHaveLength(3);
    const rub = (t: string) => Number(t.replace(/[^\d,]/g, "").replace(",", "."));
    // Fewer risks never cost more than the full programme at the same insurer.
    expect(rub(premiums[1]!)).toBeLessThan(rub(premiums[0]!));
    // GAP is sold with the full and budget programmes, not with the mini one.
    const gapRow = (await page.getByTestId("row-add-on-gap").locator("td").allTextContents()).map(plain);
    expect(gapRow[0]).toMatch(/₽$/);
    expect(gapRow[2]).toBe("—");
    expect(premiums[2]).toContain("Не рассчитана");
    expect(plain(await page.getByTestId("row-risk-glass").textContent())).toMatch(/да\s*нет\s*нет$/);
    await screenshot(page, "programmes-compare");
    await expectAccessible(page, "an insurer's programmes side by side");

    await page.getByRole("link", { name: "Выбрать программу уровня «бюджетная»" }).click();
    await page.waitForURL(/[?&]prog=budget(&|$)/);
    await ingos.getByTestId("programme-name").waitFor();
    await expect.poll(async () => plain(await ingos.getByTestId("programme-name").textContent())).toBe("КАСКО Эконом");
  });

  it("fits a phone: the programme section and an offer with add-ons", async () => {
    s = await browser.open(PHONE);
    const { page } = s;
    await page.goto(`${MAZDA_2027}&ao=gap.evacuation&term=6`);
    const ingos = page.getByTestId("offer").filter({ has: page.getByRole("heading", { name: "Ингосстрах", exact: true }) });
    await ingos.getByTestId("add-on-evacuation").waitFor();
    expect(plain(await ingos.textContent())).toContain("Срок полиса: 6 месяцев");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, "programmes-phone");
    await expectAccessible(page, "offers with add-ons on a phone");
  });
});

describe("add-ons in the tariff editor", () => {
  it("an editor changes GAP's rate in a draft, sees the lint at the cell and the change in the diff", async () => {
    s = await browser.open(DESKTOP);
    const { page } = s;
    const account = inject("accounts").editor;
    await page.goto("/login");
    await page.getByLabel("Электронная почта").fill(account.email);
    await page.getByLabel("Пароль").fill(account.password);
    await page.getByRole("button", { name: "Войти" }).click();
    await page.waitForURL(/\/editor$/);
    const ingos = page.locator("section", { has: page.getByRole("heading", { name: /\(ingosstrakh\)/ }) });
    // Editions newest first: the 2027-07-01 edition (format 2) is the first row.
    await ingos.getByRole("button", { name: "Создать черновик" }).first().click();
    await page.waitForURL(/\/editor\/versions\/\d+/);

    const rate = page.getByLabel("Опция gap: ставка, % от страховой суммы");
    expect(await rate.inputValue()).toBe("0.6");
    await rate.fill("abc");
    await expect.poll(() => rate.getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByRole("button", { name: "Сохранить" }).isDisabled()).toBe(true);
    await screenshot(page, "programmes-editor-lint");
    await rate.fill("0.7");
    await expect.poll(() => rate.getAttribute("aria-invalid")).not.toBe("true");
    await page.getByRole("button", { name: "Сохранить" }).click();
    await page.getByText("Сохранено").first().waitFor();
    await expectAccessible(page, "a format-2 draft in the editor");

    await page.getByRole("link", { name: /Сравнить с основой/ }).click();
    await page.waitForURL(/\/editor\/diff/);
    const row = page.getByRole("row").filter({ hasText: "опция gap" });
    expect(plain(await row.textContent())).toMatch(/price\.value.*0\.006.*0\.007/);
    await screenshot(page, "programmes-editor-diff");
    await expectAccessible(page, "the diff of an add-on's rate");
  });
});
