/**
 * Bulk quoting's route handlers, called as Next calls them (a Request with or without the session
 * cookie), on the site's database: the upload (multipart; a bad file back to the page with its
 * problem), the progress, the results CSV (BOM, both separators, the agent's language, formula
 * cells escaped) and the template; anonymous → the sign-in page, another agent → 404, an editor →
 * 403. PGlite, and PostgreSQL when TEST_DATABASE_URL is set.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession, SESSION_COOKIE } from "@/lib/auth/sessions.server";
import { runPendingBulkJobs, bulkRunnerIdle } from "@/lib/agent/bulk-runner.server";
import { mapBulkJob } from "@/lib/agent/bulk-jobs.server";
import type { Database } from "@/lib/db/client.server";
import { closeReadyDatabase, getReadyDatabase } from "@/lib/db/ready.server";
import { agencies } from "@/lib/db/schema";
import { suggestMapping } from "@/lib/bulk/fields";
import { templateHeaders } from "@/lib/bulk/template";
import { POST as upload } from "@/app/agent/bulk/upload/route";
import { GET as status } from "@/app/agent/bulk/[id]/status/route";
import { GET as results } from "@/app/agent/bulk/[id]/results.csv/route";
import { GET as template } from "@/app/agent/bulk/template.csv/route";
import { BACKENDS, freshDatabase } from "../db/test-database";
import { actor, insertAccount } from "./helpers";

const BASE = "http://localhost/agent/bulk";
const fixture = (name: string) => readFileSync(join(__dirname, "..", "bulk", "fixtures", name));
const params = (id: number | string) => ({ params: Promise.resolve({ id: String(id) }) });

for (const backend of BACKENDS) {
  describe(`bulk quoting's routes (${backend})`, () => {
    let database: Database;
    let scratch: Database | undefined;
    const cookies: Record<string, string> = {};
    const users: Record<string, Awaited<ReturnType<typeof insertAccount>>> = {};

    beforeAll(async () => {
      await closeReadyDatabase();
      if (backend === "postgres") {
        scratch = await freshDatabase("postgres");
        process.env.DATABASE_URL = (scratch as Database & { url: string }).url;
      } else delete process.env.DATABASE_URL;
      database = await getReadyDatabase();
      const [a] = await database.db.insert(agencies).values({ slug: `a-${backend}`, name: "Альфа" }).returning();
      const [b] = await database.db.insert(agencies).values({ slug: `b-${backend}`, name: "Бета" }).returning();
      users.owner = await insertAccount(database.db, "agent", "Владелец", { agency: { id: a!.id } });
      users.colleague = await insertAccount(database.db, "agent", "Коллега", { agency: { id: a!.id } });
      users.foreign = await insertAccount(database.db, "agent", "Чужой", { agency: { id: b!.id } });
      users.editor = await insertAccount(database.db, "editor", "Редактор");
      for (const [who, user] of Object.entries(users)) cookies[who] = `${SESSION_COOKIE.name}=${(await createSession(database.db, user.id, new Date())).token}`;
    }, 120_000);
    afterAll(async () => {
      await bulkRunnerIdle(database);
      await closeReadyDatabase();
      delete process.env.DATABASE_URL;
      await scratch?.close();
    });

    const post = (file: Buffer | null, who?: string, name = "клиенты.csv", headers: Record<string, string> = {}) => {
      const form = new FormData();
      if (file) form.set("file", new File([new Uint8Array(file)], name, { type: "text/csv" }));
      return upload(new Request(`${BASE}/upload`, { method: "POST", body: form, headers: { ...(who ? { cookie: cookies[who]! } : {}), ...headers } }));
    };
    const jobIdOf = (response: Response) => Number(/\/agent\/bulk\/(\d+)$/.exec(response.headers.get("location") ?? "")?.[1]);

    it("upload: a list becomes a job (303 to its page); a bad file goes back to the page with its problem; signed out → sign-in; editor 403; another site 403", async () => {
      const ok = await post(fixture("cp1251-comma.csv"), "owner");
      expect(ok.status).toBe(303);
      expect(jobIdOf(ok)).toBeGreaterThan(0);
      const empty = await post(Buffer.from("Модель;Год\n"), "owner");
      expect([empty.status, empty.headers.get("location")]).toEqual([303, "/agent/bulk?problem=empty"]);
      const missing = await post(null, "owner");
      expect(missing.headers.get("location")).toBe("/agent/bulk?problem=no_file");
      const rows = Buffer.from("Модель;Год\n" + "Kia Rio;2024\n".repeat(10_001));
      expect((await post(rows, "owner")).headers.get("location")).toBe("/agent/bulk?problem=too_many_rows&limit=10000&rows=10001");
      const anonymous = await post(fixture("utf8-semicolon.csv"));
      expect([anonymous.status, anonymous.headers.get("location")]).toEqual([303, "/login?next=%2Fagent%2Fbulk"]);
      expect((await post(fixture("utf8-semicolon.csv"), "editor")).status).toBe(403);
      expect((await post(fixture("utf8-semicolon.csv"), "owner", "x.csv", { origin: "https://evil.example" })).status).toBe(403);
    });

    it("status and results: the owner follows the progress and downloads the results; others 404, editors 403, signed out → sign-in", async () => {
      const id = jobIdOf(await post(fixture("utf8-bom-comma.csv"), "owner"));
      const job = await getReadyDatabase().then((d) => d.db.query.bulkJobs.findFirst({ where: (j, { eq }) => eq(j.id, id) }));
      expect((await results(new Request(`${BASE}/${id}/results.csv`, { headers: { cookie: cookies.owner! } }), params(id))).status).toBe(409);
      expect(await mapBulkJob(database.db, actor(users.owner!), { jobId: id, uses: job!.mapping, start: true }, new Date())).toMatchObject({ ok: true });
      await runPendingBulkJobs(database);
      const progress = await status(new Request(`${BASE}/${id}/status`, { headers: { cookie: cookies.owner! } }), params(id));
      expect(await progress.json()).toEqual({ status: "done", rowsDone: 3, rowCount: 3, rowsQuoted: 3, rowsInvalid: 0 });

      for (const [sep, delimiter] of [["semicolon", ";"], ["comma", ","]] as const) {
        const res = await results(new Request(`${BASE}/${id}/results.csv?sep=${sep}`, { headers: { cookie: cookies.owner! } }), params(id));
        expect(res.status).toBe(200);
        expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
        const bytes = new Uint8Array(await res.arrayBuffer());
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const table = Papa.parse<string[]>(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).slice(1), { delimiter, skipEmptyLines: true }).data;
        expect(table[0]!.slice(0, 5)).toEqual(["Строка файла", "Клиент", "Телефон", "Самый дешёвый страховщик", "Самая низкая премия, ₽"]);
        expect(table[0]!.at(-1)).toBe("Ошибки");
        expect(table[2]!.slice(0, 3)).toEqual(["3", "Петрова; Анна, «Ёлка»", `'=HYPERLINK("http://x")`]);
        expect(table[3]![2]).toBe("'-79001234567");
        expect(table[1]![4]).toMatch(delimiter === ";" ? /^\d+,\d{2}$/ : /^\d+\.\d{2}$/);
      }
      const english = await results(new Request(`${BASE}/${id}/results.csv`, { headers: { cookie: `${cookies.owner}; NEXT_LOCALE=en` } }), params(id));
      expect((await english.text()).split("\r\n")[0]).toMatch(/^File row,Клиент,Телефон,Cheapest insurer,"Lowest premium, RUB",.*,Errors$/);

      for (const who of ["colleague", "foreign"]) {
        expect((await status(new Request(`${BASE}/${id}/status`, { headers: { cookie: cookies[who]! } }), params(id))).status).toBe(404);
        expect((await results(new Request(`${BASE}/${id}/results.csv`, { headers: { cookie: cookies[who]! } }), params(id))).status).toBe(404);
      }
      expect((await results(new Request(`${BASE}/${id}/results.csv`, { headers: { cookie: cookies.editor! } }), params(id))).status).toBe(403);
      expect((await status(new Request(`${BASE}/${id}/status`), params(id))).status).toBe(401);
      const anonymous = await results(new Request(`${BASE}/${id}/results.csv`), params(id));
      expect([anonymous.status, anonymous.headers.get("location")]).toEqual([303, `http://localhost/login?next=%2Fagent%2Fbulk%2F${id}`]);
    });

    it("the template's headers are the ones the mapping recognises, in either language", async () => {
      const res = await template(new Request(`${BASE}/template.csv`, { headers: { cookie: cookies.owner! } }));
      const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await res.arrayBuffer());
      expect(text.startsWith("\uFEFFКлиент;Телефон;Модель;")).toBe(true);
      for (const locale of ["ru", "en"] as const) {
        expect(suggestMapping(templateHeaders(locale))).toEqual(["keep", "keep", "model", "year", "price", "region", "driver1Age", "driver1Experience", "driver2Age", "driver2Experience", "franchise", "bonusMalus", "policyStart"]);
      }
      expect((await template(new Request(`${BASE}/template.csv`))).status).toBe(303);
    });
  });
}
