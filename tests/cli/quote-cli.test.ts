import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { summaryFields } from "@/tests/helpers/pricing";

// The real command, as a user runs it (tsx, not the npm wrapper, to keep the test quick).
function quote(args: string[], input?: string) {
  const res = spawnSync(join(process.cwd(), "node_modules/.bin/tsx"), ["lib/cli/quote.ts", ...args], { input, encoding: "utf8", timeout: 60_000 });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

const REQUEST = {
  policyStart: "2026-12-01",
  region: "38",
  vehicle: { modelId: "mazda-3", year: 2026, price: 1200000, powerHp: 120 },
  drivers: [{ age: 30, experienceYears: 5, sex: "male", married: true, hasChildren: true }],
};

describe("npm run quote", () => {
  it("prices a request file and prints the same JSON as the API", () => {
    const dir = mkdtempSync(join(tmpdir(), "kasko-cli-"));
    const file = join(dir, "request.json");
    writeFileSync(file, JSON.stringify(REQUEST));
    const { code, stdout } = quote([file]);
    expect(code).toBe(0);
    const body = JSON.parse(stdout);
    const premiums = Object.fromEntries(body.quotes.map((q: { insurerId: string; premium: string }) => [q.insurerId, q.premium]));
    expect(premiums).toMatchObject({ renaissance: "49038.00", ingosstrakh: "117936.00" });
  });

  it("reads the request from stdin and reports bad input on stderr with exit code 2", () => {
    const { code, stdout, stderr } = quote([], JSON.stringify({ ...REQUEST, region: "00" }));
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(JSON.parse(stderr)).toEqual({ error: "invalid_request", issues: [{ path: "region", message: expect.stringMatching(/unknown region/) }] });
  });

  it("answers a batch line by line, bad lines in place with their line numbers", () => {
    const lines = [JSON.stringify(REQUEST), "", "{not json", JSON.stringify({ ...REQUEST, vehicle: { ...REQUEST.vehicle, modelId: "nope" } }), JSON.stringify(REQUEST)];
    const { code, stdout } = quote(["--batch"], lines.join("\n"));
    const out = stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(out).toHaveLength(4);
    expect(out[0].quotes[0].insurerId).toBe("renaissance");
    expect(out[1]).toMatchObject({ line: 3, error: "invalid_request" });
    expect(out[2]).toMatchObject({ line: 4, issues: [{ path: "vehicle.modelId" }] });
    expect(out[3]).toEqual(out[0]);
    expect(code).toBe(2);
  });

  it("exits 2 for a missing file or an unknown option", () => {
    expect(quote(["/nonexistent/request.json"]).code).toBe(2);
    expect(quote(["--frobnicate"]).code).toBe(2);
  });

  it("with --detail summary prints the full answer's premiums, ranks and editions without worksheets; with --lang one language", () => {
    const old = { ...REQUEST, vehicle: { ...REQUEST.vehicle, year: 2017 } };
    const full = JSON.parse(quote([], JSON.stringify(old)).stdout);
    const { code, stdout } = quote(["--detail", "summary", "--lang", "en"], JSON.stringify(old));
    expect(code).toBe(0);
    const summary = JSON.parse(stdout);
    expect(summary.quotes).toEqual(
      full.quotes.map((q: Record<string, unknown>) => {
        const { insurerNameEn, ...fields } = summaryFields(q);
        return { ...fields, insurerName: insurerNameEn };
      }),
    );
    expect(summary.declined.length).toBeGreaterThan(0);
    expect(summary.declined).toEqual(
      full.declined.map((d: { insurerId: string; insurerNameEn: string; rateBook: unknown; reasons: { code: string }[] }) => ({ insurerId: d.insurerId, insurerName: d.insurerNameEn, rateBook: d.rateBook, codes: d.reasons.map((r) => r.code) })),
    );
  }, 60_000);

  it("answers a batch with --detail summary line by line, the same premiums as the full batch", () => {
    const lines = [JSON.stringify(REQUEST), "{not json", JSON.stringify({ ...REQUEST, vehicle: { ...REQUEST.vehicle, year: 2017 } })].join("\n");
    const full = quote(["--batch"], lines).stdout.trim().split("\n").map((l) => JSON.parse(l));
    const { code, stdout } = quote(["--batch", "--detail", "summary"], lines);
    expect(code).toBe(2);
    const out = stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(out).toHaveLength(3);
    expect(out[1]).toEqual(full[1]);
    for (const i of [0, 2]) {
      expect(out[i].quotes).toEqual(full[i].quotes.map(summaryFields));
      expect(out[i].declined.map((d: { codes: string[] }) => d.codes)).toEqual(full[i].declined.map((d: { reasons: { code: string }[] }) => d.reasons.map((r) => r.code)));
    }
  }, 60_000);

  it("refuses a bad --detail or --lang with exit code 2 and the option named", () => {
    for (const [option, value] of [["--detail", "brief"], ["--lang", "de"], ["--detail", undefined]] as const) {
      const { code, stdout, stderr } = quote(value === undefined ? [option] : [option, value], JSON.stringify(REQUEST));
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(JSON.parse(stderr)).toEqual({ error: "invalid_request", issues: [{ path: option, message: expect.stringMatching(/^must be "/) }] });
    }
  }, 60_000);
});
