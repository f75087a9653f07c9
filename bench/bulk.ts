/**
 * `npm run bench:bulk`: a generated client list of 5 000 rows (Windows-1251, semicolons, Russian
 * headers, as Russian Excel saves one) quoted end to end as the site does it — read and parsed
 * (papaparse), stored as a job with the suggested mapping, started, every row validated by the
 * request schema and priced at every insurer by the runner (chunks written to the database with the
 * progress), and the results CSV written — on an in-memory embedded database (opened and seeded
 * before the clock starts). Beside it, in the same run, the floor: the same rows' requests, already
 * validated, priced with compareSummary in a loop. Prints JSON; `--rows N` changes the size.
 */
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { catalog } from "@/lib/catalog";
import { todayIso } from "@/lib/clock";
import { createBulkJob, mapBulkJob, readBulkResults } from "@/lib/agent/bulk-jobs.server";
import { runPendingBulkJobs } from "@/lib/agent/bulk-runner.server";
import { validateRow } from "@/lib/bulk/row-request";
import { resultsCsv } from "@/lib/bulk/results-csv";
import { openDatabase } from "@/lib/db/client.server";
import { libraryCacheOf } from "@/lib/db/published-library-cache.server";
import { agencies, agencyMembers, users } from "@/lib/db/schema";
import { DUMMY_HASH } from "@/lib/auth/password.server";
import { compareSummary } from "@/lib/rating";
import { generateRequests } from "@/lib/sample/generate-requests";
import { seedRateBooks } from "@/seeds/seed-database";

const argRows = process.argv.indexOf("--rows");
const ROWS = argRows > 0 ? Number(process.argv[argRows + 1]) : 5000;

/** Windows-1251 for ASCII and Cyrillic (all the generated list uses). */
function encode1251(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    out[i] = c < 0x80 ? c : c >= 0x410 && c <= 0x44f ? c - 0x410 + 0xc0 : c === 0x401 ? 0xa8 : c === 0x451 ? 0xb8 : 0x3f;
  }
  return out;
}

const HEADERS = ["Клиент", "Модель", "Год выпуска", "Стоимость", "Регион", "Возраст водителя 1", "Стаж водителя 1", "Возраст водителя 2", "Стаж водителя 2", "Возраст водителя 3", "Стаж водителя 3", "Мультидрайв", "КБМ", "Франшиза", "Стоянка", "Кредит", "Рассрочка", "Начало полиса"];
const PARKING_RU = { street: "улица", guarded: "охраняемая стоянка", garage: "гараж" } as const;

function clientList(today: string): Uint8Array {
  const requests = generateRequests(catalog, ROWS, 7, today);
  const lines = [HEADERS.join(";")];
  requests.forEach((r, i) => {
    const model = catalog.models.get(r.vehicle.modelId)!;
    const d = (r.drivers ?? []).slice(0, 3);
    const f = r.franchise;
    const franchise = !f || f.type === "none" ? "" : f.type === "percent" ? `${f.percent}%` : String(f.amount).replace(/\B(?=(\d{3})+$)/g, " ");
    const [y, m, day] = today.split("-");
    lines.push(
      [
        `Клиент ${i + 1}`,
        `${model.make} ${model.model}`,
        r.vehicle.year,
        String(r.vehicle.price).replace(/\B(?=(\d{3})+$)/g, " "),
        r.region,
        d[0]?.age ?? "",
        d[0]?.experienceYears ?? "",
        d[1]?.age ?? "",
        d[1]?.experienceYears ?? "",
        d[2]?.age ?? "",
        d[2]?.experienceYears ?? "",
        r.unlimitedDrivers ? "да" : "нет",
        r.bonusMalusClass ?? "3",
        franchise,
        PARKING_RU[r.vehicle.parking ?? "street"],
        r.vehicle.credit ? "да" : "нет",
        r.installments ?? 1,
        `${day}.${m}.${y}`,
      ].join(";"),
    );
  });
  return encode1251(lines.join("\r\n") + "\r\n");
}

const now = new Date();
const today = todayIso(now);
const bytes = clientList(today);

const database = await openDatabase({});
await seedRateBooks(database.db);
const [agency] = await database.db.insert(agencies).values({ slug: "bench", name: "Bench" }).returning();
const [user] = await database.db.insert(users).values({ email: "bench@example.org", name: "Bench", role: "agent", passwordHash: DUMMY_HASH }).returning();
await database.db.insert(agencyMembers).values({ userId: user!.id, agencyId: agency!.id });
const actor = { id: user!.id, email: user!.email, name: user!.name, role: user!.role, disabledAt: null };
const library = await libraryCacheOf(database).get();

const cpu0 = process.cpuUsage();
const t0 = performance.now();
const created = await createBulkJob(database.db, actor, { fileName: "bench.csv", bytes }, now);
if (!created.ok) throw new Error(`upload refused: ${created.message}`);
const tRead = performance.now();
const started = await mapBulkJob(database.db, actor, { jobId: created.job.id, uses: created.job.mapping, start: true }, now);
if (!started.ok) throw new Error(`mapping refused: ${started.message} ${JSON.stringify(started.issues)}`);
await runPendingBulkJobs(database);
const tPriced = performance.now();
const results = await readBulkResults(database.db, created.job.id);
const csv = resultsCsv(results, {
  locale: "ru",
  separator: ";",
  keptHeaders: ["Клиент"],
  insurers: [...library.keys()].map((id) => ({ id, nameRu: id, nameEn: id })),
  texts: { row: "Строка", cheapest: "Дешевле всех", cheapestPremium: "Премия", errors: "Ошибки", declined: (r) => `отказ: ${r}`, issue: (i) => `${i.field}: ${i.message}` },
});
const t1 = performance.now();
const cpu = process.cpuUsage(cpu0);
const invalid = results.filter((r) => r.issues).length;

// The floor, in the same run: the same requests, validated beforehand, priced with compareSummary.
const list = created.job;
const requests = list.rows.flatMap((row) => {
  const v = validateRow(row, list.mapping as never, catalog, today);
  return v.ok ? [v.request] : [];
});
const f0 = performance.now();
let quotes = 0;
for (const request of requests) quotes += compareSummary(request, library, catalog).quotes.length;
const floorSeconds = (performance.now() - f0) / 1000;

await database.close();
const seconds = (t1 - t0) / 1000;
console.log(
  JSON.stringify(
    {
      rows: ROWS,
      fileBytes: bytes.length,
      seconds: Number(seconds.toFixed(2)),
      cpuSeconds: Number(((cpu.user + cpu.system) / 1e6).toFixed(2)),
      readAndStoreSeconds: Number(((tRead - t0) / 1000).toFixed(2)),
      validateAndPriceSeconds: Number(((tPriced - tRead) / 1000).toFixed(2)),
      resultsCsvSeconds: Number(((t1 - tPriced) / 1000).toFixed(2)),
      rowsPerSecond: Math.round(ROWS / seconds),
      invalidRows: invalid,
      csvBytes: Buffer.byteLength(csv),
      floor: { what: "compareSummary over the same validated requests", requests: requests.length, quotes, seconds: Number(floorSeconds.toFixed(2)), perSecond: Math.round(requests.length / floorSeconds) },
      loadAverage: loadavg().map((x) => Number(x.toFixed(1))),
      target: "< 10 s",
      met: seconds < 10,
    },
    null,
    2,
  ),
);
