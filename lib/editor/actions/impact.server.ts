// The impact of a version on the 3 000-request portfolio, against the edition in force today for
// the same insurer (lib/editor/impact.ts does the pricing). Editor role; reads only.
import { eq } from "drizzle-orm";
import { catalog } from "@/lib/catalog";
import { todayIso } from "@/lib/clock";
import type { Db } from "@/lib/db/client.server";
import { getVersion, versionStates } from "@/lib/db/rate-books.server";
import { rateBookVersions, type RateBookVersion } from "@/lib/db/schema";
import { analyzeImpact, type ImpactReport } from "@/lib/editor/impact";
import { loadPortfolio } from "@/lib/editor/load-portfolio.server";
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

// Pricing 3 000 requests twice takes a moment: keep the last few reports (a saved draft has a new revision).
const cache = new Map<string, ImpactReport>();
const CACHE_SIZE = 16;

/** The edition in force on `today` for `insurerId`, if any. */
export async function activeEdition(db: Db, insurerId: string, today: string): Promise<RateBookVersion | undefined> {
  const versions = await db.select().from(rateBookVersions).where(eq(rateBookVersions.insurerId, insurerId));
  const states = versionStates(versions, today);
  return versions.find((v) => states.get(v.id) === "active");
}

export async function versionImpact(db: Db, user: Actor | null, input: { id: unknown }, now: Date): Promise<ActionResult<VersionImpact>> {
  const denied = authorize(user, "editor");
  if (denied) return denied;
  const id = parseId(input.id);
  const version = id === null ? undefined : await getVersion(db, id);
  if (!version) return fail("not_found", "Такой версии нет.");
  const today = todayIso(now);
  const active = await activeEdition(db, version.insurerId, today);
  const check = validateRateBook(version.body, `version ${version.id}`);
  if (!check.ok) return fail("invalid", "Версия не проходит проверку тарифа: влияние не посчитать.", check.issues);

  const key = `${version.id}:${version.revision}:${version.status}:${active?.id ?? "-"}:${today}`;
  let report = cache.get(key);
  if (!report) {
    // Both editions made effective on the same early date, every request priced on today: the
    // only difference between the two sides is the tariff.
    const from = active?.effectiveFrom ?? today;
    const proposed = loadRateBook({ ...check.book, effectiveFrom: from }, `version ${version.id}`);
    const current = active ? [loadRateBook(active.body, `version ${active.id}`)] : [];
    report = analyzeImpact({
      requests: loadPortfolio(),
      current: buildLibrary(current),
      proposed: buildLibrary([proposed]),
      catalog,
      insurerId: version.insurerId,
      policyStart: today,
      topMovers: 20,
    });
    cache.set(key, report);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  return succeed({ version, active: active ? { id: active.id, effectiveFrom: active.effectiveFrom } : null, pricedOn: today, report });
}
