import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { DESKTOP, PHONE, browserPerFile, expectAccessible, plain, screenshot, type Session, logIn } from "./helpers/browser";

const browser = browserPerFile();
let s: Session;
let jobPath = "";

const ROWS = 5000;

/**
 * A client list as Russian Excel saves it: Windows-1251, semicolons. The car's column has a
 * header the mapping does not know («Марка ТС»); row 4 has a 16-year-old driver; row 3's phone
 * would run as a formula in a spreadsheet.
 */
function clientList(): Buffer {
  const models = ["Kia Rio", "Hyundai Solaris", "Mazda 3", "Toyota Camry", "Lada Granta"];
  const lines = ["Клиент;Телефон;Марка ТС;Год выпуска;Стоимость;Регион;Возраст;Стаж"];
  for (let i = 0; i < ROWS; i += 1) {
    const phone = i === 1 ? "=1+2" : `8 900 ${String(100_0000 + i).slice(1, 4)}-${String(i % 100).padStart(2, "0")}-00`;
    const age = i === 2 ? 16 : 25 + (i % 40);
    lines.push(`Клиент №${i + 1};${phone};${models[i % 5]};${2020 + (i % 6)};${900_000 + (i % 50) * 10_000};${["Иркутская", "77", "Казань", "38"][i % 4]};${age};${i === 2 ? 0 : 3 + (i % 5)}`);
  }
  return encode1251(lines.join("\r\n") + "\r\n");
}

/** Windows-1251 for the Cyrillic letters, № and ASCII: all this list uses. */
function encode1251(text: string): Buffer {
  const out = Buffer.alloc(text.length);
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x80) out[i] = c;
    else if (c >= 0x410 && c <= 0x44f) out[i] = c - 0x410 + 0xc0;
    else if (c === 0x401) out[i] = 0xa8;
    else if (c === 0x451) out[i] = 0xb8;
    else if (c === 0x2116) out[i] = 0xb9;
    else throw new Error(`no Windows-1251 byte for ${text[i]}`);
  }
  return out;
}


