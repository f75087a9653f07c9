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

export function analyzeChunk(bytes: Uint8Array, firstLine: number, setup: ChunkSetup): ChunkResult {
  const { sides } = setup;
  const { catalog } = sides;
  const status: number[] = [];
  const before: bigint[] = [];
  const after: bigint[] = [];
  const bins = new Array<number>(EDGES.length + 1).fill(0);
  let changeSum = new Decimal(0);
  const movers: (ChunkMover & { exact: Decimal })[] = [];
  const declineChanges: ImpactDeclineChange[] = [];
  let lineNo = firstLine - 1;
  forEachLine(bytes, (start, end) => {
    lineNo += 1;
    const text = Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString("utf8");
    if (text.trim() === "") return;
    const local = status.length;
    const parsed = parsePortfolioLine(text, `${setup.source}, line ${lineNo}`, catalog);
    const request = setup.policyStart === undefined ? parsed : redate(parsed, setup.policyStart);
    const { before: b, after: a } = priceBoth(request, sides);
    before.push(b.kind === "quote" ? kopecks(b.premium) : 0n);
    after.push(a.kind === "quote" ? kopecks(a.premium) : 0n);
    if (b.kind === "quote" && a.kind === "quote") {
      const bd = b.amount;
      if (bd.isZero()) {
        status.push(Status.ZeroBefore);
        return;
      }
      status.push(Status.BothQuoted);
      // Equal premiums change by exactly zero: no division needed (most requests of a small edit).
      const change = bd.eq(a.amount) ? NO_CHANGE : relativeChange(bd, a.amount);
      changeSum = changeSum.plus(change);
      bins[binIndex(change)]! += 1;
      // Keep this chunk's top movers: the largest absolute changes, the earlier first on a tie.
      if (setup.topMovers > 0 && (movers.length < setup.topMovers || change.abs().gt(movers[movers.length - 1]!.exact.abs()))) {
        movers.push({ local, before: b.premium, after: a.premium, change: change.toString(), calculatorQuery: "", exact: change });
        movers.sort((x, y) => y.exact.abs().cmp(x.exact.abs()) || x.local - y.local);
        if (movers.length > setup.topMovers) movers.pop();
      }
    } else if (b.kind !== a.kind) {
      status.push(b.kind === "quote" ? Status.NewlyDeclined : Status.NewlyQuoted);
      if (declineChanges.length < setup.maxDeclineChanges) {
        const quoted = b.kind === "quote" ? b : (a as Extract<typeof a, { kind: "quote" }>);
        const declined = b.kind === "declined" ? b : (a as Extract<typeof a, { kind: "declined" }>);
        declineChanges.push({ index: local, direction: b.kind === "quote" ? "newly-declined" : "newly-quoted", premium: quoted.premium, reasons: declined.reasons, calculatorQuery: calculatorQuery(request) });
      }
    } else status.push(Status.BothDeclined);
  });
  // Calculator links only for the movers kept (the requests are parsed again: a handful per chunk).
  const requests = new Map<number, string>();
  if (movers.length > 0) {
    const wanted = new Set(movers.map((m) => m.local));
    let local = -1;
    lineNo = firstLine - 1;
    forEachLine(bytes, (start, end) => {
      lineNo += 1;
      const text = Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString("utf8");
      if (text.trim() === "") return;
      local += 1;
      if (!wanted.has(local)) return;
      const parsed = parsePortfolioLine(text, `${setup.source}, line ${lineNo}`, catalog);
      requests.set(local, calculatorQuery(setup.policyStart === undefined ? parsed : redate(parsed, setup.policyStart)));
    });
  }
  return {
    count: status.length,
    status: Int8Array.from(status),
    before: BigInt64Array.from(before),
    after: BigInt64Array.from(after),
    changeSum: changeSum.toString(),
    bins,
    movers: movers.map((m) => ({ local: m.local, before: m.before, after: m.after, change: m.change, calculatorQuery: requests.get(m.local)! })),
    declineChanges,
  };
}
