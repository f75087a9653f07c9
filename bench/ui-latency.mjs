// Measures how long a quote takes to appear after submitting the calculator form, in Debian's
// Chromium against a running production server: BASE_URL=http://127.0.0.1:3000 node bench/ui-latency.mjs
import { chromium } from "playwright-core";

const base = process.env.BASE_URL ?? "http://127.0.0.1:3000";
const runs = Number(process.env.RUNS ?? 20);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, baseURL: base })).newPage();
await page.goto("/?model=mazda-3&year=2026&price=1200000&power=120&region=38&d=30_5_m_y_y");
await page.getByTestId("offer").first().waitFor();
// Timed inside the page: from the form's submit event to the first paint after the new
// premium is in the DOM (the browser automation's own overhead is not counted).
await page.evaluate(() => {
  document.addEventListener("submit", () => { window.__submitAt = performance.now(); }, true);
  new MutationObserver(() => {
    const text = document.querySelector("[data-testid=premium]")?.textContent;
    if (window.__submitAt !== undefined && text !== window.__lastPremium) {
      window.__lastPremium = text;
      const submitted = window.__submitAt;
      window.__submitAt = undefined;
      requestAnimationFrame(() => { window.__latency = performance.now() - submitted; });
    }
  }).observe(document.body, { subtree: true, childList: true, characterData: true });
  window.__lastPremium = document.querySelector("[data-testid=premium]")?.textContent;
});
const times = [];
for (let i = 0; i < runs; i += 1) {
  await page.getByLabel("Стоимость, ₽").fill(String(1_200_000 + (i + 1) * 10_000));
  await page.evaluate(() => { window.__latency = undefined; });
  await page.getByRole("button", { name: "Рассчитать" }).click();
  await page.waitForFunction(() => window.__latency !== undefined);
  times.push(await page.evaluate(() => window.__latency));
}
await browser.close();
times.sort((a, b) => a - b);
const pct = (p) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))].toFixed(0);
console.log(JSON.stringify({ runs, medianMs: Number(pct(50)), p90Ms: Number(pct(90)), minMs: Number(times[0].toFixed(0)), maxMs: Number(times.at(-1).toFixed(0)) }));
