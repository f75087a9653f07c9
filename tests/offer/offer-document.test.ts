import { readFileSync } from "node:fs";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { catalog } from "@/lib/catalog";
import { applyAgentDiscount } from "@/lib/offer/discount";
import { buildOfferDocument, chooseOffers, type OfferSource, type OfferTranslate } from "@/lib/offer/document";
import { renderOfferPdf } from "@/lib/offer/pdf.server";
import type { TQuoteRequest } from "@/lib/rating";
import { parseQuoteRequest } from "@/lib/rating";
import { priceRaw, quoteOf, referenceRequest, TODAY } from "../helpers/pricing";
import { parsePdf } from "./pdf-text";

const MESSAGES = { ru: JSON.parse(readFileSync("messages/ru.json", "utf8")), en: JSON.parse(readFileSync("messages/en.json", "utf8")) };
const translator = (locale: "ru" | "en") => createTranslator({ locale, messages: MESSAGES[locale], timeZone: "Europe/Moscow" }) as unknown as OfferTranslate;

const raw = referenceRequest("mazda-3", { installments: 2, drivers: [{ age: 30, experienceYears: 5 }, { age: 45, experienceYears: 20 }], franchise: { type: "fromSecondClaim", amount: 30000 } });
const parsed = parseQuoteRequest(raw, catalog, TODAY);
if (!parsed.ok) throw new Error("test setup: the request does not parse");
const request: TQuoteRequest = parsed.request;
const response = priceRaw(raw);
const chosen = response.quotes.slice(0, 3).map((q) => q.insurerId);

function source(locale: "ru" | "en", over: Partial<OfferSource> = {}): OfferSource {
  const first = quoteOf(response, chosen[0]!);
  const applied = applyAgentDiscount({ premium: first.premium, installments: first.installments, agentDiscount: { maxPercent: "10" }, commissionPercent: "15" }, { kind: "rubles", value: "1000" });
  if (!applied.ok) throw new Error("test setup: discount refused");
  return {
    request,
    response,
    insurerIds: chosen,
    prices: { [first.insurerId]: applied.applied },
    contacts: { agencyName: "Агентство «Надёжный полис»", agencyPhone: "+7 495 000-00-00", agencyEmail: "office@polis.example", agencyAddress: "Москва, ул. Примерная, 1", agentName: "Ирина Смирнова", agentPhone: "+7 900 000-00-01", agentEmail: "irina@polis.example" },
    clientName: "Пётр Иванов",
    preparedOn: "2026-12-01",
    validUntil: "2026-12-15",
    demonstration: true,
    locale,
    ...over,
  };
}

describe("choosing the offers", () => {
  it("takes 1–5 distinct priced offers and names what is wrong otherwise", () => {
    expect(chooseOffers(response, chosen)).toMatchObject({ ok: true });
    expect(chooseOffers(response, [])).toEqual({ ok: false, error: "no_offers" });
    expect(chooseOffers(response, ["a", "b", "c", "d", "e", "f"])).toEqual({ ok: false, error: "too_many_offers" });
    expect(chooseOffers(response, [chosen[0]!, chosen[0]!])).toEqual({ ok: false, error: "duplicate_offer" });
    expect(chooseOffers(response, ["no-such-insurer"])).toEqual({ ok: false, error: "unknown_offer" });
  });
});

