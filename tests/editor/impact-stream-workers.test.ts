/**
 * The streamed impact analysis on worker threads started from the bundled worker entry: a bad
 * line deep in a later chunk is reported with the file and its own line number, as in one thread.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { streamImpact } from "@/lib/editor/impact-stream.server";
import { portfolioPath } from "@/lib/editor/load-portfolio.server";
import type { TRateBook } from "@/lib/rating";
import { fixtureLibrary } from "@/tests/helpers/fixture-library";

const sources: TRateBook[] = [...fixtureLibrary().values()].flat().map((b) => b.source);

/** 2 600 portfolio lines (two chunks of 2 000 and 600) with `bad` put in as line `at`. */
function portfolioWith(bad: string, at: number): string {
  const lines = readFileSync(portfolioPath(), "utf8").split("\n").filter((l) => l.trim() !== "").slice(0, 2600);
  lines.splice(at - 1, 0, bad);
  const file = join(mkdtempSync(join(tmpdir(), "kasko-impact-")), "portfolio.jsonl");
  writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
}

describe("streamImpact on worker threads", () => {
  it("rejects a request that fails validation in the second chunk, naming its line", async () => {
    const file = portfolioWith('{"policyStart":"2026-12-01","region":"00"}', 2345);
    await expect(streamImpact({ path: file, current: sources, proposed: sources, insurerId: "maks", workers: 2 })).rejects.toThrow(/portfolio\.jsonl, line 2345: invalid quote request/);
  }, 120_000);

  it("rejects a line that is not JSON, naming its line, with the same message as in one thread", async () => {
    const file = portfolioWith("{not json", 2001);
    const inOneThread = await streamImpact({ path: file, current: sources, proposed: sources, insurerId: "maks", workers: 0 }).catch((e: Error) => e.message);
    expect(inOneThread).toMatch(/portfolio\.jsonl, line 2001: not valid JSON/);
    await expect(streamImpact({ path: file, current: sources, proposed: sources, insurerId: "maks", workers: 2 })).rejects.toThrow(inOneThread as string);
  }, 120_000);
});
