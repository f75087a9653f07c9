import { describe, expect, it } from "vitest";
import { DESKTOP, expectAccessible, browserPerFile, plain, screenshot, logIn } from "./helpers/browser";

const browser = browserPerFile();

describe("price and programme tables as grids in the tariff editor", () => {
  it("an editor changes a ДСАГО row and a programme table in a format-2 draft, saves, and the diff names both", async () => {
    const s = await browser.open(DESKTOP);
    const { page } = s;
    await logIn(s, "editor");
    const rgs = page.locator("section", { has: page.getByRole("heading", { name: /\(rosgosstrakh\)/ }) });
    // Editions newest first: the 2027-07-01 edition (format 2) is the first row.
    await rgs.getByRole("button", { name: "Создать черновик" }).first().click();
    await page.waitForURL(/\/editor\/versions\/\d+/);
    const draftUrl = new URL(page.url()).pathname;

    // ДСАГО: a price with kopecks beyond two decimals is an error at its cell; then a valid one.
    const price = page.getByLabel("Цены опции dsago, ряд 2, цена");
    expect(await price.inputValue()).toBe("2300");
    await price.fill("2450.555");
    await expect.poll(() => price.getAttribute("aria-invalid")).toBe("true");
    expect(plain(await page.locator(`[id="${await price.getAttribute("id")}-msg"]`).textContent())).toMatch(/не больше двух знаков/);
    expect(await page.getByRole("button", { name: "Сохранить" }).isDisabled()).toBe(true);
    await price.fill("2450");
    await expect.poll(() => price.getAttribute("aria-invalid")).not.toBe("true");

    // The budget programme's own table, in the shared tables' grid: a row for SUVs.
    const budget = page.locator("fieldset", { has: page.getByText("Программа budget", { exact: true }) });
    await budget.getByRole("button", { name: /Встроенная франшиза \(Эконом\)/ }).click();
    await budget.getByRole("button", { name: "Добавить ряд" }).click();
    await budget.getByLabel("Программа budget: Таблица «Встроенная франшиза (Эконом)», ряд 1, vehicle.class").fill("suv");
    await budget.getByLabel("Программа budget: Таблица «Встроенная франшиза (Эконом)», ряд 1, значение").fill("0.9");

    // The full programme has no tables of its own: one is added with the shared tables' form.
    const full = page.locator("fieldset", { has: page.getByText("Программа full", { exact: true }) });
    await full.getByRole("button", { name: "Добавить таблицу программы full" }).click();
    const newTable = full.locator("fieldset", { has: page.getByText("Новая таблица программы full", { exact: true }) });
    await newTable.getByLabel("Идентификатор (id)").fill("full-parking");
    await newTable.getByLabel("Название (рус.)").fill("Стоянка");
    await newTable.getByLabel("Название (англ.)").fill("Parking");
    await newTable.getByLabel(/vehicle\.class/).check();
    await newTable.getByRole("button", { name: "Создать таблицу" }).click();
    await full.getByLabel("Программа full: Таблица «Стоянка», ряд 1, vehicle.class").fill("suv");
    await full.getByLabel("Программа full: Таблица «Стоянка», ряд 1, значение").fill("1.1");
    await full.getByLabel("Значение по умолчанию").fill("1");

    const save = page.getByRole("button", { name: "Сохранить" });
    await expect.poll(() => save.isDisabled()).toBe(false);
    await save.click();
    await page.getByText("Сохранено").first().waitFor();
    await screenshot(page, "editor-grids-draft");
    await expectAccessible(page, "a format-2 draft with its price and programme tables open");

    // Reopened, the draft shows what was saved.
    await page.goto(draftUrl);
    expect(await page.getByLabel("Цены опции dsago, ряд 2, цена").inputValue()).toBe("2450");

    await page.getByRole("link", { name: /Сравнить с основой/ }).click();
    await page.waitForURL(/\/editor\/diff/);
    const dsago = page.getByRole("row").filter({ hasText: "опция dsago" });
    expect(await dsago.count()).toBe(1);
    expect(plain(await dsago.textContent())).toMatch(/опция dsago · region ∈ \{77, 78, 50, 47\} × addOn\.sumInsured 1000000 × addOn\.trailer false.*value.*2300.*2450/);
    const own = page.getByRole("row").filter({ hasText: "программа budget · таблица budget-franchise" });
    expect(await own.count()).toBe(1);
    expect(plain(await own.textContent())).toMatch(/vehicle\.class suv.*row.*0\.9/);
    const added = page.getByRole("row").filter({ hasText: "full-parking" });
    expect(await added.count()).toBeGreaterThanOrEqual(1);
    expect(plain(await added.first().textContent())).toMatch(/программа full/);
    await screenshot(page, "editor-grids-diff");
    await expectAccessible(page, "the diff of price and programme tables");
  });
});
