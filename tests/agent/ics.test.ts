import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { escapeIcsText, foldLine, renewalsCalendar, type CalendarPolicy } from "@/lib/agent/ics";

const ROW: CalendarPolicy = { id: 7, endDate: "2026-12-31", clientName: "Иванов, Иван; \\ «VIP»\nзвонить после 18", insurerName: "Ингосстрах", insurerNameEn: "Ingosstrakh", premiumPaid: "45000.00" };
const NOW = new Date("2026-11-22T09:05:07.123Z");

function calendar(rows: CalendarPolicy[]) {
  return renewalsCalendar(rows, { now: NOW, host: "kasko.example", title: "КАСКО", summary: (r) => `Пролонгация: ${r.clientName}`, description: (r) => `Полис №${r.id}, ${r.insurerName}, премия ${r.premiumPaid} ₽ — пересчитайте у всех страховщиков до окончания`.repeat(2) });
}

/** Unfolded content lines. */
const unfold = (ics: string) => ics.replace(/\r\n /g, "").split("\r\n");

describe("renewals calendar (RFC 5545)", () => {
  it("has CRLF line ends only, a UID and DTSTAMP per event, an all-day event on the end date", () => {
    const ics = calendar([ROW]);
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const lines = unfold(ics);
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(lines).toContain("VERSION:2.0");
    expect(lines).toContain("UID:policy-7@kasko.example");
    expect(lines).toContain("DTSTAMP:20261122T090507Z");
    expect(lines).toContain("DTSTART;VALUE=DATE:20261231");
    expect(lines).toContain("DTEND;VALUE=DATE:20270101");
    expect(lines).toContain("TRIGGER:-P14D");
    expect(lines.at(-2)).toBe("END:VCALENDAR");
  });

  it("escapes text values", () => {
    expect(escapeIcsText("a,b;c\\d\ne")).toBe("a\\,b\\;c\\\\d\\ne");
    expect(unfold(calendar([ROW]))).toContain("SUMMARY:Пролонгация: Иванов\\, Иван\\; \\\\ «VIP»\\nзвонить после 18");
  });

  it("folds lines at 75 octets without splitting a character, and unfolding gives the line back (property)", () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (text) => {
        const line = `DESCRIPTION:${escapeIcsText(text)}`;
        const folded = foldLine(line);
        for (const part of folded.split("\r\n")) expect(encoder.encode(part).length).toBeLessThanOrEqual(75);
        expect(folded.replace(/\r\n /g, "")).toBe(line);
      }),
    );
  });

  it("an empty book is a valid empty calendar", () => {
    expect(unfold(calendar([]))).toEqual(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//kasko-compare//renewals//RU", "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:КАСКО", "END:VCALENDAR", ""]);
  });
});
