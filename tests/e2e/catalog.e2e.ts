import { describe, expect, it } from "vitest";
import { DESKTOP, expectAccessible, browserPerFile, plain, screenshot, type Session, logIn } from "./helpers/browser";

const browser = browserPerFile();
let s: Session;


describe("the open vehicle catalog", () => {
  it("an editor adds a model (errors inline first); the calculator then offers it by its Russian name and prices it by the class fallback", async () => {
    s = await browser.open(DESKTOP);
    const { page } = s;
    await logIn(s, "editor", { path: "/editor/login" });
    await page.getByRole("link", { name: "Каталог" }).click();
    await page.waitForURL(/\/editor\/catalog$/);
    expect(await page.getByTestId("catalog-row").count()).toBeGreaterThanOrEqual(150);
    await expectAccessible(page, "the catalog");

    // The calculator's own matching finds the model by its Russian spelling.
    await page.getByLabel("Найти модель").fill("Солярис");
    await page.getByRole("button", { name: "Найти" }).click();
    await page.waitForURL(/q=/);
    expect(plain(await page.getByTestId("catalog-row").first().textContent())).toContain("hyundai-solaris");

    await page.getByRole("link", { name: "Добавить модель" }).click();
    await page.waitForURL(/\/editor\/catalog\/new$/);
    await page.getByLabel("Идентификатор").fill("kaiyi-e5");
    await page.getByLabel("Марка", { exact: true }).fill("Kaiyi");
    await page.getByLabel("Модель", { exact: true }).fill("E5");
    await page.getByLabel("Название по-русски").fill("Кайи Е5");
    await page.getByLabel("Название по-английски").fill("Kaiyi E5");
    await page.getByLabel("Другие написания").fill("каи е5\nкаи");
    await page.getByLabel("Класс").selectOption("compact");
    await page.getByLabel("Кузов").selectOption("sedan");
    await page.getByLabel("Коробка передач").selectOption("automatic");
    await page.getByLabel("Мощность по умолчанию, л. с.").fill("мощная");
    await page.getByLabel("Группа риска угона").selectOption("1");
    await page.getByLabel("Выпускается с (год)").fill("2023");
    await page.getByLabel("Цена нового, ₽").fill("1 800 000");
    await page.getByRole("button", { name: "Добавить в каталог" }).click();

    // Every bad field says what is wrong next to it; what was typed stays.
    await page.locator("form [role=alert]").waitFor();
    const power = page.getByLabel("Мощность по умолчанию, л. с.");
    expect(await power.getAttribute("aria-invalid")).toBe("true");
    expect(plain(await page.locator("#catalog-defaultPowerHp-error").textContent())).toBe("Целое число, например 150");
    expect(await page.getByLabel("Название по-русски").inputValue()).toBe("Кайи Е5");
    await screenshot(page, "catalog-errors");
    await expectAccessible(page, "the new-model form with an error");

    await power.fill("147");
    await page.getByRole("button", { name: "Добавить в каталог" }).click();
    await page.waitForURL(/\/editor\/catalog\/kaiyi-e5\?done=added/);
    expect(plain(await page.locator("main [role=status]").textContent())).toContain("Кайи Е5");
    await expectAccessible(page, "a catalog model");

    // The calculator offers it by its Russian name, and prices it with the class and theft-group tables.
    await page.goto("/");
    const model = page.getByLabel("Марка и модель");
    await model.fill("кайи");
    await page.getByRole("option", { name: "Kaiyi E5" }).waitFor();
    await model.press("ArrowDown");
    await model.press("Enter");
    expect(await model.inputValue()).toBe("Kaiyi E5");
    expect(await page.getByLabel("Мощность, л. с.").inputValue()).toBe("147");
    await page.getByLabel("Год выпуска").fill("2025");
    await page.getByLabel("Стоимость, ₽").pressSequentially("1800000");
    await page.getByLabel("Регион").fill("38 — Иркутская область");
    await page.getByLabel("Возраст").fill("40");
    await page.getByLabel("Стаж, лет").fill("20");
    await page.getByRole("button", { name: "Рассчитать" }).click();
    await page.getByTestId("offer").first().waitFor();
    expect(page.url()).toContain("model=kaiyi-e5");
    expect(await page.getByTestId("offer").count()).toBe(6);
    await page.getByTestId("offer").first().getByText("Почему такая цена").click();
    const worksheet = plain(await page.getByTestId("offer").first().getByRole("table").textContent());
    expect(worksheet).toMatch(/класс: compact|группа угоняемости: 1/);
    expect(worksheet).not.toContain("модель: kaiyi-e5");
    await screenshot(page, "catalog-new-model-priced");
    await expectAccessible(page, "a new catalog model priced");
  });

  it("refuses to remove a model that published tariffs name, naming them", async () => {
    s = await browser.open(DESKTOP);
    const { page } = s;
    await logIn(s, "editor", { path: "/editor/login" });
    await page.goto("/editor/catalog/hyundai-solaris");
    await page.getByLabel("Да, убрать модель из каталога").check();
    await page.getByRole("button", { name: "Убрать модель" }).click();
    await page.locator("form [role=alert]").waitFor();
    const alert = plain(await page.locator("form [role=alert]").textContent());
    expect(alert).toContain("нельзя убрать");
    expect(alert).toContain("ingosstrakh-2019-01-01");
    await expectAccessible(page, "a refused removal");
  });

  it("an editor adds a make (errors inline first), then a model of it; the calculator finds the model by the make's Russian name", async () => {
    s = await browser.open(DESKTOP);
    const { page } = s;
    await logIn(s, "editor", { path: "/editor/login" });
    await page.goto("/editor/catalog");
    await page.getByRole("link", { name: "Марки", exact: true }).click();
    await page.waitForURL(/\/editor\/catalog\/makes$/);
    expect(await page.getByTestId("make-row").count()).toBeGreaterThanOrEqual(30);
    expect(plain(await page.getByTestId("make-row").filter({ hasText: "Hyundai" }).textContent())).toContain("Хендай");
    await expectAccessible(page, "the makes");

    await page.getByRole("link", { name: "Добавить марку" }).click();
    await page.waitForURL(/\/editor\/catalog\/makes\/new$/);
    await page.getByLabel("Название в каталоге").fill("Jaecoo");
    await page.getByLabel("Название по-английски").fill("Jaecoo");
    await page.getByLabel("Другие написания").fill("джеку\nджейкоо");
    await page.getByRole("button", { name: "Добавить марку" }).click();
    await page.locator("form [role=alert]").waitFor();
    const ru = page.getByLabel("Название по-русски");
    expect(await ru.getAttribute("aria-invalid")).toBe("true");
    expect(plain(await page.locator("#make-namesRu-error").textContent())).toBe("Заполните поле");
    expect(await page.getByLabel("Другие написания").inputValue()).toBe("джеку\nджейкоо");
    await expectAccessible(page, "the new-make form with an error");

    await ru.fill("Джейку");
    await page.getByRole("button", { name: "Добавить марку" }).click();
    await page.waitForURL(/\/editor\/catalog\/makes\/Jaecoo\?done=added/);
    expect(plain(await page.locator("main [role=status]").textContent())).toContain("Джейку");
    expect(plain(await page.locator("main").textContent())).toContain("У марки пока нет моделей");
    await expectAccessible(page, "a catalog make");

    // A model of the new make: its own names in Latin letters only.
    await page.getByRole("link", { name: "Добавить модель этой марки" }).click();
    await page.waitForURL(/\/editor\/catalog\/new\?make=Jaecoo$/);
    expect(await page.getByLabel("Марка", { exact: true }).inputValue()).toBe("Jaecoo");
    // The make field offers the catalog's makes, the new one among them.
    expect(await page.locator("#catalog-make-list option[value=Jaecoo]").textContent()).toBe("Джейку");
    await page.getByLabel("Идентификатор").fill("jaecoo-j7");
    await page.getByLabel("Модель", { exact: true }).fill("J7");
    await page.getByLabel("Название по-русски").fill("Jaecoo J7");
    await page.getByLabel("Название по-английски").fill("Jaecoo J7");
    await page.getByLabel("Класс").selectOption("crossover");
    await page.getByLabel("Кузов").selectOption("crossover");
    await page.getByLabel("Коробка передач").selectOption("automatic");
    await page.getByLabel("Мощность по умолчанию, л. с.").fill("147");
    await page.getByLabel("Группа риска угона").selectOption("2");
    await page.getByLabel("Выпускается с (год)").fill("2023");
    await page.getByRole("button", { name: "Добавить в каталог" }).click();
    await page.waitForURL(/\/editor\/catalog\/jaecoo-j7\?done=added/);

    // The make's page lists it, and refuses to remove the make while it has it.
    await page.goto("/editor/catalog/makes/Jaecoo");
    expect(await page.getByRole("link", { name: "jaecoo-j7" }).count()).toBe(1);
    await page.getByLabel("Да, убрать марку из каталога").check();
    await page.getByRole("button", { name: "Убрать марку" }).click();
    await page.locator("form [role=alert]").waitFor();
    expect(plain(await page.locator("form [role=alert]").textContent())).toContain("jaecoo-j7");
    await expectAccessible(page, "a refused make removal");

    // The calculator finds the model by the make's Russian name.
    await page.goto("/");
    const model = page.getByLabel("Марка и модель");
    await model.fill("джейку");
    await page.getByRole("option", { name: "Jaecoo J7" }).waitFor();
    await model.press("ArrowDown");
    await model.press("Enter");
    expect(await model.inputValue()).toBe("Jaecoo J7");
    await page.getByLabel("Год выпуска").fill("2025");
    await page.getByLabel("Стоимость, ₽").pressSequentially("2900000");
    await page.getByLabel("Регион").fill("77 — Москва");
    await page.getByLabel("Возраст").fill("40");
    await page.getByLabel("Стаж, лет").fill("20");
    await page.getByRole("button", { name: "Рассчитать" }).click();
    await page.getByTestId("offer").first().waitFor();
    expect(page.url()).toContain("model=jaecoo-j7");
    await expectAccessible(page, "a model of a new make priced");

    // Once its model is gone, the make can be removed too.
    await page.goto("/editor/catalog/jaecoo-j7");
    await page.getByLabel("Да, убрать модель из каталога").check();
    await page.getByRole("button", { name: "Убрать модель" }).click();
    await page.waitForURL(/\/editor\/catalog\?done=removed/);
    await page.goto("/editor/catalog/makes/Jaecoo");
    await page.getByLabel("Да, убрать марку из каталога").check();
    await page.getByRole("button", { name: "Убрать марку" }).click();
    await page.waitForURL(/\/editor\/catalog\/makes\?done=removed/);
    expect(plain(await page.locator("main [role=status]").textContent())).toBe("Марка «Jaecoo» убрана из каталога.");
    expect(await page.getByTestId("make-row").filter({ hasText: "Jaecoo" }).count()).toBe(0);
  });

  it("the catalog's pages refuse anonymous visitors (to the sign-in) and agents (to their own pages), showing nothing of the catalog", async () => {
    const PAGES = ["/editor/catalog", "/editor/catalog/new", "/editor/catalog/hyundai-solaris", "/editor/catalog/makes", "/editor/catalog/makes/new", "/editor/catalog/makes/Haval"];
    s = await browser.open(DESKTOP);
    for (const path of PAGES) {
      await s.page.goto(path);
      await s.page.waitForURL(/\/login\?next=/);
      expect(await s.page.getByTestId("make-row").count()).toBe(0);
    }
    expect(s.problems.join("\n"), "console errors in the browser").toBe("");
    await s.context.close();
    s = await browser.open(DESKTOP);
    await logIn(s, "agent");
    for (const path of PAGES) {
      await s.page.goto(path);
      await s.page.waitForURL(/\/agent\/clients$/);
      expect(await s.page.getByTestId("catalog-row").count()).toBe(0);
    }
  });
});
