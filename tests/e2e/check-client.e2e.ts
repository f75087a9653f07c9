import { describe, expect, it } from "vitest";
import { todayIso } from "@/lib/clock";
import { DESKTOP, browserPerFile, expectAccessible, plain, screenshot, type Session, logIn } from "./helpers/browser";

const browser = browserPerFile();
let s: Session;
/** The saved check of the first test, for the access test. */
let checkPath = "";

const addDays = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
const START = addDays(todayIso(new Date()), 3);
const CONDITIONS = { policyStart: START, region: "38", vehicle: { modelId: "mazda-3", year: 2026, price: 1200000 }, drivers: [{ age: 30, experienceYears: 5, sex: "male", married: true, hasChildren: true }] };

const rub = (amount: string) => `${new Intl.NumberFormat("ru-RU", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Number(amount)).replace(/[\u00a0\u202f]/g, " ")} ₽`;

/** Ingosstrakh's premium for the conditions, with an optional franchise, from the quote API. */
async function ingosstrakh(session: Session, franchise?: unknown): Promise<string> {
  const response = await session.page.request.post("/api/v1/quotes?detail=summary", { data: { ...CONDITIONS, ...(franchise ? { franchise } : {}) } });
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { quotes: { insurerId: string; premium: string }[] };
  return body.quotes.find((q) => q.insurerId === "ingosstrakh")!.premium;
}


async function newClient(session: Session, name: string, phone: string): Promise<string> {
  const { page } = session;
  await page.goto("/agent/clients/new");
  await page.getByLabel("Имя").fill(name);
  await page.getByLabel("Телефон").fill(phone);
  await page.getByLabel("Согласие на обработку персональных данных (обязательно)").check();
  await page.getByRole("button", { name: "Добавить клиента" }).click();
  await page.waitForURL(/\/agent\/clients\/\d+$/);
  return new URL(page.url()).pathname;
}

