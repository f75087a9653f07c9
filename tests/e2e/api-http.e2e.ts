import { describe, expect, it } from "vitest";
import { baseURL } from "./helpers/browser";

// The JSON API over real HTTP against the production server.
const REQUEST = {
  policyStart: "2026-12-01",
  region: "38",
  vehicle: { modelId: "hyundai-solaris", year: 2026, price: 624900 },
  drivers: [{ age: 40, experienceYears: 20, sex: "male", married: true, hasChildren: true }],
};

const post = (body: string) => fetch(`${baseURL()}/api/v1/quotes`, { method: "POST", headers: { "content-type": "application/json" }, body });

describe("POST /api/v1/quotes over HTTP", () => {
  it("prices the reference request", async () => {
    const res = await post(JSON.stringify(REQUEST));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/json");
    const body = await res.json();
    expect(body.quotes[0]).toMatchObject({ rank: 1, insurerId: "renaissance", premium: "27370.62" });
  });

  it("answers malformed JSON, an oversize body and unknown fields with 400 and field issues", async () => {
    const malformed = await post("{");
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).issues[0].path).toBe("");
    const oversize = await post(JSON.stringify({ ...REQUEST, padding: "x".repeat(70_000) }));
    expect(oversize.status).toBe(400);
    const unknown = await post(JSON.stringify({ ...REQUEST, franchize: { type: "none" } }));
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).issues).toEqual([{ path: "franchize", message: "unknown field" }]);
  });

  it("serves the OpenAPI document, the catalog and the regions", async () => {
    for (const path of ["/api/v1/openapi.json", "/api/v1/catalog", "/api/v1/regions"]) {
      const res = await fetch(`${baseURL()}${path}`);
      expect(res.status, path).toBe(200);
    }
  });
});