describe("bulk quoting from a client list", () => {
  it("an agent uploads a list, maps its columns, sees the preview with an error, runs it, watches the progress and downloads the results", async () => {
    s = await browser.open(DESKTOP);
    const { page } = s;
    await logIn(s, "agent");
    await page.getByRole("navigation", { name: "Разделы кабинета" }).getByRole("link", { name: "Расчёт по списку" }).click();
    await page.waitForURL(/\/agent\/bulk$/);
    await page.getByRole("heading", { level: 1, name: "Расчёт по списку клиентов" }).waitFor();
    await expectAccessible(page, "the bulk quoting page");
    await screenshot(page, "bulk-upload-desktop");

    // An empty file is refused with a message, nothing else happens.
    await page.getByLabel("Файл со списком клиентов").setInputFiles({ name: "пусто.csv", mimeType: "text/csv", buffer: Buffer.from("Модель;Год\r\n") });
    await page.getByRole("button", { name: "Загрузить" }).click();
    await page.waitForURL(/\/agent\/bulk\?problem=empty$/);
    expect(plain(await page.getByRole("alert").filter({ hasText: "В файле" }).textContent())).toBe("В файле нет строк с данными под заголовком.");
    await expectAccessible(page, "the upload with a refused file");

    await page.getByLabel("Файл со списком клиентов").setInputFiles({ name: "клиенты-ноябрь.csv", mimeType: "text/csv", buffer: clientList() });
    await page.getByRole("button", { name: "Загрузить" }).click();
    await page.waitForURL(/\/agent\/bulk\/\d+$/);
    jobPath = new URL(page.url()).pathname;
    expect(plain(await page.getByRole("heading", { level: 1 }).textContent())).toBe("Список «клиенты-ноябрь.csv»");
    expect(plain(await page.locator("main p").nth(1).textContent())).toMatch(/^5 000 строк, Windows-1251, разделитель «;»/);

    // Suggested from the headers: names and phones kept, the known fields mapped, «Марка ТС» not.
    expect(await page.getByLabel("Назначение столбца «Клиент»").inputValue()).toBe("keep");
    expect(await page.getByLabel("Назначение столбца «Возраст»").inputValue()).toBe("driver1Age");
    const car = page.getByLabel("Назначение столбца «Марка ТС»");
    expect(await car.inputValue()).toBe("");
    // Starting without a model column is refused, with the reason.
    await page.getByRole("button", { name: "Рассчитать все строки (5 000)" }).click();
    const mappingAlert = page.getByRole("alert").filter({ hasText: "Проверьте сопоставление:" });
    await mappingAlert.waitFor();
    expect(plain(await mappingAlert.textContent())).toContain("выберите столбец для поля «Модель»");
    await expectAccessible(page, "the mapping with an error");

    await car.selectOption("model");
    await page.getByRole("button", { name: "Применить и показать проверку" }).click();
    await page.waitForURL(/\/agent\/bulk\/\d+\?checked=1#preview$/);
    await page.getByTestId("preview-summary").filter({ hasText: "Ошибки в 1 из первых строк." }).waitFor();
    expect(await page.getByLabel("Назначение столбца «Марка ТС»").inputValue()).toBe("model");
    const bad = page.getByTestId("preview-row-4");
    expect(plain(await bad.textContent())).toContain("«Возраст»: возраст — целое число от 18 до 99");
    expect(plain(await page.getByTestId("preview-row-2").textContent())).toContain("без ошибок");
    await expectAccessible(page, "the mapping and the preview with an error");
    await screenshot(page, "bulk-preview-desktop");

    await page.getByRole("button", { name: "Рассчитать все строки (5 000)" }).click();
    await page.waitForURL(new RegExp(`${jobPath}$`));
    // The progress bar while it runs (or, on a fast machine, the results at once); it survives a reload.
    const progress = page.getByRole("progressbar", { name: /Рассчитано строк/ });
    const done = page.getByTestId("bulk-done");
    await progress.or(done).first().waitFor();
    if (await progress.isVisible()) {
      await screenshot(page, "bulk-progress-desktop");
      expect(await progress.getAttribute("max")).toBe("5000");
      await expectAccessible(page, "the progress bar");
      await page.reload();
      await progress.or(done).first().waitFor();
    }
    await done.waitFor({ timeout: 60_000 });
    expect(plain(await done.textContent())).toMatch(/^Рассчитано строк: 4 999; с ошибками: 1\./);
    const firstResults = plain(await page.getByTestId("bulk-results").textContent());
    expect(firstResults).toContain("Клиент №1");
    expect(firstResults).toContain("«Возраст»: возраст — целое число от 18 до 99");
    await expectAccessible(page, "the results");
    await screenshot(page, "bulk-results-desktop");

    // The results for Russian Excel: UTF-8 with BOM, semicolons, decimal commas, formula cells escaped.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Скачать CSV для Excel (точка с запятой)" }).click()]);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const table = Papa.parse<string[]>(bytes.subarray(3).toString("utf8"), { delimiter: ";", skipEmptyLines: true }).data;
    expect(table).toHaveLength(ROWS + 1);
    const header = table[0]!;
    expect(header.slice(0, 5)).toEqual(["Строка файла", "Клиент", "Телефон", "Самый дешёвый страховщик", "Самая низкая премия, ₽"]);
    expect(header.at(-1)).toBe("Ошибки");
    expect(header).toContain("Ингосстрах");
    const [, first, second, third] = table;
    expect(first!.slice(0, 2)).toEqual(["2", "Клиент №1"]);
    expect(first![4]).toMatch(/^\d+,\d{2}$/);
    expect(header.slice(5, -1).map((_, i) => first![5 + i])).toContain(first![4]);
    expect(second!.slice(0, 3)).toEqual(["3", "Клиент №2", "'=1+2"]);
    expect(third!.slice(0, 2)).toEqual(["4", "Клиент №3"]);
    expect(third![3]).toBe("");
    expect(third!.at(-1)).toBe("«Возраст»: возраст — целое число от 18 до 99");

    await page.setViewportSize(PHONE);
    await page.reload();
    await done.waitFor();
    await screenshot(page, "bulk-results-phone");
  });

  it("another agent cannot open or download the job; signed out, the job's page asks to sign in", async () => {
    expect(jobPath).toMatch(/^\/agent\/bulk\/\d+$/);
    s = await browser.open(DESKTOP);
    const { page } = s;
    const anonymous = await page.request.get(jobPath, { maxRedirects: 0 });
    expect([anonymous.status(), anonymous.headers().location]).toEqual([307, `/login?next=${encodeURIComponent(jobPath)}`]);
    expect((await page.request.get(`${jobPath}/results.csv`, { maxRedirects: 0 })).status()).toBe(303);

    await logIn(s, "otherAgent");
    const response = await page.goto(jobPath);
    expect(response?.status()).toBe(404);
    expect(await page.getByText("клиенты-ноябрь.csv").count()).toBe(0);
    const csv = await page.request.get(`${jobPath}/results.csv?sep=semicolon`);
    expect(csv.status()).toBe(404);
    expect(await csv.text()).not.toContain("Клиент №1");
    await page.goto("/agent/bulk");
    expect(await page.getByText("клиенты-ноябрь.csv").count()).toBe(0);
    s.problems.splice(0, s.problems.length, ...s.problems.filter((p) => !p.includes("404")));
  });
});
