/**
 * The rate books the batch quoter's main thread validates once and hands to its workers: the same
 * books, checks and errors as the library loaded from data/, and intact after crossing to a thread.
 */
import { cpSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MessageChannel, receiveMessageOnPort } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { catalog } from "@/lib/catalog";
import { buildLibrary, compareSummary, compileRateBook, parseQuoteRequest } from "@/lib/rating";
import { getDiskLibrary, loadRateBooksFromDir, rateBookDir, readRateBooksFromDir } from "@/lib/rate-books/load-from-disk.server";
import { generateRequests } from "@/lib/sample/generate-requests";

function copyOfBooks(): string {
  const dir = join(mkdtempSync(join(tmpdir(), "kasko-books-")), "rate-books");
  cpSync(rateBookDir(), dir, { recursive: true });
  return dir;
}

describe("readRateBooksFromDir", () => {
  it("gives the validated books of data/, in the library's order", () => {
    const disk = [...getDiskLibrary().values()].flat().map((b) => b.source);
    const read = readRateBooksFromDir(rateBookDir());
    expect(read.map((b) => `${b.insurer.id}/${b.effectiveFrom}`).sort()).toEqual(disk.map((b) => `${b.insurer.id}/${b.effectiveFrom}`).sort());
    expect(read).toEqual(loadRateBooksFromDir(rateBookDir()).map((b) => b.source));
  });

  it("handed over as a structured clone, compiles to a library that prices the same", () => {
    const { port1, port2 } = new MessageChannel();
    port1.postMessage(readRateBooksFromDir(rateBookDir()));
    const received = receiveMessageOnPort(port2)!.message as ReturnType<typeof readRateBooksFromDir>;
    port1.close();
    const handed = buildLibrary(received.map(compileRateBook));
    for (const raw of generateRequests(catalog, 200, 5)) {
      const parsed = parseQuoteRequest(raw, catalog, "2026-12-01");
      if (!parsed.ok) throw new Error("a generated request is invalid");
      const request = parsed.request;
      expect(compareSummary(request, handed, catalog)).toEqual(compareSummary(request, getDiskLibrary(), catalog));
    }
  });

  it("rejects a broken book with the loader's message, naming the file and the field", () => {
    const dir = copyOfBooks();
    const file = join(dir, "maks", "2019-01-01.json");
    const json = JSON.parse(readFileSync(file, "utf8"));
    json.factors[0].rows[0].value = "-1";
    writeFileSync(file, JSON.stringify(json));
    const message = (() => {
      try {
        loadRateBooksFromDir(dir);
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(message).toContain(file);
    expect(() => readRateBooksFromDir(dir)).toThrow(message!);
  });

  it("rejects a book filed under the wrong name, and a file that is not JSON", () => {
    const dir = copyOfBooks();
    renameSync(join(dir, "maks", "2019-01-01.json"), join(dir, "maks", "2019-01-02.json"));
    expect(() => readRateBooksFromDir(dir)).toThrow(/2019-01-02\.json: file must be named <insurer\.id>\/<effectiveFrom>\.json/);
    const other = copyOfBooks();
    writeFileSync(join(other, "maks", "2030-01-01.json"), "{not json");
    expect(() => readRateBooksFromDir(other)).toThrow(/2030-01-01\.json is not valid JSON/);
  });
});
