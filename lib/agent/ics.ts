// The agent's reminders feed as iCalendar (RFC 5545): one all-day event per policy on the day it
// ends, with a reminder two weeks before. Pure: the stamp time and the host are passed in.
// Lines end in CRLF, text values are escaped (\\ ; , and newlines) and lines longer than 75
// octets are folded (a CRLF and a space), never inside a UTF-8 character.

export interface CalendarPolicy {
  id: number;
  endDate: string;
  clientName: string | null;
  insurerName: string;
  insurerNameEn: string;
  premiumPaid: string;
}

/** A TEXT value escaped as RFC 5545 §3.3.11 says. */
export function escapeIcsText(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r\n|\r|\n/g, "\\n");
}

/** A content line folded at 75 octets (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

const compactDate = (iso: string) => iso.replace(/-/g, "");
const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The feed: a VCALENDAR with one VEVENT per policy; UIDs are stable per policy and host. */
export function renewalsCalendar(rows: CalendarPolicy[], opts: { now: Date; host: string; title: string; summary: (row: CalendarPolicy) => string; description: (row: CalendarPolicy) => string }): string {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//kasko-compare//renewals//RU", "CALSCALE:GREGORIAN", "METHOD:PUBLISH", `X-WR-CALNAME:${escapeIcsText(opts.title)}`];
  for (const row of rows) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:policy-${row.id}@${opts.host}`,
      `DTSTAMP:${stamp(opts.now)}`,
      `DTSTART;VALUE=DATE:${compactDate(row.endDate)}`,
      `DTEND;VALUE=DATE:${compactDate(nextDay(row.endDate))}`,
      `SUMMARY:${escapeIcsText(opts.summary(row))}`,
      `DESCRIPTION:${escapeIcsText(opts.description(row))}`,
      "TRANSP:TRANSPARENT",
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      `DESCRIPTION:${escapeIcsText(opts.summary(row))}`,
      "TRIGGER:-P14D",
      "END:VALARM",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
