import { beforeAll, describe, expect, it } from "vitest";
import { getReadyDatabase } from "@/lib/db/ready.server";
import { POST } from "@/app/api/v1/quotes/route";
import { MAX_BODY_BYTES } from "@/lib/api/respond-to-quote";
import { getPricingContext } from "@/lib/server/pricing-context.server";
import { compareQuotes, compareSummary, parseQuoteRequest } from "@/lib/rating";
import { summaryFields } from "@/tests/helpers/pricing";

const REFERENCE = {
  policyStart: "2026-12-01",
  region: "38",
  vehicle: { modelId: "hyundai-solaris", year: 2026, price: 624900 },
  drivers: [{ age: 40, experienceYears: 20, sex: "male", married: true, hasChildren: true }],
};

function post(body: string | object, headers: Record<string, string> = {}, query = "") {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  return POST(new Request(`http://localhost/api/v1/quotes${query}`, { method: "POST", body: text, headers: { "content-type": "application/json", ...headers } }));
}

/** The library's own answer to `body` in the route's pricing context (or the validation error). */
async function libraryAnswer(body: object, detail: "full" | "summary") {
  const ctx = await getPricingContext();
  const parsed = parseQuoteRequest(body, ctx.catalog, ctx.today);
  if (!parsed.ok) return parsed.error;
  return detail === "full" ? compareQuotes(parsed.request, ctx.library, ctx.catalog) : compareSummary(parsed.request, ctx.library, ctx.catalog);
}

async function issuesOf(res: Response) {
  expect(res.status).toBe(400);
  const body = (await res.json()) as { error: string; issues: { path: string; message: string }[] };
  expect(body.error).toBe("invalid_request");
  return body.issues;
}

// The route prices with the published editions in the (in-memory, per worker) database,
// created and seeded from data/ on first use.
beforeAll(() => getReadyDatabase(), 60_000);

