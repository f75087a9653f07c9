/**
 * One chunk of a portfolio's lines priced for the impact analysis, keeping only what the report
 * needs: per request its status and both premiums in kopecks; per chunk the sum of the exact
 * changes, the bins, the chunk's own top movers and its first decline changes. Pure (the lines,
 * libraries and catalog are arguments); run on the analysis's worker threads.
 */
import { forEachLine } from "@/lib/cli/batch/lines";
import { Decimal } from "@/lib/rating";
import { binIndex, calculatorQuery, EDGES, priceBoth, redate, relativeChange, type BothSides, type ImpactDeclineChange } from "./impact";
import { parsePortfolioLine } from "./load-portfolio.server";

/** A request's status in both analyses. */
export const Status = { BothQuoted: 0, NewlyDeclined: 1, NewlyQuoted: 2, BothDeclined: 3, ZeroBefore: 4 } as const;

export interface ChunkMover {
  /** Position among the chunk's requests. */
  local: number;
  before: string;
  after: string;
  /** The exact change in percent, as text. */
  change: string;
  calculatorQuery: string;
}

export interface ChunkResult {
  /** Requests (non-blank lines) in the chunk. */
  count: number;
  status: Int8Array;
  /** Premiums in kopecks (0 where the side declined). */
  before: BigInt64Array;
  after: BigInt64Array;
  /** The sum of the exact changes of the requests quoted on both sides (and not zero before). */
  changeSum: string;
  bins: number[];
  movers: ChunkMover[];
  /** The first decline changes (local index in `index`), at most `maxDeclineChanges`. */
  declineChanges: ImpactDeclineChange[];
}

export interface ChunkSetup {
  /** The insurer's editions on both sides and the catalog (built once per worker). */
  sides: BothSides;
  insurerId: string;
  policyStart: string | undefined;
  topMovers: number;
  maxDeclineChanges: number;
  /** For error messages. */
  source: string;
}

/** "27370.62" → 2737062n (premiums are money texts with two decimals). */
export function kopecks(money: string): bigint {
  const point = money.indexOf(".");
  return BigInt(point < 0 ? `${money}00` : money.slice(0, point) + money.slice(point + 1).padEnd(2, "0"));
}

const NO_CHANGE = new Decimal(0);
const ZERO_BIN = binIndex(NO_CHANGE);

export function analyzeChunk(bytes: Uint8Array, firstLine: number, setup: ChunkSetup): ChunkResult {
  const { sides } = setup;
  const { catalog } = sides;
  // Each line is decoded when it is read (from one Buffer over the chunk) and dropped after: a
  // chunk's lines kept all at once outlive young collections and fill the old generation.
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  let lines = 0;
  forEachLine(bytes, () => (lines += 1));
  const status = new Int8Array(lines);
  const before = new BigInt64Array(lines);
  const after = new BigInt64Array(lines);
  let count = 0;
  const bins = new Array<number>(EDGES.length + 1).fill(0);
  let changeSum = new Decimal(0);
  /** The chunk's top movers so far, each with its exact change and where its line is. */
  const movers: (ChunkMover & { exact: Decimal; line: number; start: number; end: number })[] = [];
  const declineChanges: ImpactDeclineChange[] = [];
  let at = 0;
  /** Where the line being read is, for a message (worked out only for a bad line). */
  const where = () => `${setup.source}, line ${firstLine + at}`;
  const requestAt = (text: string, line: number) => {
    at = line;
    const parsed = parsePortfolioLine(text, where, catalog);
    return setup.policyStart === undefined ? parsed : redate(parsed, setup.policyStart);
  };
  let line = -1;
  forEachLine(bytes, (start, end) => {
    line += 1;
    const text = buffer.toString("utf8", start, end);
    if (text.trim() === "") return;
    const local = count;
    count += 1;
    const request = requestAt(text, line);
    const { before: b, after: a } = priceBoth(request, sides);
    const bk = b.kind === "quote" ? kopecks(b.premium) : 0n;
    before[local] = bk;
    // `after` is `before` itself where the proposed edition could not change the premium (priceBoth).
    after[local] = a === b ? bk : a.kind === "quote" ? kopecks(a.premium) : 0n;
    if (b.kind === "quote" && a.kind === "quote") {
      const bd = b.amount;
      if (bd.isZero()) {
        status[local] = Status.ZeroBefore;
        return;
      }
      status[local] = Status.BothQuoted;
      // Equal premiums change by exactly zero: no division needed (most requests of a small edit).
      const unchanged = a === b || bd.eq(a.amount);
      const change = unchanged ? NO_CHANGE : relativeChange(bd, a.amount);
      if (!unchanged) changeSum = changeSum.plus(change);
      bins[unchanged ? ZERO_BIN : binIndex(change)]! += 1;
      // Keep this chunk's top movers: the largest absolute changes, the earlier first on a tie.
      if (setup.topMovers > 0 && (movers.length < setup.topMovers || (!unchanged && change.abs().gt(movers[movers.length - 1]!.exact.abs())))) {
        movers.push({ local, before: b.premium, after: a.premium, change: change.toString(), calculatorQuery: "", exact: change, line, start, end });
        movers.sort((x, y) => y.exact.abs().cmp(x.exact.abs()) || x.local - y.local);
        if (movers.length > setup.topMovers) movers.pop();
      }
    } else if (b.kind !== a.kind) {
      status[local] = b.kind === "quote" ? Status.NewlyDeclined : Status.NewlyQuoted;
      if (declineChanges.length < setup.maxDeclineChanges) {
        const quoted = b.kind === "quote" ? b : (a as Extract<typeof a, { kind: "quote" }>);
        const declined = b.kind === "declined" ? b : (a as Extract<typeof a, { kind: "declined" }>);
        declineChanges.push({ index: local, direction: b.kind === "quote" ? "newly-declined" : "newly-quoted", premium: quoted.premium, reasons: declined.reasons, calculatorQuery: calculatorQuery(request) });
      }
    } else status[local] = Status.BothDeclined;
  });
  return {
    count,
    status: status.subarray(0, count),
    before: before.subarray(0, count),
    after: after.subarray(0, count),
    changeSum: changeSum.toString(),
    bins,
    // Calculator links only for the movers kept (their lines parsed again: a handful per chunk).
    movers: movers.map((m) => ({ local: m.local, before: m.before, after: m.after, change: m.change, calculatorQuery: calculatorQuery(requestAt(buffer.toString("utf8", m.start, m.end), m.line)) })),
    declineChanges,
  };
}
