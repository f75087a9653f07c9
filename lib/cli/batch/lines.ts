/**
 * JSON Lines input as bytes, split the way node:readline splits text (with crlfDelay: Infinity):
 * a line ends at "\n", "\r\n" or a lone "\r"; a last line without a terminator still counts.
 * Input is cut into chunks of whole lines, each knowing the number of its first line, so that
 * chunks can be priced anywhere and their answers put back in order.
 */

const LF = 0x0a;
const CR = 0x0d;

export interface LineChunk {
  /** Number (1-based) of the chunk's first line in the whole input. */
  firstLine: number;
  /** Whole lines with their terminators (the last one may have none at the end of input). */
  bytes: Uint8Array;
}

/**
 * Index of the next "\n" or "\r" from `from`, or -1. Without any "\r" in the bytes (`hasCr`
 * false, the usual case) the native indexOf finds it.
 */
function nextBreak(bytes: Uint8Array, from: number, hasCr: boolean): number {
  if (!hasCr) return bytes.indexOf(LF, from);
  for (let i = from; i < bytes.length; i += 1) if (bytes[i] === LF || bytes[i] === CR) return i;
  return -1;
}

/** Calls `visit(start, end)` for each line of a chunk; `end` excludes the terminator. */
export function forEachLine(bytes: Uint8Array, visit: (start: number, end: number) => void): void {
  const hasCr = bytes.indexOf(CR) !== -1;
  let start = 0;
  for (let i = nextBreak(bytes, 0, hasCr); i !== -1; i = nextBreak(bytes, start, hasCr)) {
    visit(start, i);
    if (bytes[i] === CR && bytes[i + 1] === LF) i += 1;
    start = i + 1;
  }
  if (start < bytes.length) visit(start, bytes.length);
}

const EMPTY = new Uint8Array(0);

/** Cuts a stream of bytes into chunks of at most `linesPerChunk` whole lines. */
export class LineChunker {
  private carry: Uint8Array = EMPTY;
  private nextLine = 1;

  constructor(private readonly linesPerChunk: number) {}

  /** Takes the next bytes of input; returns the chunks of the lines they complete. */
  push(data: Uint8Array): LineChunk[] {
    return this.cut(this.carry.length === 0 ? data : concat(this.carry, data), false);
  }

  /** At the end of input: the chunk of the remaining lines, if any. */
  end(): LineChunk[] {
    return this.cut(this.carry, true);
  }

  private cut(bytes: Uint8Array, atEnd: boolean): LineChunk[] {
    const chunks: LineChunk[] = [];
    let chunkStart = 0;
    let lineEnd = 0; // just after the last terminator seen
    let lines = 0;
    const hasCr = bytes.indexOf(CR) !== -1;
    for (let i = nextBreak(bytes, 0, hasCr); i !== -1; i = nextBreak(bytes, i + 1, hasCr)) {
      if (bytes[i] === CR) {
        // A "\r" as the last byte read may be the first half of "\r\n": wait for the next byte.
        if (i + 1 === bytes.length && !atEnd) break;
        if (bytes[i + 1] === LF) i += 1;
      }
      lineEnd = i + 1;
      lines += 1;
      if (lines === this.linesPerChunk) {
        chunks.push(this.take(bytes, chunkStart, lineEnd, lines));
        chunkStart = lineEnd;
        lines = 0;
      }
    }
    if (atEnd && lineEnd < bytes.length) {
      lineEnd = bytes.length; // a last line without a terminator
      lines += 1;
    }
    if (lines > 0) chunks.push(this.take(bytes, chunkStart, lineEnd, lines));
    this.carry = lineEnd < bytes.length ? copyOf(bytes, lineEnd, bytes.length) : EMPTY;
    return chunks;
  }

  private take(bytes: Uint8Array, start: number, end: number, lines: number): LineChunk {
    const chunk = { firstLine: this.nextLine, bytes: copyOf(bytes, start, end) };
    this.nextLine += lines;
    return chunk;
  }
}

/** A copy with its own ArrayBuffer (Buffer#slice would share the input's memory). */
function copyOf(bytes: Uint8Array, start: number, end: number): Uint8Array {
  const copy = new Uint8Array(end - start);
  copy.set(bytes.subarray(start, end));
  return copy;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}
