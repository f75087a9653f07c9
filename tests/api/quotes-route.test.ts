import { beforeAll, describe, expect, it } from "vitest";
import { getReadyDatabase } from "@/lib/db/ready.server";
import { POST } from "@/app/api/v1/quotes/route";
import { MAX_BODY_BYTES } from "@/lib/api/respond-to-quote";

const REFERENCE = {
  policyStart: "2026-12-01",
  region: "38",
  vehicle: { modelId: "hyundai-solaris", year: 2026, price: 624900 },
  drivers: [{ age: 40, experienceYears: 20, sex: "male", married: true, hasChildren: true }],
};

function post(body: string | object, headers: Record<string, string> = {}) {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  return POST(new Request("http://localhost/api/v1/quotes", { method: "POST", body: text, headers: { "content-type": "application/json", ...headers } }));
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
  it("sends JSON with its content type, the body exactly what JSON.stringify writes", async () => {
    for (const body of [REFERENCE, { ...REFERENCE, region: "99" }]) {
      const res = await post(body);
      expect(res.headers.get("content-type")).toBe("application/json");
      const text = await res.text();
      expect(text).toBe(JSON.stringify(JSON.parse(text)));
    }
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
    ["installments of 3", { installments: 3 }, "installments"],
    ["bonus-malus class 14", { bonusMalusClass: "14" }, "bonusMalusClass"],
  ])("rejects %s", async (_name, patch, path) => {
    const issues = await issuesOf(await post({ ...REFERENCE, ...patch }));
    expect(issues.map((i) => i.path)).toContain(path);
  });
});
