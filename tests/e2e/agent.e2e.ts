import { describe, expect, it } from "vitest";
import { DESKTOP, PHONE, browserPerFile, expectAccessible, plain, screenshot, type Session, logIn } from "./helpers/browser";

const browser = browserPerFile();
let s: Session;
/** The first agent's client and calculation, for the second agent to try to open. */
let clientPath = "";
let calculationPath = "";

type Who = "agent" | "otherAgent" | "colleague" | "head" | "editor" | "admin";


/** Pages that answer 403/404 on purpose: the browser logs the status; those lines are expected. */
function dropExpected(session: Session, status: number) {
  session.problems.splice(0, session.problems.length, ...session.problems.filter((p) => !p.includes(`${status}`)));
}

describe("the agents' workspace", () => {
  it("an agent signs in, adds a client with both consents, calculates, saves for the client and re-quotes", async () => {
    s = await browser.open(DESKTOP);
    const { page } = s;
    await logIn(s, "agent", { landing: null });
    await page.waitForURL(/\/agent\/clients$/);
    await expectAccessible(page, "the client list");

    await page.getByRole("link", { name: "Новый клиент" }).first().click();
    await page.waitForURL(/\/agent\/clients\/new$/);
    // Without consent and with a bad phone: errors at the fields, nothing typed lost.
    await page.getByLabel("Имя").fill("Елена Клиентова");
    await page.getByLabel("Телефон").fill("12-34");
    await page.getByLabel("Электронная почта").fill("elena@example.org");
    await page.getByRole("button", { name: "Добавить клиента" }).click();
    await page.getByText("Без согласия клиента на обработку персональных данных сохранить его нельзя.").waitFor();
    await page.getByText("Телефон в формате +7 912 345-67-89 (10–15 цифр).").waitFor();
    expect(await page.getByLabel("Имя").inputValue()).toBe("Елена Клиентова");
    expect(await page.getByLabel("Электронная почта").inputValue()).toBe("elena@example.org");
    await expectAccessible(page, "the new-client form with errors");
    await screenshot(page, "agent-new-client-errors-desktop");

    await page.getByLabel("Телефон").fill("+7 912 345-67-89");
    await page.getByLabel("Согласие на обработку персональных данных (обязательно)").check();
    await page.getByLabel("Согласие на передачу данных страховщикам").check();
    await page.getByRole("button", { name: "Добавить клиента" }).click();
    await page.waitForURL(/\/agent\/clients\/\d+$/);
    clientPath = new URL(page.url()).pathname;

    // The list finds her by phone; what was searched for never enters the URL.
    await page.goto("/agent/clients");
    await page.getByLabel("Поиск по имени или телефону").fill("8 912 345 67 89");
    await page.getByRole("button", { name: "Найти" }).click();
    await page.getByRole("link", { name: "Елена Клиентова" }).waitFor();
    expect(page.url()).not.toMatch(/912|Елена|%D0/);
    await page.getByRole("button", { name: "Сбросить" }).click();
    await page.getByRole("button", { name: "Сбросить" }).waitFor({ state: "detached" });
    expect(await page.getByLabel("Поиск по имени или телефону").inputValue()).toBe("");
    await page.goto(clientPath);
    expect(plain(await page.getByTestId("consent-processing").textContent())).toMatch(/действует/);
    expect(plain(await page.getByTestId("consent-transfer").textContent())).toMatch(/действует/);

    // A car and a driver kept with the client prefill the calculator.
    await page.getByLabel("Модель").selectOption("mazda-3");
    await page.getByLabel("Год выпуска").fill("2025");
    await page.getByLabel("Стоимость, ₽").fill("1 800 000");
    await page.getByLabel("Регион регистрации").selectOption("38");
    await page.getByRole("button", { name: "Добавить автомобиль" }).click();
    await page.getByRole("link", { name: "Рассчитать" }).waitFor();
    await page.getByLabel("Возраст").fill("34");
    await page.getByLabel("Стаж, лет").fill("10");
    await page.getByRole("button", { name: "Добавить водителя" }).click();
    await page.getByText(/возраст 34, стаж 10 лет/).waitFor();
    await expectAccessible(page, "the client page");
    await screenshot(page, "agent-client-desktop");

    await page.getByRole("link", { name: "Рассчитать" }).click();
    await page.waitForURL(/model=mazda-3.*client=\d+/);
    await page.getByTestId("offer").first().waitFor();
    const quoted = await page.getByTestId("premium").allTextContents();
    expect(await page.getByLabel("Клиент", { exact: true }).inputValue()).toBe(clientPath.split("/").pop());
    await expectAccessible(page, "the calculator with Save for client");
    await page.getByRole("button", { name: "Сохранить расчёт" }).click();
    await page.waitForURL(/\/agent\/calculations\/\d+$/);
    calculationPath = new URL(page.url()).pathname;
    // The prices exactly as the calculator showed them, with the editions named.
    const saved = await page.getByTestId("saved-premium").allTextContents();
    expect(saved.map(plain).sort()).toEqual(quoted.map(plain).sort());
    expect(plain(await page.getByTestId("saved-offers").textContent())).toMatch(/Редакция от 1 января 2019 г\. \(№\d+\)/);
    expect(plain(await page.getByTestId("validity").textContent())).toMatch(/^Предложение действует до /);
    await expectAccessible(page, "a saved calculation");
    await screenshot(page, "agent-calculation-desktop");

    await page.getByRole("button", { name: "Пересчитать по сегодняшним тарифам" }).click();
    await page.waitForURL((url) => /\/agent\/calculations\/\d+$/.test(url.pathname) && url.pathname !== calculationPath);
    const changes = page.getByTestId("requote-changes");
    await changes.waitFor();
    // Same tariffs today: every insurer priced the same, the same worksheet lines.
    expect(plain(await changes.textContent())).toMatch(/строки расчёта те же/);
    expect(plain(await page.getByRole("heading", { level: 2 }).first().textContent())).toMatch(/Что изменилось с расчёта №\d+/);
    await expectAccessible(page, "a re-quote");
    await screenshot(page, "agent-requote-desktop");

    await page.setViewportSize(PHONE);
    await screenshot(page, "agent-requote-phone");
    await page.goto(clientPath);
    await page.getByRole("heading", { name: "Сохранённые расчёты" }).waitFor();
    expect(await page.getByRole("link", { name: /^Расчёт №\d+$/ }).count()).toBe(2);
    await screenshot(page, "agent-client-phone");
    await page.goto("/agent/clients");
    await page.getByRole("link", { name: "Елена Клиентова" }).waitFor();
    await screenshot(page, "agent-clients-phone");
  });

  it("an agent of another agency cannot open the first agent's client or calculation by URL", async () => {
    expect(clientPath).toMatch(/^\/agent\/clients\/\d+$/);
    s = await browser.open(PHONE);
    const { page } = s;
    // Nobody signed in: to the login page.
    await page.goto(clientPath);
    await page.waitForURL(/\/login\?next=/);
    await expectAccessible(page, "the login page");
    await screenshot(page, "login-phone");

    await logIn(s, "otherAgent", { landing: null });
    await page.waitForURL(/\/agent\/clients/);
    expect(await page.getByRole("link", { name: "Елена Клиентова" }).count()).toBe(0);
    for (const path of [clientPath, calculationPath]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      expect(await page.getByText("Елена Клиентова").count()).toBe(0);
    }
    dropExpected(s, 404);
  });

  it("every agent page answers each kind of user rightly: login, 403, 404 or the page", async () => {
    expect(calculationPath).toMatch(/^\/agent\/calculations\/\d+$/);
    const routes = ["/agent/clients", "/agent/clients/new", clientPath, calculationPath, "/agent/renewals", "/agent/alerts", "/agent/renewals/export.csv"];
    const expected: Record<Who | "anonymous", number[]> = {
      anonymous: [307, 307, 307, 307, 307, 307, 303],
      editor: [403, 403, 403, 403, 403, 403, 403],
      admin: [403, 403, 403, 403, 403, 403, 403],
      otherAgent: [200, 200, 404, 404, 200, 200, 200],
      colleague: [200, 200, 404, 404, 200, 200, 200],
      head: [200, 200, 200, 200, 200, 200, 200],
      agent: [200, 200, 200, 200, 200, 200, 200],
    };
    for (const [who, statuses] of Object.entries(expected) as [Who | "anonymous", number[]][]) {
      s = await browser.open(DESKTOP);
      if (who !== "anonymous") {
        await logIn(s, who, { landing: null });
        await s.page.waitForURL(/\/(agent\/clients|editor)$/);
      }
      const got: number[] = [];
      let leaked = false;
      for (const route of routes) {
        const response = await s.page.request.get(route, { maxRedirects: 0 });
        got.push(response.status());
        if (response.status() !== 200 && /Елена Клиентова|\+7 912 345/.test(await response.text())) leaked = true;
        if (response.status() === 307) expect(response.headers().location).toMatch(/^\/login\?next=/);
      }
      expect({ who, got, leaked }).toEqual({ who, got: statuses, leaked: false });
      // The list shows the client to the owner and the head only.
      if (who !== "anonymous" && who !== "editor" && who !== "admin") {
        const list = await (await s.page.request.get("/agent/clients")).text();
        expect(list.includes("Елена Клиентова"), who).toBe(who === "agent" || who === "head");
      }
      expect(s.problems, who).toEqual([]);
      await s.context.close();
    }
  });

  it("an editor is refused the agents' workspace (403)", async () => {
    s = await browser.open(DESKTOP);
    const { page } = s;
    await logIn(s, "editor", { landing: null });
    await page.waitForURL(/\/editor$/);
    const response = await page.goto("/agent/clients");
    expect(response?.status()).toBe(403);
    await page.getByRole("heading", { name: "Нет доступа" }).waitFor();
    dropExpected(s, 403);
  });
});
