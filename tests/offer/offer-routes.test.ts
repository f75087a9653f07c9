/**
 * The commercial offer's route handlers, called as Next calls them: the agent's print view and
 * PDF (with or without the session cookie) and the client's link (no session at all).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createSession, SESSION_COOKIE } from "@/lib/auth/sessions.server";
import { createClient } from "@/lib/agent/clients.server";
import { saveCalculation } from "@/lib/agent/calculations.server";
import type { Db } from "@/lib/db/client.server";
import { getReadyDatabase } from "@/lib/db/ready.server";
import { agencies, type User } from "@/lib/db/schema";
import { setCommission } from "@/lib/offer/commission.server";
import { setDiscount } from "@/lib/offer/discounts.server";
import { createOffer, revokeOffer } from "@/lib/offer/offers.server";
import type { ComparisonResponse } from "@/lib/rating";
import { GET as printView } from "@/app/agent/offers/[id]/route";
import { GET as agentPdf } from "@/app/agent/offers/[id]/pdf/route";
import { GET as clientPage } from "@/app/o/[token]/route";
import { GET as clientPdf } from "@/app/o/[token]/pdf/route";
import { actor, insertAccount } from "../db/test-database";
import { parsePdf } from "./pdf-text";

const BASE = "http://localhost";
let db: Db;
let owner: User;
let foreign: User;
let ownerCookie: string;
let foreignCookie: string;
let offerId: number;
let token: string;
const withCookie = (value: string) => ({ headers: { cookie: `${SESSION_COOKIE.name}=${value}` } });
const idParams = (id: number | string) => ({ params: Promise.resolve({ id: String(id) }) });
const tokenParams = (t: string) => ({ params: Promise.resolve({ token: t }) });

beforeAll(async () => {
  db = (await getReadyDatabase()).db;
  const now = new Date();
  const [a] = await db.insert(agencies).values({ slug: `routes-a-${Date.now()}`, name: "Агентство «Маршрут»", phone: "+7 495 111-22-33" }).returning();
  const [b] = await db.insert(agencies).values({ slug: `routes-b-${Date.now()}`, name: "Другое агентство" }).returning();
  owner = await insertAccount(db, "agent", "Ольга Агентова", { agency: { id: a!.id } });
  foreign = await insertAccount(db, "agent", "Чужой агент", { agency: { id: b!.id } });
  const admin = await insertAccount(db, "admin", "Админ");
  ownerCookie = (await createSession(db, owner.id, now)).token;
  foreignCookie = (await createSession(db, foreign.id, now)).token;
  await setCommission(db, actor(admin), { agencyId: a!.id, insurerId: "renaissance", percent: "15", effectiveFrom: "2019-01-01" }, now);
  const created = await createClient(db, actor(owner), { name: "Семён Маршрутов", phone: "+7 900 765-43-21", consentProcessing: "on" }, { now, ip: "203.0.113.9" });
  if (!created.ok) throw new Error(created.message);
  const saved = await saveCalculation(db, actor(owner), { clientId: created.client.id, query: "model=kia-rio&year=2025&price=1500000&region=77&d=35_12_f_y_n" }, now);
  if (!saved.ok) throw new Error(saved.message);
  const response = saved.calculation.response as ComparisonResponse;
  const discount = await setDiscount(db, actor(owner), { calculationId: saved.calculation.id, insurerId: "renaissance", kind: "rubles", value: "750" }, now);
  if (!discount.ok) throw new Error(discount.message);
  const ids = ["renaissance", ...response.quotes.map((q) => q.insurerId).filter((i) => i !== "renaissance").slice(0, 2)];
  const made = await createOffer(db, actor(owner), { calculationId: saved.calculation.id, insurerIds: ids, locale: "ru" }, now);
  if (!made.ok) throw new Error(made.message);
  offerId = made.offer.id;
  token = made.token;
}, 60_000);

describe("the agent's print view and PDF", () => {
  it("ask who is asking: the sign-in page, 404 for another agency, the offer for its agent", async () => {
    const anonymous = await printView(new Request(`${BASE}/agent/offers/${offerId}`), idParams(offerId));
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get("location")).toBe(`${BASE}/login?next=${encodeURIComponent(`/agent/offers/${offerId}`)}`);
    expect((await printView(new Request(`${BASE}/agent/offers/${offerId}`, withCookie(foreignCookie)), idParams(offerId))).status).toBe(404);
    const page = await printView(new Request(`${BASE}/agent/offers/${offerId}`, withCookie(ownerCookie)), idParams(offerId));
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("для Семён Маршрутов");
    expect(html).toContain("Скидка агента за счёт комиссионного вознаграждения");
    expect(html).not.toMatch(/комисси[яи]\s*[\d:]/iu);

    expect((await agentPdf(new Request(`${BASE}/agent/offers/${offerId}/pdf`), idParams(offerId))).status).toBe(401);
    expect((await agentPdf(new Request(`${BASE}/agent/offers/${offerId}/pdf`, withCookie(foreignCookie)), idParams(offerId))).status).toBe(404);
    expect((await agentPdf(new Request(`${BASE}/agent/offers/999999/pdf`, withCookie(ownerCookie)), idParams(999999))).status).toBe(404);
    const pdf = await agentPdf(new Request(`${BASE}/agent/offers/${offerId}/pdf`, withCookie(ownerCookie)), idParams(offerId));
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(pdf.headers.get("content-disposition")).toMatch(/^attachment; filename="kommercheskoe-predlozhenie-kasko-\d{4}-\d{2}-\d{2}\.pdf"$/);
    const text = (await parsePdf(new Uint8Array(await pdf.arrayBuffer()))).text.replace(/\s+/g, " ");
    expect(text).toContain("Семён Маршрутов");
    expect(text).toContain("Ренессанс Страхование");
    expect(text).toContain("Агентство «Маршрут»");
  }, 30_000);
});

describe("the client's link", () => {
  it("shows the offer without a session, never indexed; after revoke 410; an unknown token 404", async () => {
    const page = await clientPage(new Request(`${BASE}/o/${token}`), tokenParams(token));
    expect(page.status).toBe(200);
    expect(page.headers.get("x-robots-tag")).toBe("noindex, nofollow");
    expect(page.headers.get("cache-control")).toBe("no-store");
    expect(page.headers.get("referrer-policy")).toBe("no-referrer");
    const html = await page.text();
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).toContain("Семён Маршрутов");
    expect(html).not.toContain("765-43-21");
    expect(html).not.toMatch(/комисси[яи]\s*[\d:]|Ваша комиссия/iu);
    const pdf = await clientPdf(new Request(`${BASE}/o/${token}/pdf`), tokenParams(token));
    expect(pdf.status).toBe(200);

    const unknown = await clientPage(new Request(`${BASE}/o/${"x".repeat(43)}`), tokenParams("x".repeat(43)));
    expect(unknown.status).toBe(404);

    const revoked = await revokeOffer(db, actor(owner), { offerId }, new Date());
    expect(revoked.ok).toBe(true);
    const gone = await clientPage(new Request(`${BASE}/o/${token}`, { headers: { cookie: "NEXT_LOCALE=en" } }), tokenParams(token));
    expect(gone.status).toBe(410);
    const goneHtml = await gone.text();
    expect(goneHtml).toContain("This offer is no longer available");
    expect(goneHtml).not.toContain("Семён");
    expect((await clientPdf(new Request(`${BASE}/o/${token}/pdf`), tokenParams(token))).status).toBe(410);
  }, 30_000);
});
