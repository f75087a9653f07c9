// The impact of a version on the 3 000-request portfolio, against the edition in force today for
// the same insurer (lib/editor/impact.ts does the pricing). Editor role; reads only.
import { eq } from "drizzle-orm";
import { todayIso } from "@/lib/clock";
import { catalogStamp, loadCatalog } from "@/lib/db/catalog.server";
import type { Db } from "@/lib/db/client.server";
import { getVersion, versionStates } from "@/lib/db/rate-books.server";
import { rateBookVersions, type RateBookVersion } from "@/lib/db/schema";
import { analyzeImpactInSteps, type ImpactReport } from "@/lib/editor/impact";
import { findImpactJob, impactJob, type ImpactJob } from "@/lib/editor/impact-jobs.server";
import { loadPortfolio, portfolioPath } from "@/lib/editor/load-portfolio.server";
import { buildLibrary, loadRateBook } from "@/lib/rating";
import { authorize, type Actor } from "./authorize";
import { fail, succeed, type ActionResult } from "./result";
import { parseId } from "./parse-input";
import { validateRateBook } from "./validate-rate-book";

export interface VersionImpact {
  version: RateBookVersion;
  /** The edition in force today for the insurer (null: none yet, so every quote is new). */
  active: Pick<RateBookVersion, "id" | "effectiveFrom"> | null;
  /** The date every request is priced on (today). */
  pricedOn: string;
  report: ImpactReport;
}

/** Where an analysis that is still running has got to. */
export interface ImpactProgress {
  done: number;
  total: number;
}

/** The edition in force on `today` for `insurerId`, if any. */
export async function activeEdition(db: Db, insurerId: string, today: string): Promise<RateBookVersion | undefined> {
  const versions = await db.select().from(rateBookVersions).where(eq(rateBookVersions.insurerId, insurerId));
  const states = versionStates(versions, today);
  return versions.find((v) => states.get(v.id) === "active");
}

type Started = { version: RateBookVersion; active: RateBookVersion | undefined; today: string; job: ImpactJob };

/** Where the portfolio is read from (the fixed data/portfolio/requests.jsonl unless given). */
export interface ImpactOptions {
  portfolioPath?: string;
}

/** Authorizes, finds the version and the edition in force, and starts (or finds) the analysis. */
async function startImpact(db: Db, user: Actor | null, input: { id: unknown }, now: Date, options: ImpactOptions): Promise<ActionResult<Started>> {
  const denied = authorize(user, "editor");
  if (denied) return denied;
  const id = parseId(input.id);
  const version = id === null ? undefined : await getVersion(db, id);
  if (!version) return fail("not_found", "Такой версии нет.");
  const today = todayIso(now);
  const active = await activeEdition(db, version.insurerId, today);

  // Pricing the portfolio twice takes a moment: the analysis runs once per version, revision,
  // edition in force, catalog, portfolio and day, in steps that leave the server free to answer meanwhile.
  const path = options.portfolioPath ?? portfolioPath();
  const key = `${version.id}:${version.revision}:${version.status}:${active?.id ?? "-"}:${await catalogStamp(db)}:${path}:${today}`;
  // Asked again (the progress bar polls several times a second): the analysis found by its key,
  // without validating the version or reading the catalog again — both are what its key names.
  const running = findImpactJob(db, key);
  if (running) return succeed({ version, active, today, job: running });
  const check = validateRateBook(version.body, `version ${version.id}`);
  if (!check.ok) return fail("invalid", "Версия не проходит проверку тарифа: влияние не посчитать.", check.issues);
  // The site's catalog in the database, as the calculator prices with (removed models kept, so
  // a portfolio request naming one is still priced rather than failing the whole analysis). Read
  // before the job starts, so that a new analysis has priced its first step when this returns.
  const catalog = await loadCatalog(db, { withRemoved: true });
  const job = impactJob(db, key, (onProgress) => {
    // Both editions made effective on the same early date, every request priced on today: the
    // only difference between the two sides is the tariff.
    const from = active?.effectiveFrom ?? today;
    const proposed = loadRateBook({ ...check.book, effectiveFrom: from }, `version ${version.id}`);
    const current = active ? [loadRateBook(active.body, `version ${active.id}`)] : [];
    const analysis = { requests: loadPortfolio(path, catalog), current: buildLibrary(current), proposed: buildLibrary([proposed]), catalog, insurerId: version.insurerId, policyStart: today, topMovers: 20 };
    return analyzeImpactInSteps(analysis, onProgress, () => new Promise((resolve) => setImmediate(resolve)));
  });
  return succeed({ version, active, today, job });
}

function done(started: Started): ActionResult<VersionImpact> {
  const { version, active, today, job } = started;
  if (job.failed !== undefined || !job.report) return fail("invalid", `Влияние не посчитано: ${job.failed ?? "нет отчёта"}.`);
  return succeed({ version, active: active ? { id: active.id, effectiveFrom: active.effectiveFrom } : null, pricedOn: today, report: job.report });
}

/** The impact of a version on the portfolio, once the analysis is done. */
export async function versionImpact(db: Db, user: Actor | null, input: { id: unknown }, now: Date, options: ImpactOptions = {}): Promise<ActionResult<VersionImpact>> {
  const started = await startImpact(db, user, input, now, options);
  if (!started.ok) return started;
  await started.job.finished;
  return done(started);
}

/**
 * The impact of a version if the analysis finishes within `waitMs`; otherwise how far it has got
 * (the page shows a progress bar and asks again), the analysis going on meanwhile.
 */
export async function versionImpactOrProgress(db: Db, user: Actor | null, input: { id: unknown }, now: Date, waitMs: number, options: ImpactOptions = {}): Promise<ActionResult<VersionImpact | { version: RateBookVersion; progress: ImpactProgress }>> {
  const started = await startImpact(db, user, input, now, options);
  if (!started.ok) return started;
  const { job } = started;
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([job.finished, new Promise<void>((resolve) => (timer = setTimeout(resolve, waitMs)))]);
  clearTimeout(timer);
  if (job.report || job.failed !== undefined) return done(started);
  return succeed({ version: started.version, progress: { done: job.done, total: job.total } });
}
