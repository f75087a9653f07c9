/** Today's date (YYYY-MM-DD) in Moscow, the default policy start. The one clock read, at the edge. */
export function todayIso(now: Date = new Date(), timeZone = "Europe/Moscow"): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
