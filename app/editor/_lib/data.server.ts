// Reads the editor's pages share: names of users and insurers, versions with their states.
import "server-only";
import { asc } from "drizzle-orm";
import { todayIso } from "@/lib/clock";
import type { Db } from "@/lib/db/client.server";
import { listVersions, versionStates, type VersionState } from "@/lib/db/rate-books.server";
import { insurers, users, type RateBookVersion } from "@/lib/db/schema";
import { ruDate } from "@/lib/format/ru-date";
import { STATE_LABEL } from "../_components/format";

export async function userNames(db: Db): Promise<Map<number, string>> {
  const rows = await db.select({ id: users.id, name: users.name }).from(users);
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function insurerNames(db: Db): Promise<Map<string, string>> {
  const rows = await db.select({ id: insurers.id, name: insurers.nameRu }).from(insurers).orderBy(asc(insurers.nameRu));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export interface VersionsView {
  today: string;
  versions: RateBookVersion[];
  states: Map<number, VersionState>;
  /** The edition in force today, by insurer. */
  activeByInsurer: Map<string, RateBookVersion>;
}

export async function versionsView(db: Db, now = new Date()): Promise<VersionsView> {
  const today = todayIso(now);
  const versions = await listVersions(db);
  const states = versionStates(versions, today);
  const activeByInsurer = new Map(versions.filter((v) => states.get(v.id) === "active").map((v) => [v.insurerId, v]));
  return { today, versions, states, activeByInsurer };
}

/** "МАКС · №12 · черновик" / "МАКС · №3 · с 01.01.2019 · действует" — a version in one line. */
export function versionLabel(v: RateBookVersion, state: VersionState | undefined, insurerName?: string): string {
  const date = v.status === "published" && v.effectiveFrom ? `с ${ruDate(v.effectiveFrom)}` : v.effectiveFrom ? `для ${ruDate(v.effectiveFrom)}` : null;
  return [insurerName ?? v.insurerId, `№${v.id}`, date, state ? STATE_LABEL[state] : null].filter(Boolean).join(" · ");
}
