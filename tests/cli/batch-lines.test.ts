/**
 * The batch quoter cuts its input into chunks of lines itself; the lines and their numbers must
 * be the ones node:readline gave before (crlfDelay: Infinity), however the input arrives.
 */
import { Readable } from "node:stream";
import { createInterface } from "node:readline";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { forEachLine, LineChunker } from "@/lib/cli/batch/lines";

async function readlineLines(pieces: Uint8Array[]): Promise<string[]> {
  const lines: string[] = [];
  const input = Readable.from(pieces.map((p) => Buffer.from(p)));
  input.setEncoding("utf8");
  for await (const line of createInterface({ input, crlfDelay: Infinity })) lines.push(line);
  return lines;
}

function chunkerLines(pieces: Uint8Array[], linesPerChunk: number): { numbers: number[]; lines: string[] } {
  const chunker = new LineChunker(linesPerChunk);
  const chunks = [...pieces.flatMap((p) => chunker.push(p)), ...chunker.end()];
  const numbers: number[] = [];
  const lines: string[] = [];
  let expectedFirst = 1;
  for (const chunk of chunks) {
    expect(chunk.firstLine).toBe(expectedFirst);
    let n = 0;
    forEachLine(chunk.bytes, (start, end) => {
      numbers.push(chunk.firstLine + n);
      lines.push(Buffer.from(chunk.bytes.subarray(start, end)).toString("utf8"));
      n += 1;
    });
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThanOrEqual(linesPerChunk);
    expectedFirst += n;
  }
  return { numbers, lines };
}

/** Text made of the characters that matter here, cut into pieces at random places. */
const piecesArb = fc
  .tuple(fc.array(fc.constantFrom("a", "{}", " ", "\n", "\r", "\r\n", "é", "😀"), { maxLength: 60 }), fc.array(fc.nat(), { maxLength: 8 }))
  .map(([parts, cuts]) => {
    const bytes = Buffer.from(parts.join(""));
    const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
    const pieces: Uint8Array[] = [];
    let from = 0;
    for (const to of [...at, bytes.length]) {
      pieces.push(bytes.subarray(from, to));
      from = to;
    }
    return pieces;
  });

describe("LineChunker", () => {
  it("gives readline's lines, numbered from 1, however the input is cut", async () => {
    await fc.assert(
      fc.asyncProperty(piecesArb, fc.integer({ min: 1, max: 5 }), async (pieces, linesPerChunk) => {
        const expected = await readlineLines(pieces);
        const { numbers, lines } = chunkerLines(pieces, linesPerChunk);
        expect(lines).toEqual(expected);
        expect(numbers).toEqual(expected.map((_, i) => i + 1));
      }),
      { numRuns: 500 },
    );
  });

  it("keeps \\r\\n together across reads and ends a last line without a terminator", () => {
    const { lines } = chunkerLines([Buffer.from("a\r"), Buffer.from("\nb\r"), Buffer.from("\rc")], 2);
    expect(lines).toEqual(["a", "b", "", "c"]);
  });

  it("copies chunk bytes out of the input (they are moved to workers)", () => {
    const input = Buffer.from("x\ny\n");
    const [chunk] = new LineChunker(10).push(input);
    expect(chunk!.bytes.buffer).not.toBe(input.buffer);
    expect(chunk!.bytes.byteLength).toBe(chunk!.bytes.buffer.byteLength);
  });
});
