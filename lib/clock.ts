/** Moscow's calendar, made once: creating an Intl.DateTimeFormat costs far more than using one. */
const MOSCOW_DATE = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Moscow", year: "numeric", month: "2-digit", day: "2-digit" });

/** Today's date (YYYY-MM-DD) in Moscow, the default policy start. The one clock read, at the edge. */
export function todayIso(now: Date = new Date(), timeZone = "Europe/Moscow"): string {
  // en-CA formats dates as YYYY-MM-DD.
  if (timeZone !== "Europe/Moscow") return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  // A page reads the date several times: within one minute it is the same (time zones are offset
  // by whole minutes, so a day never starts inside a minute), so the last minute's date is kept.
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute !== lastMinute) {
    lastDate = MOSCOW_DATE.format(now);
    lastMinute = minute;
  }
  return lastDate;
}

let lastMinute = Number.NaN;
let lastDate = "";
