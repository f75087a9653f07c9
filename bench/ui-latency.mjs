// Measures how long a quote takes to appear after submitting the calculator form, in Debian's
// Chromium against a running production server: BASE_URL=http://127.0.0.1:3000 node bench/ui-latency.mjs
// Also reports what the submit fetched (the page's RSC payload: bytes, time to its first byte),
// the page's DOM size, and the server alone: the same navigation requested RUNS times without a
// browser (time to the first offer in the stream and to the end).
import { chromium } from "playwright-core";

const base = process.env.BASE_URL ?? "http://127.0.0.1:3000";
const runs = Number(process.env.RUNS ?? 20);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, baseURL: base })).newPage();
await page.goto("/?model=mazda-3&year=2026&price=1200000&power=120&region=38&d=30_5_m_y_y");
await page.getByTestId("offer").first().waitFor();
const domNodes = await page.evaluate(() => document.getElementsByTagName("*").length);
// The headers the client router sends with a submit, to replay the request without a browser.
let navigationHeaders;
page.on("request", (r) => {
  const h = r.headers();
  if (h.rsc === "1" && !h["next-router-prefetch"] && r.url().includes("price=")) navigationHeaders ??= Object.fromEntries(Object.entries(h).filter(([k]) => k === "rsc" || k.startsWith("next-")));
});
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
      window.__submitted = submitted;
      requestAnimationFrame(() => { window.__latency = performance.now() - submitted; });
    }
  }).observe(document.body, { subtree: true, childList: true, characterData: true });
  window.__lastPremium = document.querySelector("[data-testid=premium]")?.textContent;
});
const times = [];
const fetched = [];
for (let i = 0; i < runs; i += 1) {
  const price = String(1_200_000 + (i + 1) * 10_000);
  await page.getByLabel("Стоимость, ₽").fill(price);
  await page.evaluate(() => { window.__latency = undefined; });
  await page.getByRole("button", { name: "Рассчитать" }).click();
  await page.waitForFunction(() => window.__latency !== undefined);
  times.push(await page.evaluate(() => window.__latency));
  // The submit's own request, once it has ended (the chart may stream in after the paint).
  const entry = await page.waitForFunction((p) => {
    const e = performance.getEntriesByType("resource").find((r) => r.initiatorType === "fetch" && r.name.includes(`price=${p}`));
    return e ? { bytes: e.decodedBodySize, transferred: e.transferSize, firstByte: e.responseStart - window.__submitted } : null;
  }, price);
  fetched.push(await entry.jsonValue());
}
await browser.close();

// The server alone: the same navigation request, RUNS times.
const server = [];
if (navigationHeaders) {
  for (let i = 0; i < runs; i += 1) {
    const url = `${base}/?model=mazda-3&year=2026&price=${1_300_000 + i * 10_000}&power=120&region=38&d=30_5_m_y_y`;
    const t0 = performance.now();
    const res = await fetch(url, { headers: navigationHeaders });
    const decoder = new TextDecoder();
    let text = "";
    let offers;
    for await (const chunk of res.body) {
      text += decoder.decode(chunk, { stream: true });
      if (offers === undefined && /"data-testid":"premium"/.test(text)) offers = performance.now() - t0;
    }
    server.push({ offers: offers ?? performance.now() - t0, end: performance.now() - t0, bytes: Buffer.byteLength(text) });
  }
}

const sorted = (values) => [...values].sort((a, b) => a - b);
const at = (values, p) => sorted(values)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];
const ms = (v) => (v === undefined ? null : Number(v.toFixed(0)));
console.log(
  JSON.stringify({
    runs,
    medianMs: ms(at(times, 50)),
    p90Ms: ms(at(times, 90)),
    minMs: ms(at(times, 0)),
    maxMs: ms(at(times, 100)),
    firstByteMedianMs: ms(at(fetched.map((f) => f.firstByte), 50)),
    payloadBytes: at(fetched.map((f) => f.bytes), 50),
    payloadTransferredBytes: at(fetched.map((f) => f.transferred), 50),
    domNodes,
    serverOffersMedianMs: server.length ? Number(at(server.map((s) => s.offers), 50).toFixed(1)) : null,
    serverEndMedianMs: server.length ? Number(at(server.map((s) => s.end), 50).toFixed(1)) : null,
  }),
);