describe("POST /api/v1/quotes", () => {
  it("sends JSON with its content type, the body exactly what JSON.stringify writes of the library's comparison", async () => {
    for (const body of [REFERENCE, { ...REFERENCE, region: "99" }, { ...REFERENCE, vehicle: { ...REFERENCE.vehicle, year: 2017 } }]) {
      const res = await post(body);
      expect(res.headers.get("content-type")).toBe("application/json");
      const text = await res.text();
      expect(text).toBe(JSON.stringify(await libraryAnswer(body, "full")));
    }
  });

  it("answers ?detail=summary with the full answer's premiums, ranks and editions and decline codes, without worksheets", async () => {
    const body = { ...REFERENCE, vehicle: { ...REFERENCE.vehicle, year: 2017 } };
    const res = await post(body, {}, "?detail=summary");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json");
    const text = await res.text();
    expect(text).toBe(JSON.stringify(await libraryAnswer(body, "summary")));
    const summary = JSON.parse(text);
    const full = await (await post(body)).json();
    expect(summary.quotes.length).toBeGreaterThan(0);
    expect(summary.declined.length).toBeGreaterThan(0);
    expect(summary.quotes).toEqual(full.quotes.map(summaryFields));
    expect(summary.declined).toEqual(full.declined.map(({ reasons, ...rest }: { reasons: { code: string }[] }) => ({ ...rest, codes: reasons.map((r) => r.code) })));
    expect(text).not.toContain('"steps"');
    expect(text.length).toBeLessThan(JSON.stringify(full).length / 10);
  });

  it("answers ?detail=full exactly as without the parameter", async () => {
    const [plain, explicit] = await Promise.all([post(REFERENCE), post(REFERENCE, {}, "?detail=full")]);
    expect(await explicit.text()).toBe(await plain.text());
  });

  it("answers ?lang=en and ?lang=ru with every label in that one language", async () => {
    const request = { ...REFERENCE, vehicle: { ...REFERENCE.vehicle, year: 2017 } };
    const full = await (await post(request)).json();
    for (const lang of ["en", "ru"] as const) {
      const body = await (await post(request, {}, `?lang=${lang}`)).json();
      body.quotes.forEach((q: Record<string, unknown> & { steps: { label: unknown }[] }, i: number) => {
        expect(q.insurerName).toBe(lang === "en" ? full.quotes[i].insurerNameEn : full.quotes[i].insurerName);
        expect(q).not.toHaveProperty("insurerNameEn");
        expect(q.premium).toBe(full.quotes[i].premium);
        expect(q.steps.map((s) => s.label)).toEqual(full.quotes[i].steps.map((s: { label: Record<string, string> }) => s.label[lang]));
      });
      expect(body.declined.flatMap((d: { reasons: { message: unknown }[] }) => d.reasons.map((r) => r.message))).toEqual(
        full.declined.flatMap((d: { reasons: { message: Record<string, string> }[] }) => d.reasons.map((r) => r.message[lang])),
      );
    }
    const summary = await (await post(REFERENCE, {}, "?detail=summary&lang=en")).json();
    const reference = await (await post(REFERENCE)).json();
    expect(summary.quotes[0]).toEqual({
      rank: 1,
      insurerId: "renaissance",
      insurerName: reference.quotes[0].insurerNameEn,
      premium: "27370.62",
      components: { damage: "21871.50", theft: "5499.12" },
      installments: 1,
      installmentAmount: "27370.62",
      installmentSchedule: ["27370.62"],
      rateBook: { id: "renaissance-2019-01-01", effectiveFrom: "2019-01-01" },
    });
  });

  it.each([
    ["?detail=brief", [{ path: "query.detail", message: 'must be "full" or "summary"' }]],
    ["?detail=", [{ path: "query.detail", message: 'must be "full" or "summary"' }]],
    ["?lang=de", [{ path: "query.lang", message: 'must be "ru" or "en"' }]],
    ["?detail=summary&detail=full", [{ path: "query.detail", message: "must be given at most once" }]],
    ["?detail=all&lang=fr", [{ path: "query.detail", message: 'must be "full" or "summary"' }, { path: "query.lang", message: 'must be "ru" or "en"' }]],
  ])("refuses the query %s with a field-level 400", async (query, issues) => {
    expect(await issuesOf(await post(REFERENCE, {}, query))).toEqual(issues);
  });

  it("answers the reference request with ranked quotes, money as strings", async () => {
    const res = await post(REFERENCE);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.policyStart).toBe("2026-12-01");
    expect(body.currency).toBe("RUB");
    expect(body.quotes.map((q: { insurerId: string; premium: string }) => [q.insurerId, q.premium])).toEqual([
      ["renaissance", "27370.62"],
      ["liberty", "52179.15"],
      ["ingosstrakh", "55616.00"],
      ["rosgosstrakh", "58178.19"],
      ["maks", "58303.17"],
      ["surgutneftegaz", "122480.40"],
    ]);
    const first = body.quotes[0];
    expect(first).toMatchObject({ rank: 1, insurerName: "Ренессанс Страхование", installmentAmount: "27370.62", rateBook: { id: "renaissance-2019-01-01", effectiveFrom: "2019-01-01" } });
    expect(first.components).toEqual({ damage: "21871.50", theft: "5499.12" });
    expect(first.steps.at(-1)).toMatchObject({ component: "total", factor: "rounding", total: "27370.62" });
    expect(body.declined).toEqual([]);
  });

  it("uses today (Moscow) when policyStart is omitted", async () => {
    const { policyStart: _omit, ...rest } = REFERENCE;
    void _omit;
    const body = await (await post(rest)).json();
    expect(body.policyStart).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("lists declined insurers with coded reasons", async () => {
    const body = await (await post({ ...REFERENCE, vehicle: { ...REFERENCE.vehicle, year: 2017 } })).json();
    const declined = Object.fromEntries(body.declined.map((d: { insurerId: string; reasons: { code: string }[] }) => [d.insurerId, d.reasons.map((r) => r.code)]));
    expect(declined.liberty).toContain("vehicle_too_old");
    expect(declined.surgutneftegaz).toContain("vehicle_too_old");
    expect(declined.maks).toContain("wear-deduction-required");
  });

  it.each([
    ["malformed JSON", "{bad", ""],
    ["an empty body", "", ""],
    ["a JSON array", "[]", ""],
  ])("rejects %s with 400", async (_name, body, path) => {
    const issues = await issuesOf(await post(body));
    expect(issues[0]?.path).toBe(path);
  });

  it("rejects an oversize body without reading it all", async () => {
    const issues = await issuesOf(await post(" ".repeat(MAX_BODY_BYTES + 1)));
    expect(issues[0]?.message).toMatch(/larger than/);
  });

  it("names every bad field at once", async () => {
    const issues = await issuesOf(
      await post({
        region: "99",
        vehicle: { modelId: "lada-kalina-sport", year: 2026, price: -5, colour: "red" },
        drivers: [{ age: 40, experienceYears: 20 }],
        franchize: { type: "none" },
        coverage: "everything",
      }),
    );
    const paths = issues.map((i) => i.path).sort();
    expect(paths).toEqual(["coverage", "franchize", "region", "vehicle.colour", "vehicle.modelId", "vehicle.price"]);
    expect(issues.find((i) => i.path === "franchize")?.message).toBe("unknown field");
  });

  it.each([
    ["experience longer than age allows", { drivers: [{ age: 20, experienceYears: 5 }] }, "drivers.0.experienceYears"],
    ["a vehicle year after the policy year + 1", { vehicle: { ...REFERENCE.vehicle, year: 2028 } }, "vehicle.year"],
    ["an absurd price", { vehicle: { ...REFERENCE.vehicle, price: 5e9 } }, "vehicle.price"],
    ["a price with three decimals", { vehicle: { ...REFERENCE.vehicle, price: "624900.123" } }, "vehicle.price"],
    ["too many named drivers", { drivers: Array.from({ length: 10 }, () => ({ age: 40, experienceYears: 20 })) }, "drivers"],
    ["a string where a number belongs", { drivers: [{ age: "forty", experienceYears: 20 }] }, "drivers.0.age"],
    ["an unknown franchise type", { franchise: { type: "half" } }, "franchise.type"],
    ["no drivers and not unlimited", { drivers: [] }, "drivers"],
    ["installments of 13", { installments: 13 }, "installments"],
    ["bonus-malus class 14", { bonusMalusClass: "14" }, "bonusMalusClass"],
  ])("rejects %s", async (_name, patch, path) => {
    const issues = await issuesOf(await post({ ...REFERENCE, ...patch }));
    expect(issues.map((i) => i.path)).toContain(path);
  });
});