describe("the offer document", () => {
  it("puts the chosen offers side by side with the discount on its own line, in Russian", () => {
    const doc = buildOfferDocument(source("ru"), catalog, translator("ru"));
    expect(doc.title).toBe("Коммерческое предложение по КАСКО");
    expect(doc.subtitle).toBe("для Пётр Иванов");
    expect(doc.insurers).toEqual(chosen.map((id) => quoteOf(response, id).insurerName));
    const labels = doc.rows.map((r) => r.label);
    expect(labels).toEqual([
      "Страховая сумма",
      "Вид страховой суммы",
      "Риски",
      "Франшиза",
      "Ремонт",
      "Выплата",
      "Допущенные водители",
      "Оплата",
      "График платежей",
      "Премия по тарифу",
      "Скидка агента за счёт комиссионного вознаграждения",
      "Итого к оплате",
      "Тариф страховщика от",
    ]);
    const row = (label: string) => doc.rows.find((r) => r.label === label)!.values;
    expect(row("Франшиза")[0]!.replace(/\s/gu, " ")).toBe("франшиза 30 000 ₽ со 2-го случая");
    expect(row("Скидка агента за счёт комиссионного вознаграждения").map((v) => v.replace(/\s/gu, " "))).toEqual(["−1 000,00 ₽", "—", "—"]);
    const first = quoteOf(response, chosen[0]!);
    const after = (Number(first.premium) - 1000).toFixed(2).replace(".", ",");
    expect(row("Итого к оплате")[0]!.replace(/\s/g, "")).toBe(`${after}₽`.replace(/\s/g, ""));
    expect(row("График платежей")[0]).toMatch(/^1-й платёж: .+\n2-й платёж: .+$/u);
    expect(doc.drivers.lines).toEqual(["Водитель 1: 30 лет, стаж 5 лет", "Водитель 2: 45 лет, стаж 20 лет", "Класс бонус-малус: 3"]);
    expect(doc.validity[0]).toBe("Предложение действительно до 15 декабря 2026 г. включительно.");
    expect(doc.demoNotice).toMatch(/^Демонстрационные тарифы\./u);
  });

  it("in English, and without the discount lines when no discount was given", () => {
    const doc = buildOfferDocument(source("en", { prices: {} }), catalog, translator("en"));
    expect(doc.title).toBe("KASKO insurance offer");
    expect(doc.insurers).toEqual(chosen.map((id) => quoteOf(response, id).insurerNameEn));
    expect(doc.rows.map((r) => r.label)).not.toContain("Agent's discount out of the agent's commission");
    expect(doc.rows.find((r) => r.label === "Total to pay")!.values[0]).toBe(`₽${Number(quoteOf(response, chosen[0]!).premium).toLocaleString("en-GB", { minimumFractionDigits: 2 })}`);
  });

  it("never carries commission figures", () => {
    const s = source("ru");
    const first = quoteOf(response, chosen[0]!);
    const applied = applyAgentDiscount({ premium: first.premium, installments: first.installments, agentDiscount: { maxPercent: "10" }, commissionPercent: "15" }, { kind: "rubles", value: "1000" });
    if (!applied.ok) throw new Error("setup");
    const text = JSON.stringify(buildOfferDocument(s, catalog, translator("ru")));
    for (const amount of [applied.applied.commissionBefore, applied.applied.commissionAfter]) {
      const [int, frac] = amount.split(".");
      expect(text).not.toContain(`${Number(int).toLocaleString("ru-RU")},${frac}`);
      expect(text).not.toContain(amount);
    }
    expect(text).not.toMatch(/комисси[ия] \d|commission \d/iu);
  });
});

describe("the offer as a PDF", () => {
  it("is an A4 PDF whose selectable text holds the client, the insurers and the premiums, with page numbers and the font embedded", async () => {
    const doc = buildOfferDocument(source("ru"), catalog, translator("ru"));
    const bytes = await renderOfferPdf(doc, (n, total) => translator("ru")("Offer.page", { n, total }));
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const pdf = await parsePdf(bytes);
    for (const page of pdf.pages) {
      expect(Math.round(page.width)).toBe(595);
      expect(Math.round(page.height)).toBe(842);
    }
    const flat = pdf.text.replace(/\s+/g, " ");
    expect(flat).toContain("Пётр Иванов");
    expect(flat).toContain("Коммерческое предложение по КАСКО");
    expect(flat).toContain("Скидка агента за счёт");
    for (const id of chosen) {
      const q = quoteOf(response, id);
      expect(flat).toContain(q.insurerName);
    }
    const compact = pdf.text.replace(/\s+/g, "");
    for (const value of doc.rows.find((r) => r.label === "Итого к оплате")!.values) expect(compact).toContain(value.replace(/\s+/g, ""));
    expect(flat).toContain(`Страница 1 из ${pdf.pages.length}`);
    expect(flat).not.toMatch(/комиссия|commission:/iu);
    expect(bytes.toString("latin1")).toMatch(/\/FontFile2/);
    expect(bytes.toString("latin1")).toMatch(/DejaVuSans/);
  });

  it("five offers in English still fit the page width and every page is numbered", async () => {
    const five = response.quotes.slice(0, 5).map((q) => q.insurerId);
    const doc = buildOfferDocument(source("en", { insurerIds: five }), catalog, translator("en"));
    const bytes = await renderOfferPdf(doc, (n, total) => translator("en")("Offer.page", { n, total }));
    const pdf = await parsePdf(bytes);
    pdf.pages.forEach((p, i) => expect(p.text).toContain(`Page ${i + 1} of ${pdf.pages.length}`));
    const flat = pdf.text.replace(/\s+/g, " ");
    for (const id of five) expect(flat).toContain(quoteOf(response, id).insurerNameEn);
  });
});
