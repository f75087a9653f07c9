import { describe, expect, it } from "vitest";
import { parsePdf } from "../offer/pdf-text";
import { DESKTOP, PHONE, browserPerFile, expectAccessible, openSession, plain, screenshot, logIn } from "./helpers/browser";

const browser = browserPerFile();
/** Made by the first test, checked by the route matrix. */
let offerPagePath = "";
let offerId = "";

type Who = "agent" | "otherAgent" | "colleague" | "head" | "editor" | "admin";


/** A money text as a number of kopecks ("27 370,62 ₽" → 2737062). */
const kopecks = (text: string | null) => Number(plain(text).replace(/[^\d,]/g, "").replace(",", ""));

describe("the agent's discount and the commercial offer", () => {
  it("an admin sets the agency's commission; the agent gives a discount, makes an offer of three, downloads its PDF, the client opens the link, the agent revokes it (410)", async () => {
    // The admin: the agency's commission from two insurers.
    let s = await browser.open(DESKTOP);
    await logIn(s, "admin");
    await s.page.goto("/editor/commissions");
    for (const [insurer, percent] of [
      ["Ренессанс Страхование", "15"],
      ["Ингосстрах", "5"],
    ] as const) {
      await s.page.getByLabel("Агентство").selectOption({ label: "Альфа-Агент" });
      await s.page.getByLabel("Страховщик").selectOption({ label: insurer });
      await s.page.getByLabel("Комиссия, % премии").fill(percent);
      await s.page.getByRole("button", { name: "Записать комиссию" }).click();
      await s.page.getByText(`Комиссия ${percent} % с`).waitFor();
    }
    // A bad percent is answered at its field; nothing typed is lost.
    await s.page.getByLabel("Комиссия, % премии").fill("75");
    await s.page.getByRole("button", { name: "Записать комиссию" }).click();
    await s.page.getByText("Не больше 50 %").waitFor();
    expect(await s.page.getByLabel("Комиссия, % премии").inputValue()).toBe("75");
    expect(await s.page.getByTestId("commission-row").count()).toBeGreaterThanOrEqual(2);
    await expectAccessible(s.page, "the commission table");
    await screenshot(s.page, "editor-commissions-desktop");
    expect(s.problems).toEqual([]);
    await s.context.close();

    // The agent: a client, a calculation saved for them.
    s = await browser.open(DESKTOP);
    const { page } = s;
    await logIn(s, "agent");
    await page.goto("/agent/clients/new");
    await page.getByLabel("Имя").fill("Пётр Покупатель");
    await page.getByLabel("Телефон").fill("+7 912 000-11-22");
    await page.getByLabel("Согласие на обработку персональных данных (обязательно)").check();
    await page.getByLabel("Согласие на передачу данных страховщикам").check();
    await page.getByRole("button", { name: "Добавить клиента" }).click();
    await page.waitForURL(/\/agent\/clients\/\d+$/);
    const clientId = new URL(page.url()).pathname.split("/").pop();
    await page.goto(`/?model=mazda-3&year=2025&price=1800000&region=38&d=34_10_m_y_y&client=${clientId}`);
    await page.getByTestId("offer").first().waitFor();
    await page.getByRole("button", { name: "Сохранить расчёт" }).click();
    await page.waitForURL(/\/agent\/calculations\/\d+$/);
    const calculationPath = new URL(page.url()).pathname;

    // The discount page: over the cap → a clear message at the field, the amount kept.
    await page.getByRole("link", { name: "Скидка и коммерческое предложение" }).click();
    await page.waitForURL(/\/offer$/);
    const renaissance = page.locator('tr[data-insurer="renaissance"]');
    const before = kopecks(await page.getByTestId("premium-after-renaissance").textContent());
    await renaissance.getByLabel("Размер скидки для Ренессанс Страхование").fill("10,5");
    await renaissance.getByLabel("Вид скидки для Ренессанс Страхование").selectOption("percent");
    await renaissance.getByRole("button", { name: "Применить" }).click();
    await renaissance.getByText(/Больше допустимого: наибольшая скидка по этому предложению — /).waitFor();
    expect(await renaissance.getByLabel("Размер скидки для Ренессанс Страхование").inputValue()).toBe("10,5");
    await expectAccessible(page, "the discount page with an error");
    await screenshot(page, "agent-discount-error-desktop");

    await renaissance.getByLabel("Размер скидки для Ренессанс Страхование").fill("1000");
    await renaissance.getByLabel("Вид скидки для Ренессанс Страхование").selectOption("rubles");
    await renaissance.getByRole("button", { name: "Применить" }).click();
    await renaissance.getByText("Скидка сохранена.").waitFor();
    await page.waitForFunction((b) => {
      const el = document.querySelector('[data-testid="premium-after-renaissance"]');
      return el !== null && Number((el.textContent ?? "").replace(/[^\d,]/g, "").replace(",", "")) === b - 100000;
    }, before);
    const commission = plain(await page.getByTestId("commission-renaissance").textContent());
    const [commissionBefore, commissionAfter] = commission.split("→").map((x) => kopecks(x));
    expect(commissionBefore! - commissionAfter!).toBe(100000);
    // Surgutneftegaz allows no agent's discount.
    const surgut = page.locator('tr[data-insurer="surgutneftegaz"]');
    if ((await surgut.count()) > 0) {
      await surgut.getByLabel("Размер скидки для Сургутнефтегаз").fill("100");
      await surgut.getByRole("button", { name: "Применить" }).click();
      await surgut.getByText("Страховщик не допускает скидку агента по этому предложению").waitFor();
    }
    await screenshot(page, "agent-discount-desktop");

    // The calculation page shows the discount line.
    await page.goto(calculationPath);
    expect(plain(await page.getByTestId("discount-lines").textContent())).toMatch(/Ренессанс Страхование.*−1 000,00 ₽/);
    // …and Renaissance's worksheet ends with it and what the client pays.
    await page.getByText("Расчёт по шагам: Ренессанс Страхование").click();
    expect(plain(await page.getByTestId("worksheet-discount").textContent())).toMatch(/Скидка агента за счёт комиссионного вознаграждения−1 000,00 ₽/);
    await page.getByRole("link", { name: "Скидка и коммерческое предложение" }).click();
    await page.waitForURL(/\/offer$/);

    // A commercial offer of three: Renaissance and two others.
    const boxes = page.getByRole("group", { name: "Предложения для КП" }).getByRole("checkbox");
    const count = await boxes.count();
    for (let i = 0; i < count; i += 1) await boxes.nth(i).uncheck();
    await page.getByRole("button", { name: "Сделать КП" }).click();
    await page.getByText("Отметьте хотя бы одно предложение").waitFor();
    await page.getByRole("checkbox", { name: /^Ренессанс Страхование/ }).check();
    const others = page.getByRole("group", { name: "Предложения для КП" }).getByRole("checkbox", { checked: false });
    await others.nth(0).check();
    await page.getByRole("group", { name: "Предложения для КП" }).getByRole("checkbox", { checked: false }).nth(0).check();
    await page.getByRole("button", { name: "Сделать КП" }).click();
    const link = await page.getByTestId("client-link").textContent();
    expect(link).toMatch(/\/o\/[A-Za-z0-9_-]{43}$/);
    await expectAccessible(page, "the offer made");
    await screenshot(page, "agent-offer-made-desktop");

    // The PDF, downloaded with the agent's session and read back.
    const offerRow = page.locator("tr[data-offer]").first();
    offerId = (await offerRow.getAttribute("data-offer")) ?? "";
    offerPagePath = `${calculationPath}/offer`;
    const pdfResponse = await page.request.get(`/agent/offers/${offerId}/pdf`);
    expect(pdfResponse.status()).toBe(200);
    expect(pdfResponse.headers()["content-type"]).toBe("application/pdf");
    const pdf = await parsePdf(await pdfResponse.body());
    const pdfText = plain(pdf.text).replace(/\s+/g, " ");
    expect(pdfText).toContain("Пётр Покупатель");
    expect(pdfText).toContain("Ренессанс Страхование");
    expect(pdfText).toContain("Скидка агента за счёт");
    expect(pdfText).toContain("−1 000,00 ₽");
    expect(pdfText).not.toMatch(/комисси[яи]\s*\d|Ваша комиссия/);

    // The print view is what the client sees.
    await page.goto(`/agent/offers/${offerId}`);
    await page.getByRole("heading", { name: "Коммерческое предложение по КАСКО" }).waitFor();
    await expectAccessible(page, "the print view");

    // The client: a fresh browser context, no session.
    const client = await openSession(s.context.browser()!, PHONE);
    const opened = await client.page.goto(new URL(link!).pathname);
    expect(opened?.status()).toBe(200);
    expect(opened?.headers()["x-robots-tag"]).toBe("noindex, nofollow");
    await client.page.getByRole("heading", { name: "Коммерческое предложение по КАСКО" }).waitFor();
    const seen = plain(await client.page.locator("main").textContent());
    expect(seen).toContain("для Пётр Покупатель");
    expect(seen).toContain("Скидка агента за счёт комиссионного вознаграждения");
    expect(seen).not.toMatch(/Ваша комиссия|\+7 912 000-11-22/);
    expect(await client.page.locator('meta[name="robots"]').getAttribute("content")).toBe("noindex, nofollow");
    await expectAccessible(client.page, "the client's offer");
    await screenshot(client.page, "client-offer-phone");
    await client.page.setViewportSize(DESKTOP);
    await screenshot(client.page, "client-offer-desktop");

    // The agent sees that it was opened, then revokes it.
    await page.goto(`${calculationPath}/offer`);
    expect(plain(await page.getByTestId(`offer-opened-${offerId}`).textContent())).toMatch(/^1 раз, впервые /);
    await page.getByRole("button", { name: /^Отозвать ссылку предложения от / }).first().click();
    await page.getByTestId(`offer-status-${offerId}`).getByText(/^отозвана /).waitFor();
    await page.setViewportSize(PHONE);
    await screenshot(page, "agent-offers-phone");

    const gone = await client.page.goto(new URL(link!).pathname);
    expect(gone?.status()).toBe(410);
    await client.page.getByRole("heading", { name: "Предложение больше недоступно" }).waitFor();
    expect(plain(await client.page.locator("main").textContent())).not.toContain("Пётр Покупатель");
    await expectAccessible(client.page, "the offer no longer available");
    await screenshot(client.page, "client-offer-gone-phone");
    client.problems.splice(0, client.problems.length, ...client.problems.filter((p) => !p.includes("410")));
    expect(client.problems).toEqual([]);
    await client.context.close();
  }, 300_000);

  it("the discount page, the print view and the PDF answer each kind of user rightly, and leak nothing", async () => {
    expect(offerId).toMatch(/^\d+$/);
    const routes = [offerPagePath, `/agent/offers/${offerId}`, `/agent/offers/${offerId}/pdf`];
    const expected: Record<Who | "anonymous", number[]> = {
      anonymous: [307, 303, 401],
      editor: [403, 403, 403],
      admin: [403, 403, 403],
      otherAgent: [404, 404, 404],
      colleague: [404, 404, 404],
      head: [200, 200, 200],
      agent: [200, 200, 200],
    };
    for (const [who, statuses] of Object.entries(expected) as [Who | "anonymous", number[]][]) {
      const s = await browser.open(DESKTOP);
      if (who !== "anonymous") await logIn(s, who);
      const got: number[] = [];
      let leaked = false;
      for (const route of routes) {
        const response = await s.page.request.get(route, { maxRedirects: 0 });
        got.push(response.status());
        if (response.status() !== 200 && /Пётр Покупатель|Ренессанс/.test(await response.text())) leaked = true;
        if (response.status() === 307 || response.status() === 303) expect(response.headers().location).toMatch(/\/login\?next=/);
      }
      expect({ who, got, leaked }).toEqual({ who, got: statuses, leaked: false });
      expect(s.problems, who).toEqual([]);
      await s.context.close();
    }
  }, 300_000);
});
