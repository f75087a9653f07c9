import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DESKTOP, expectAccessible, browserPerFile, plain, screenshot, type Session, logIn } from "./helpers/browser";

const browser = browserPerFile();
let s: Session;

// The edition is published for 2030, so the other browser tests (policies starting in 2026)
// never see it. A 3-year-old Hyundai Solaris in 2030, otherwise the reference profile: MAKS
// prices it with its vehicle-age coefficient for 3–4-year-old cars (1.035 in the demo tariff).
const EFFECTIVE = "2030-01-01";
const SOLARIS_3Y = `/?model=hyundai-solaris&year=2027&price=624900&region=38&d=40_20_m_y_y&start=${EFFECTIVE}`;

async function premiumAt(session: Session, insurer: string) {
  const { page } = session;
  await page.goto(SOLARIS_3Y);
  const offer = page.getByTestId("offer").filter({ has: page.getByRole("heading", { name: insurer, exact: true }) });
  return plain(await offer.getByTestId("premium").textContent());
}


describe("the tariff editor", () => {
  it("keeps anonymous visitors out", async () => {
    s = await browser.open(DESKTOP);
    await s.page.goto("/editor");
    await s.page.waitForURL(/\/login\?next=/);
    await expectAccessible(s.page, "the editor login");
  });

  it("drafts, edits with validation, diffs, analyses impact, publishes — and the calculator follows", async () => {
    s = await browser.open(DESKTOP);
    const { page } = s;
    const before = await premiumAt(s, "МАКС");
    expect(before).toMatch(/₽$/);

    await logIn(s, "admin", { path: "/editor/login" });
    await expectAccessible(page, "the list of tariffs");
    await page.locator("section", { hasText: "МАКС (maks)" }).getByRole("button", { name: "Создать черновик" }).first().click();
    await page.waitForURL(/\/editor\/versions\/\d+/);
    const draftUrl = new URL(page.url()).pathname;

    // Validation as you edit: a coefficient of 0 is an error next to its cell and blocks saving.
    await page.getByRole("button", { name: /Возраст автомобиля \(Кв\)/ }).click();
    const cell = page.getByLabel(/^Таблица «Возраст автомобиля \(Кв\)», ряд 4, (значение|коэффициент)/);
    expect(await cell.inputValue()).toBe("1.035");
    await cell.fill("0");
    await expect.poll(() => cell.getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByRole("button", { name: "Сохранить" }).isDisabled()).toBe(true);
    await screenshot(page, "editor-validation");

    await cell.fill("1.2");
    await expect.poll(() => cell.getAttribute("aria-invalid")).not.toBe("true");
    await page.getByRole("button", { name: "Сохранить" }).click();
    await page.getByText("Сохранено").first().waitFor();
    await expectAccessible(page, "a draft in the editor");

    // The diff against the edition it was based on: one changed cell.
    await page.getByRole("link", { name: /Сравнить с основой/ }).click();
    await page.waitForURL(/\/editor\/diff/);
    const diff = plain(await page.locator("main").textContent());
    expect(diff).toContain("1.035");
    expect(diff).toContain("1.2");
    await screenshot(page, "editor-diff");
    await expectAccessible(page, "the diff");

    // The impact on the portfolio, with its histogram.
    await page.goto(`${draftUrl}/impact`);
    // (On a busy machine the analysis may outlast the page's wait: its progress bar then shows, and the report follows.)
    await page.getByRole("heading", { name: "Итоги" }).waitFor({ timeout: 60_000 });
    await page.locator("svg").first().waitFor();
    expect(plain(await page.locator("main").textContent())).toMatch(/медиан/i);
    await screenshot(page, "editor-impact");
    await expectAccessible(page, "the impact analysis");

    // Publish, effective from a future date.
    await page.goto(draftUrl);
    const publish = page.locator("form", { has: page.getByRole("button", { name: /^Опубликовать с/ }) });
    await publish.getByLabel("Действует с").fill(EFFECTIVE);
    const confirm = publish.getByRole("checkbox");
    if ((await confirm.count()) > 0) await confirm.check();
    await publish.getByRole("button", { name: /^Опубликовать с/ }).click();
    await page.getByText(/опубликован/i).first().waitFor();
    await screenshot(page, "editor-published");

    // The calculator now prices MAKS with 1.2 instead of 1.035 for this car.
    const after = await premiumAt(s, "МАКС");
    expect(after).not.toBe(before);
    expect(after).toBe("69 963,80 ₽"); // 624 900 × (9.33 % × 1.2 = 11.196 %)
  });

  it("admin: audit log, a new editor account, and a rate book exported as JSON", async () => {
    s = await browser.open(DESKTOP);
    const { page } = s;
    await logIn(s, "admin", { path: "/editor/login" });

    await page.getByRole("link", { name: "Журнал" }).click();
    await page.getByRole("heading", { name: "Журнал действий" }).waitFor();
    // Newest first: the admin's own sign-in on the first page, the seed's imports on the last.
    expect(plain(await page.locator("table").first().textContent())).toContain("admin@e2e.local");
    await expectAccessible(page, "the audit log");
    const pages = Number(/Страница 1 из (\d+)/.exec(plain(await page.locator("main").textContent()))![1]);
    await page.goto(`${page.url().split("?")[0]}?page=${pages}`);
    await page.getByRole("table", { name: `Журнал действий, страница ${pages}` }).waitFor();
    expect(plain(await page.locator("table").first().textContent())).toContain("version.import");

    await page.getByRole("link", { name: "Пользователи" }).click();
    const newUser = page.getByRole("region", { name: "Новый пользователь" });
    await newUser.getByLabel("Электронная почта").fill("new.editor@e2e.local");
    await newUser.getByLabel("Имя", { exact: true }).fill("Новый редактор");
    await newUser.getByLabel("Начальный пароль").fill("a-long-enough-password");
    await newUser.getByRole("button", { name: "Создать пользователя" }).click();
    await page.getByText("new.editor@e2e.local").first().waitFor();
    await expectAccessible(page, "the users page");

    await page.getByRole("link", { name: "Тарифы" }).click();
    await page.locator("section", { hasText: "МАКС (maks)" }).getByRole("link", { name: "Открыть" }).last().click();
    await page.waitForURL(/\/editor\/versions\/\d+/);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByText("Скачать JSON").click()]);
    const body = JSON.parse(readFileSync(await download.path(), "utf8"));
    expect(body.insurer.id).toBe("maks");
    expect(body.schemaVersion).toBe(1);
  });
});
