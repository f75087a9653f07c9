/**
 * A calculation link is bounded: the form reads at most one driver more than a request may name
 * (so the page can still say "at most 5"), at most 64 characters per value, and only its own
 * parameters — a 13 KB link once produced 2.9 MB of HTML.
 */
import { describe, expect, it } from "vitest";
import { decodeForm, formQuery, MAX_PARAM_LENGTH, MAX_URL_DRIVERS } from "@/lib/form/url-codec";
import { REQUEST_LIMITS } from "@/lib/rating/options";

describe("calculation links are bounded", () => {
  const drivers = Array.from({ length: 400 }, (_, i) => `${30 + (i % 40)}_5_m_y_y`);

  it("reads at most one driver more than allowed", () => {
    expect(MAX_URL_DRIVERS).toBe(REQUEST_LIMITS.maxNamedDrivers + 1);
    expect(decodeForm({ model: "mazda-3", d: drivers }).drivers).toHaveLength(MAX_URL_DRIVERS);
  });

  it("cuts every value to 64 characters", () => {
    const form = decodeForm({ model: "m".repeat(10_000), price: "9".repeat(10_000), d: ["1".repeat(10_000)] });
    expect(form.model).toHaveLength(MAX_PARAM_LENGTH);
    expect(form.price).toHaveLength(MAX_PARAM_LENGTH);
    expect(form.drivers[0]!.age.length).toBeLessThanOrEqual(MAX_PARAM_LENGTH);
  });

  it("echoes only the form's own parameters, bounded", () => {
    const query = formQuery({ model: "mazda-3", year: "2026", junk: "j".repeat(10_000), d: drivers, region: ["38", "77"] });
    const parsed = new URLSearchParams(query);
    expect(parsed.has("junk")).toBe(false);
    expect(parsed.getAll("d")).toHaveLength(MAX_URL_DRIVERS);
    expect(parsed.getAll("region")).toEqual(["38"]);
    expect(query.length).toBeLessThan(1024);
  });
});
