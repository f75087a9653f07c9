/**
 * The editor's route handlers, called as Next calls them: a Request with (or without) the
 * session cookie. They run on the site's database (in tests: an in-memory PGlite per worker).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createSession, SESSION_COOKIE } from "@/lib/auth/sessions.server";
import type { Db } from "@/lib/db/client.server";
import { createDraft, getVersion, listVersions } from "@/lib/db/rate-books.server";
import { getReadyDatabase } from "@/lib/db/ready.server";
import type { User } from "@/lib/db/schema";
import { GET as exportVersion } from "@/app/api/v1/editor/versions/[id]/export/route";
import { POST as importCsv } from "@/app/api/v1/editor/versions/[id]/import-csv/route";
import { POST as importJson } from "@/app/api/v1/editor/import/route";
import { insertUser, rateBookText, snapshot } from "./helpers";

const BASE = "http://localhost/api/v1/editor";
const params = (id: number | string) => ({ params: Promise.resolve({ id: String(id) }) });

let db: Db;
let editor: User;
let token: string;
let draftId: number;
let publishedId: number;

const withCookie = (headers: Record<string, string> = {}, value = token) => ({ ...headers, cookie: `theme=dark; ${SESSION_COOKIE.name}=${value}` });

beforeAll(async () => {
  db = (await getReadyDatabase()).db;
  editor = await insertUser(db, "editor");
  token = (await createSession(db, editor.id, new Date())).token;
  const maks = (await listVersions(db)).find((v) => v.insurerId === "maks" && v.status === "published")!;
  publishedId = maks.id;
  draftId = (await createDraft(db, maks.id, editor.id)).id;
}, 60_000);

describe("GET /api/v1/editor/versions/{id}/export", () => {
  it("401 without a session or with an unknown token", async () => {
    expect((await exportVersion(new Request(`${BASE}/versions/${publishedId}/export?format=json`), params(publishedId))).status).toBe(401);
    const forged = await exportVersion(new Request(`${BASE}/versions/${publishedId}/export`, { headers: withCookie({}, "A".repeat(43)) }), params(publishedId));
    expect(forged.status).toBe(401);
    expect(await forged.json()).toMatchObject({ error: "unauthenticated" });
  });

  it("200 with the rate book as an attachment", async () => {
    const res = await exportVersion(new Request(`${BASE}/versions/${publishedId}/export?format=json`, { headers: withCookie() }), params(publishedId));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="maks-v${publishedId}.json"; filename*=UTF-8''maks-v${publishedId}.json`);
    expect(await res.json()).toMatchObject({ id: "maks-2019-01-01", insurer: { id: "maks" } });
  });

  it("200 with one table as CSV; 404 for an unknown table or version; 400 for an unknown format", async () => {
    const res = await exportVersion(new Request(`${BASE}/versions/${publishedId}/export?format=csv&table=vehicle-age`, { headers: withCookie() }), params(publishedId));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect((await res.text()).replace(/^\uFEFF/, "").split("\r\n")[0]).toBe("vehicle.ageYears,value");
    expect((await exportVersion(new Request(`${BASE}/versions/${publishedId}/export?format=csv&table=nope`, { headers: withCookie() }), params(publishedId))).status).toBe(404);
    expect((await exportVersion(new Request(`${BASE}/versions/999999/export`, { headers: withCookie() }), params(999999))).status).toBe(404);
    expect((await exportVersion(new Request(`${BASE}/versions/${publishedId}/export?format=xml`, { headers: withCookie() }), params(publishedId))).status).toBe(400);
    expect((await exportVersion(new Request(`${BASE}/versions/${publishedId}/export?format=xml`), params(publishedId))).status).toBe(401);
  });
});

describe("POST /api/v1/editor/versions/{id}/import-csv", () => {
  const csv = "vehicle.ageYears,value\n0,1.01\n1,1.02\n≥ 2,1.03\n";
  const post = (headers: Record<string, string>, body: BodyInit, query = "?table=vehicle-age") =>
    importCsv(new Request(`${BASE}/versions/${draftId}/import-csv${query}`, { method: "POST", headers, body }), params(draftId));

  it("401 without a session, and the draft unchanged", async () => {
    const before = await snapshot(db);
    const res = await post({ "content-type": "text/csv" }, csv);
    expect(res.status).toBe(401);
    expect(await snapshot(db)).toBe(before);
  });

  it("403 for a POST from another site's page, even with the cookie", async () => {
    const before = await snapshot(db);
    const res = await post(withCookie({ "content-type": "text/csv", origin: "https://evil.example", host: "localhost" }), csv);
    expect(res.status).toBe(403);
    expect(await snapshot(db)).toBe(before);
  });

  it("400 with every bad cell by row and column, nothing applied", async () => {
    const before = await snapshot(db);
    const res = await post(withCookie({ "content-type": "text/csv" }), "vehicle.ageYears,value\nноль,1\n1,abc\n");
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.issues.map((i: { row: number; column: string }) => [i.row, i.column])).toEqual([
      [2, "vehicle.ageYears"],
      [3, "value"],
    ]);
    expect(await snapshot(db)).toBe(before);
  });

  it("200 for text/csv and for a multipart upload", async () => {
    const res = await post(withCookie({ "content-type": "text/csv; charset=utf-8", origin: "http://localhost", host: "localhost" }), csv);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ rows: 3 });
    const form = new FormData();
    form.set("table", "vehicle-age");
    form.set("file", new File(["vehicle.ageYears;value\n0;1,5\n"], "vehicle-age.csv", { type: "text/csv" }));
    const multipart = await post(withCookie(), form, "");
    expect(multipart.status).toBe(200);
    const rows = ((await getVersion(db, draftId))!.body as { factors: { id: string; rows: unknown[] }[] }).factors.find((t) => t.id === "vehicle-age")!.rows;
    expect(rows).toEqual([{ when: { "vehicle.ageYears": 0 }, value: "1.5" }]);
  });
});

describe("POST /api/v1/editor/import", () => {
  const post = (headers: Record<string, string>, body: BodyInit) => importJson(new Request(`${BASE}/import`, { method: "POST", headers, body }));

  it("401 without a session, and nothing created", async () => {
    const before = await snapshot(db);
    expect((await post({ "content-type": "application/json" }, rateBookText("liberty"))).status).toBe(401);
    expect(await snapshot(db)).toBe(before);
  });

  it("400 with paths for a broken file, and nothing created", async () => {
    const book = JSON.parse(rateBookText("liberty"));
    book.schemaVersion = 2;
    const before = await snapshot(db);
    const res = await post(withCookie({ "content-type": "application/json" }), JSON.stringify(book));
    expect(res.status).toBe(400);
    expect((await res.json()).issues).toContainEqual(expect.objectContaining({ path: "schemaVersion" }));
    expect(await snapshot(db)).toBe(before);
  });

  it("201 with the new draft", async () => {
    const res = await post(withCookie({ "content-type": "application/json" }), rateBookText("liberty"));
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toMatchObject({ insurerId: "liberty", status: "draft", insurerCreated: false });
    expect(await getVersion(db, body.id)).toMatchObject({ status: "draft", createdBy: editor.id });
  });
});
