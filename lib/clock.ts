/** Moscow's calendar, made once: creating an Intl.DateTimeFormat costs far more than using one. */
const MOSCOW_DATE = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Moscow", year: "numeric", month: "2-digit", day: "2-digit" });

/** Today's date (YYYY-MM-DD) in Moscow, the default policy start. The one clock read, at the edge. */
export function todayIso(now: Date = new Date(), timeZone = "Europe/Moscow"): string {
  // en-CA formats dates as YYYY-MM-DD.
  const format = timeZone === "Europe/Moscow" ? MOSCOW_DATE : new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
  return format.format(now);
}
