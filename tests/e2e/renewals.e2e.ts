import { describe, expect, it } from "vitest";
import { todayIso } from "@/lib/clock";
import { DESKTOP, PHONE, browserPerFile, expectAccessible, plain, screenshot, type Session, logIn } from "./helpers/browser";

const browser = browserPerFile();
let s: Session;

const addDays = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
const TODAY = todayIso(new Date());
/** A 2023 Mazda 3: a 3–4-year-old car for the quote and the renewal alike (row 4 of the vehicle-age table). */
const QUOTE = (clientId: string, start: string) => `/?model=mazda-3&year=2023&price=1500000&region=38&d=35_10_m_y_y&start=${start}&client=${clientId}`;
/** The edition published in the last test takes effect here: after the quote's start, before the renewal's. */
const EFFECTIVE = addDays(TODAY, 10);
let clientId = "";


async function saveQuote(session: Session, start: string) {
  const { page } = session;
  await page.goto(QUOTE(clientId, start));
  await page.getByTestId("offer").first().waitFor();
  await page.getByRole("button", { name: "Сохранить расчёт" }).click();
  await page.waitForURL(/\/agent\/calculations\/\d+$/);
}

describe("renewals and price-change alerts", () => {
  it("an agent marks a quote as bought, sees it in renewals, re-quotes it for next year and downloads the list", async () => {
    s = await browser.open(DESKTOP);
    const { page } = s;
    await logIn(s, "colleague");
    await page.goto("/agent/clients/new");
    await page.getByLabel("Имя").fill("Пётр Продлеваев");
    await page.getByLabel("Телефон").fill("+7 912 000-11-22");
    await page.getByLabel("Согласие на обработку персональных данных (обязательно)").check();
    await page.getByRole("button", { name: "Добавить клиента" }).click();
    await page.waitForURL(/\/agent\/clients\/\d+$/);
    clientId = new URL(page.url()).pathname.split("/").pop()!;

    // Last year's policy, bought from a saved calculation, ending in 25 days.
    await saveQuote(s, addDays(TODAY, 1));
    const form = page.locator("section", { has: page.getByRole("heading", { name: "Клиент купил полис" }) });
    await form.getByLabel("Страховщик").selectOption("maks");
    await form.getByLabel("Оплаченная премия, ₽").fill("52 300");
    await form.getByLabel("Начало полиса").fill(addDays(TODAY, 30));
    await form.getByLabel("Окончание полиса").fill(addDays(TODAY, 25));
    await form.getByRole("button", { name: "Отметить покупку" }).click();
    await form.getByText("Полис должен заканчиваться позже начала.").waitFor();
    expect(await form.getByLabel("Оплаченная премия, ₽").inputValue()).toBe("52 300");
    await expectAccessible(page, "the bought-policy form with an error");
    await screenshot(page, "renewals-record-policy-error");
    await form.getByLabel("Начало полиса").fill(addDays(TODAY, -340));
    await form.getByRole("button", { name: "Отметить покупку" }).click();
    await page.waitForURL(/\/agent\/renewals\?recorded=\d+$/);
    await page.getByText(/^Полис в вашем портфеле: заканчивается /).waitFor();
    const row = page.getByTestId("renewals-30").getByRole("row", { name: /Пётр Продлеваев/ });
    expect(plain(await row.textContent())).toContain("52 300,00 ₽");
    // The suggested insured value: 1 500 000 ₽ for a 2023 car, less 10 % → 1 350 000 ₽.
    const value = row.getByLabel("Страховая сумма на следующий год, ₽");
    expect(await value.inputValue()).toBe("1350000");
    await expectAccessible(page, "the renewals list");
    await screenshot(page, "renewals-list-desktop");

    // The CSV of the list: UTF-8 with a BOM, the policy in it.
    const csv = await page.request.get("/agent/renewals/export.csv");
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toMatch(/^text\/csv/);
    const bytes = await csv.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString("utf8")).toContain("Пётр Продлеваев");

    // Re-quote for next year with one claim and a value the agent changed.
    await value.fill("1 300 000");
    await row.getByLabel("Убытков за год").fill("1");
    await row.getByRole("button", { name: "Пересчитать на следующий год" }).click();
    await page.waitForURL(/\/agent\/calculations\/\d+$/);
    await page.getByTestId("requote-changes").waitFor();
    expect(plain(await page.getByRole("heading", { level: 2 }).first().textContent())).toMatch(/Что изменилось с расчёта №\d+/);
    expect(plain(await page.getByTestId("requote-changes").textContent())).toMatch(/МАКС/);
    await expectAccessible(page, "the renewal quote against last year's");
    await screenshot(page, "renewals-requote-desktop");

    // An open quote starting after next edition's date, for the alert.
    await saveQuote(s, addDays(TODAY, 12));
    await page.setViewportSize(PHONE);
    await page.goto("/agent/renewals");
    await page.getByTestId("renewals-30").waitFor();
    await screenshot(page, "renewals-list-phone");
  });

  it("an admin publishes a new edition of MAKS", async () => {
    s = await browser.open(DESKTOP);
    const { page } = s;
    await logIn(s, "admin");
    await page.locator("section", { hasText: "МАКС (maks)" }).getByRole("button", { name: "Создать черновик" }).first().click();
    await page.waitForURL(/\/editor\/versions\/\d+/);
    const draftUrl = new URL(page.url()).pathname;
    await page.getByRole("button", { name: /Возраст автомобиля \(Кв\)/ }).click();
    const cell = page.getByLabel(/^Таблица «Возраст автомобиля \(Кв\)», ряд 4, (значение|коэффициент)/);
    await cell.fill("1.5");
    await page.getByRole("button", { name: "Сохранить" }).click();
    await page.getByText("Сохранено").first().waitFor();
    await page.goto(draftUrl);
    const publish = page.locator("form", { has: page.getByRole("button", { name: /^Опубликовать с/ }) });
    await publish.getByLabel("Действует с").fill(EFFECTIVE);
    const confirm = publish.getByRole("checkbox");
    if ((await confirm.count()) > 0) await confirm.check();
    await publish.getByRole("button", { name: /^Опубликовать с/ }).click();
    await page.getByText(/опубликован/i).first().waitFor();
  });

  it("the agent sees that prices changed for their client, with old and new premium, and re-quotes in one click", async () => {
    s = await browser.open(DESKTOP);
    const { page } = s;
    await logIn(s, "colleague");
    const banner = page.getByTestId("price-alert-banner");
    expect(plain(await banner.textContent())).toMatch(/^Цены изменились для 1 вашего клиента/);
    await banner.getByRole("link", { name: "Посмотреть изменения" }).click();
    await page.waitForURL(/\/agent\/alerts$/);
    const alert = page.getByTestId("price-alert").filter({ hasText: "МАКС" });
    expect(plain(await alert.getByRole("heading", { level: 2 }).textContent())).toMatch(/^МАКС: новая редакция с /);
    const rows = alert.getByRole("row", { name: /Пётр Продлеваев/ });
    // The open quote starting after the edition's date, the renewal quote made above, and the renewal due.
    expect(await rows.count()).toBe(3);
    const text = plain(await alert.textContent());
    expect(text).toContain("Открытый расчёт");
    expect(text).toContain("Пролонгация");
    expect(text).toMatch(/\+\d+\.\d{2} %/);
    await expectAccessible(page, "the price-change alerts");
    await screenshot(page, "alerts-desktop");

    await rows.filter({ hasText: "Открытый расчёт" }).first().getByRole("button", { name: "Пересчитать" }).click();
    await page.waitForURL(/\/agent\/calculations\/\d+$/);
    await page.getByTestId("requote-changes").waitFor();
    expect(plain(await page.getByTestId("requote-changes").textContent())).toMatch(/МАКС/);
    await screenshot(page, "alerts-requoted-desktop");
  });
});