describe("a policy check saved for a client", () => {
  it("an agent opens a client's calculation, checks a policy bought without a franchise, saves the check and finds it on the client's page", async () => {
    s = await browser.open(DESKTOP);
    const { page } = s;
    await logIn(s, "agent");
    const clientUrl = await newClient(s, "Ольга Проверкина", "+7 912 000-33-44");
    const clientId = clientUrl.split("/").pop()!;

    // The client's saved calculation, then "Check a policy" from it.
    await page.goto(`/?model=mazda-3&year=2026&price=1200000&region=38&d=30_5_m_y_y&start=${START}&client=${clientId}`);
    await page.getByTestId("offer").first().waitFor();
    await page.getByRole("button", { name: "Сохранить расчёт" }).click();
    await page.waitForURL(/\/agent\/calculations\/\d+$/);
    const calculationId = new URL(page.url()).pathname.split("/").pop()!;
    await page.getByRole("link", { name: "Проверить полис" }).click();
    await page.waitForURL(/\/check\?/);
    expect(page.url()).toContain(`client=${clientId}`);
    expect(page.url()).toContain(`calc=${calculationId}`);
    expect(page.url()).not.toMatch(/Ольга|Проверкина|912/);
    // The conditions are prefilled from the calculation.
    expect(await page.getByLabel("Год выпуска").inputValue()).toBe("2026");
    expect(await page.getByLabel("Возраст").inputValue()).toBe("30");

    // The client paid the tariff's premium, without a franchise.
    const tariff = await ingosstrakh(s);
    const withFranchise = await ingosstrakh(s, { type: "fixed", amount: 30000 });
    await page.getByLabel("Страховщик", { exact: true }).selectOption("ingosstrakh");
    await page.getByLabel("Уплаченная премия за год, ₽").fill(tariff.replace(".", ","));
    await page.getByRole("button", { name: "Проверить полис" }).click();
    const verdict = page.getByTestId("check-verdict");
    await verdict.waitFor();
    expect(plain(await verdict.textContent())).toContain("Премия соответствует тарифу");
    expect(page.url()).toContain(`client=${clientId}`);
    const saving = (Number(tariff) - Number(withFranchise)).toFixed(2);
    expect(Number(saving)).toBeGreaterThan(0);
    expect(plain(await page.getByTestId("savings").textContent())).toContain(`Франшиза 30 000 ₽: экономия ${rub(saving)}`);

    // Saved for the client the check was opened from (preselected).
    const save = page.locator("section", { has: page.getByRole("heading", { name: "Сохранить проверку для клиента" }) });
    expect(await save.getByLabel("Клиент", { exact: true }).inputValue()).toBe(clientId);
    await expectAccessible(page, "a checked policy with the save form");
    await save.getByRole("button", { name: "Сохранить проверку" }).click();
    await page.waitForURL(/\/agent\/checks\/\d+$/);
    checkPath = new URL(page.url()).pathname;
    const checkId = checkPath.split("/").pop()!;
    await page.getByRole("heading", { name: `Проверка № ${checkId}`, level: 1 }).waitFor();
    expect(plain(await page.getByTestId("saved-check-paid").textContent())).toBe(rub(tariff));
    expect(plain(await page.getByTestId("saved-check-insurer").textContent())).toBe("Ингосстрах");
    expect(plain(await page.getByTestId("check-verdict").textContent())).toContain("Премия соответствует тарифу");
    expect(plain(await page.getByTestId("savings").textContent())).toContain(`Франшиза 30 000 ₽: экономия ${rub(saving)}`);
    await page.getByRole("link", { name: `Расчёт № ${calculationId}` }).waitFor();
    await expectAccessible(page, "a saved policy check");
    await screenshot(page, "check-saved-for-client");

    // Listed on the client's page, and re-opened from there.
    await page.goto(clientUrl);
    const row = page.getByTestId("client-checks").getByRole("row", { name: new RegExp(`Проверка № ${checkId}`) });
    const text = plain(await row.textContent());
    expect(text).toContain("Ингосстрах");
    expect(text).toContain(rub(tariff));
    expect(text).toMatch(/премия по тарифу; \d+ неиспользованн/);
    await expectAccessible(page, "the client's page with a saved check");
    await row.getByRole("link", { name: `Проверка № ${checkId}` }).click();
    await page.waitForURL(new RegExp(`/agent/checks/${checkId}$`));
    await page.getByTestId("check-verdict").waitFor();
  });

  it("an agent corrects a recorded policy's premium and end date, then cancels it: it leaves the renewals list", async () => {
    s = await browser.open(DESKTOP);
    const { page } = s;
    const today = todayIso(new Date());
    await logIn(s, "agent");
    const clientUrl = await newClient(s, "Семён Исправлев", "+7 912 000-55-66");
    const clientId = clientUrl.split("/").pop()!;
    await page.goto(`/?model=mazda-3&year=2023&price=1500000&region=38&d=35_10_m_y_y&start=${addDays(today, 1)}&client=${clientId}`);
    await page.getByTestId("offer").first().waitFor();
    await page.getByRole("button", { name: "Сохранить расчёт" }).click();
    await page.waitForURL(/\/agent\/calculations\/\d+$/);
    const bought = page.locator("section", { has: page.getByRole("heading", { name: "Клиент купил полис" }) });
    await bought.getByLabel("Страховщик").selectOption("maks");
    await bought.getByLabel("Оплаченная премия, ₽").fill("52 300");
    await bought.getByLabel("Начало полиса").fill(addDays(today, -340));
    await bought.getByLabel("Окончание полиса").fill(addDays(today, 25));
    await bought.getByRole("button", { name: "Отметить покупку" }).click();
    await page.waitForURL(/\/agent\/renewals\?recorded=\d+$/);
    const policyId = new URL(page.url()).searchParams.get("recorded")!;
    const row = () => page.getByRole("row", { name: /Семён Исправлев/ });
    expect(plain(await row().textContent())).toContain("52 300,00 ₽");

    // Correct: a wrong end date is refused in place, then the premium and the end date change.
    await row().getByRole("link", { name: /Исправить или отменить/ }).click();
    await page.waitForURL(/\/agent\/calculations\/\d+#policy-\d+$/);
    const item = page.getByTestId(`policy-${policyId}`);
    await item.getByText("Исправить или отменить").click();
    await item.getByLabel("Окончание полиса").fill(addDays(today, -400));
    await item.getByRole("button", { name: "Сохранить исправление" }).click();
    await item.getByText("Полис должен заканчиваться позже начала.").waitFor();
    await expectAccessible(page, "a policy correction with an error");
    await item.getByLabel("Оплаченная премия, ₽").fill("51 000");
    await item.getByLabel("Окончание полиса").fill(addDays(today, 26));
    await item.getByRole("button", { name: "Сохранить исправление" }).click();
    await page.getByTestId(`policy-${policyId}`).getByText("Полис исправлен; изменения записаны в журнал.").waitFor();
    expect(plain(await page.getByTestId(`policy-${policyId}`).textContent())).toContain("51 000,00 ₽");
    await page.goto("/agent/renewals");
    expect(plain(await row().textContent())).toContain("51 000,00 ₽");

    // Cancel: the tick is required; then the policy is marked and leaves the renewals list.
    await row().getByRole("link", { name: /Исправить или отменить/ }).click();
    await page.waitForURL(/#policy-\d+$/);
    const again = page.getByTestId(`policy-${policyId}`);
    await again.getByText("Исправить или отменить").click();
    await again.getByRole("button", { name: "Отменить полис" }).click();
    await again.getByText("Отметьте, что полис действительно отменён.").waitFor();
    await again.getByLabel("Полис расторгнут или записан по ошибке").check();
    await again.getByRole("button", { name: "Отменить полис" }).click();
    await page.getByTestId(`policy-${policyId}`).getByText(/^Полис отменён: он больше не показывается/).waitFor();
    expect(plain(await page.getByTestId(`policy-${policyId}`).textContent())).toMatch(/отменён \d/);
    await expectAccessible(page, "a cancelled policy on its calculation");
    await screenshot(page, "policy-cancelled");
    await page.goto("/agent/renewals");
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    expect(await row().count()).toBe(0);
  });

  it("the saved check's page: the owner and the head see it; a colleague and another agency get 404, an editor 403, nobody signed in the login", async () => {
    expect(checkPath).toMatch(/^\/agent\/checks\/\d+$/);
    const expected = { anonymous: 307, editor: 403, otherAgent: 404, colleague: 404, head: 200, agent: 200 } as const;
    for (const [who, status] of Object.entries(expected) as [keyof typeof expected, number][]) {
      s = await browser.open(DESKTOP);
      if (who !== "anonymous") await logIn(s, who);
      const response = await s.page.request.get(checkPath, { maxRedirects: 0 });
      const body = await response.text();
      expect({ who, status: response.status(), leaked: response.status() !== 200 && /Ольга|Проверкина|912 000/.test(body) }).toEqual({ who, status, leaked: false });
      if (status === 307) expect(response.headers().location).toBe(`/login?next=${encodeURIComponent(checkPath)}`);
      if (status === 200) expect(body).toContain("Ольга Проверкина");
      await s.context.close();
    }
  });
});
