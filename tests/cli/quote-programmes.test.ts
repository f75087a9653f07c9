import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// The real command (tsx, as quote-cli.test.ts runs it), with format 2's request fields.
function quote(args: string[], input: string) {
  const res = spawnSync(join(process.cwd(), "node_modules/.bin/tsx"), ["lib/cli/quote.ts", ...args], { input, encoding: "utf8", timeout: 60_000 });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

const REQUEST = {
  policyStart: "2027-07-15",
  region: "77",
  vehicle: { modelId: "hyundai-solaris", year: 2026, price: 1500000 },
  drivers: [{ age: 40, experienceYears: 20 }],
  addOns: ["gap"],
  policyTermMonths: 6,
};

describe("npm run quote with programmes and add-ons", () => {
  it("a batch in summary form answers the add-ons and the programme per quote; a bad line exits 2 with its field", () => {
    const lines = [JSON.stringify(REQUEST), JSON.stringify({ ...REQUEST, policyTermMonths: 13, addOns: [{ id: "dsago", sumInsured: "a lot" }] })].join("\n");
    const { code, stdout } = quote(["--batch", "--detail", "summary", "--lang", "en", "--workers", "0"], lines);
    expect(code).toBe(2);
    const [good, bad] = stdout.trim().split("\n").map((l) => JSON.parse(l));
    const ingo = good.quotes.find((q: { insurerId: string }) => q.insurerId === "ingosstrakh");
    expect(ingo).toMatchObject({ programme: { id: "full", name: "Full cover" }, policyTermMonths: 6, addOns: [{ id: "gap", name: "GAP" }] });
    expect(good.declined.find((d: { insurerId: string }) => d.insurerId === "maks").codes).toEqual(expect.arrayContaining(["add_on_not_offered", "policy_term_not_offered"]));
    expect(bad).toMatchObject({ line: 2, error: "invalid_request" });
    expect(bad.issues.map((i: { path: string }) => i.path)).toEqual(expect.arrayContaining(["policyTermMonths", "addOns.0.sumInsured"]));
  });
});
