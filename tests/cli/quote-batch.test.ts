/**
 * The batch quoter priced in worker threads answers exactly as in one thread and as the library
 * does: every line in order, bad lines in place with their numbers, exit code 2 — from a file or
 * from stdin, under tsx and from the bundle `npm run quote` runs.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { respondToQuoteText } from "@/lib/api/respond-to-quote";
import { catalog } from "@/lib/catalog";
import { todayIso } from "@/lib/clock";
import { getDiskLibrary } from "@/lib/rate-books/load-from-disk.server";
import { generateRequests } from "@/lib/sample/generate-requests";

const TIMEOUT = 120_000;

function run(command: string, args: string[], input?: string) {
  const res = spawnSync(command, args, { input, encoding: "utf8", timeout: TIMEOUT, maxBuffer: 1 << 30 });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}
const tsx = (args: string[], input?: string) => run(join(process.cwd(), "node_modules/.bin/tsx"), ["lib/cli/quote.ts", ...args], input);
const launcher = (args: string[], input?: string) => run(process.execPath, ["lib/cli/quote-launcher.mjs", ...args], input);

// 300 lines: five chunks of 64 lines; bad and blank lines in the middle of chunks, CRLF and LF endings.
const requests = generateRequests(catalog, 290, 11).map((r) => JSON.stringify(r));
const lines: string[] = [...requests];
lines.splice(9, 0, "");
lines.splice(100, 0, "{not json");
lines.splice(150, 0, JSON.stringify({ ...JSON.parse(requests[0]!), vehicle: { modelId: "nope", year: 2026, price: 1 } }));
lines.splice(151, 0, "   ");
lines.splice(200, 0, "[]");
lines.splice(250, 0, "x".repeat(70 * 1024));
const BAD_LINES = [101, 151, 201, 251];
const INPUT = lines.map((l, i) => (i % 7 === 0 ? `${l}\r\n` : `${l}\n`)).join("");

/** What the batch must print: the library's answer to each non-blank line, or its numbered error. */
function expectedOutput(): string {
  const ctx = { library: getDiskLibrary(), catalog, today: todayIso() };
  return lines
    .map((line, i) => {
      if (line.trim() === "") return undefined;
      if (Buffer.byteLength(line) > 64 * 1024) return JSON.stringify({ line: i + 1, error: "invalid_request", issues: [{ path: "", message: "the request is larger than 65536 bytes" }] });
      const outcome = respondToQuoteText(line, ctx);
      return outcome.status === 200 ? JSON.stringify(outcome.body) : JSON.stringify({ line: i + 1, ...outcome.body });
    })
    .filter((l) => l !== undefined)
    .map((l) => `${l}\n`)
    .join("");
}

describe("npm run quote -- --batch", () => {
  let file: string;
  let expected: string;
  beforeAll(() => {
    file = join(mkdtempSync(join(tmpdir(), "kasko-batch-")), "requests.jsonl");
    writeFileSync(file, INPUT);
    expected = expectedOutput();
  });

  it("in one thread: every line in order, bad lines in place, exit code 2", () => {
    const { code, stdout, stderr } = tsx(["--batch", "--workers", "0", file]);
    expect(stdout).toBe(expected);
    const out = stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as { line?: number });
    expect(out).toHaveLength(lines.filter((l) => l.trim() !== "").length);
    expect(out.filter((o) => o.line !== undefined).map((o) => o.line)).toEqual(BAD_LINES);
    expect(stderr).toMatch(/4 line\(s\) were invalid/);
    expect(code).toBe(2);
  }, TIMEOUT);

  it("in two worker threads under tsx: the same bytes, from a file and from stdin", () => {
    const fromFile = tsx(["--batch", "--workers", "2", file]);
    expect(fromFile.stdout).toBe(expected);
    expect(fromFile.code).toBe(2);
    const fromStdin = tsx(["--batch", "--workers", "2"], INPUT);
    expect(fromStdin.stdout).toBe(expected);
    expect(fromStdin.code).toBe(2);
  }, TIMEOUT);

  it("from the bundle the npm script runs, in workers and in one thread", () => {
    const inWorkers = launcher(["--batch", "--workers", "2", file]);
    expect(inWorkers.stdout).toBe(expected);
    expect(inWorkers.code).toBe(2);
    const fromStdin = launcher(["--batch"], INPUT);
    expect(fromStdin.stdout).toBe(expected);
    expect(fromStdin.code).toBe(2);
  }, TIMEOUT);

  it("exits 0 when every line is good, and 2 for a bad --workers", () => {
    const good = requests.slice(0, 70).join("\n");
    const { code, stdout } = launcher(["--batch", "--workers", "2"], good);
    expect(code).toBe(0);
    expect(stdout.trimEnd().split("\n")).toHaveLength(70);
    expect(launcher(["--batch", "--workers", "many"]).code).toBe(2);
  }, TIMEOUT);

  it("prints nothing for empty input", () => {
    expect(launcher(["--batch", "--workers", "2"], "")).toMatchObject({ code: 0, stdout: "" });
    expect(launcher(["--batch"], "\n\n")).toMatchObject({ code: 0, stdout: "" });
  }, TIMEOUT);
});
