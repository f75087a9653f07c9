// Dates, times and labels as the editor shows them (Russian, Moscow time).
import type { VersionState } from "@/lib/db/rate-books.server";

export { ruDate } from "@/lib/format/ru-date";

const DATE_TIME = new Intl.DateTimeFormat("ru-RU", { timeZone: "Europe/Moscow", day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit" });

/** 22.11.2026, 12:05 (Moscow). */
export function formatDateTime(at: Date | null | undefined): string {
  return at ? DATE_TIME.format(at) : "—";
}

export const STATE_LABEL: Record<VersionState, string> = {
  draft: "черновик",
  scheduled: "запланирован",
  active: "действует",
  superseded: "заменён",
  discarded: "отменён",
};

export const ROLE_LABEL: Record<string, string> = { editor: "редактор", admin: "администратор", agent: "агент" };

/** "+3.25 %", "−1.10 %", "0.00 %" from a decimal string. */
export function formatPercent(text: string | null | undefined): string {
  if (text === null || text === undefined) return "—";
  const n = Number(text);
  if (n > 0) return `+${text} %`;
  if (n < 0) return `−${text.replace(/^-/, "")} %`;
  return `${text.replace(/^-/, "")} %`;
}
