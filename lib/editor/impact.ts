/**
 * The impact of a proposed rate-book change on a portfolio of quote requests, for one insurer:
 * every request priced with the current library and with the proposed one, the premiums
 * compared. All money and percentages in decimal.js; results as decimal strings.
 *
 * Pure: no I/O, no clock (the portfolio and both libraries are arguments).
 */
import type { Catalog } from "@/lib/catalog";
import { requestQuery } from "@/lib/form/url-codec";
import { Decimal, editFootprint, premiumRequest, premiumSlots, pricePremium, selectEdition, touchesFootprint, type CompiledRateBook, type EditFootprint, type LibrarySlots, type PremiumOutcome, type RateBookLibrary, type TQuoteRequest } from "@/lib/rating";

/** Histogram edges in percent. Bins are half-open [from, to): below −20, −20…−10, …, +10…+20, +20 and above. */
export const IMPACT_BIN_EDGES_PERCENT = ["-20", "-10", "-5", "-1", "1", "5", "10", "20"] as const;

export interface ImpactBin {
  /** Lower edge, included; null: unbounded (the lowest bin). */
  fromPercent: string | null;
  /** Upper edge, excluded; null: unbounded (the highest bin). */
  toPercent: string | null;
  count: number;
}

export interface ImpactChange {
  /** Index of the request in `requests`. */
  index: number;
  /** Premiums in rubles ("27370.62"). */
  before: string;
  after: string;
  /** (after − before) / before × 100, two decimals half-up ("10.00", "-3.25"). */
  changePercent: string;
}

export interface ImpactMover extends ImpactChange {
  /** Query string (without "?") that opens the calculator on this request: `/?${calculatorQuery}`. */
  calculatorQuery: string;
}

export interface ImpactDeclineChange {
  index: number;
  /** "newly-declined": quoted before, declined after; "newly-quoted": the reverse. */
  direction: "newly-declined" | "newly-quoted";
  /** The premium on the side that quoted. */
  premium: string;
  /** Decline codes on the side that declined. */
  reasons: string[];
  calculatorQuery: string;
}

export interface ImpactReport {
  insurerId: string;
  /** Requests analysed. */
  requests: number;
  /** Requests the insurer quoted both before and after (the statistics below are over these). */
  count: number;
  quotedBefore: number;
  quotedAfter: number;
  declinedBefore: number;
  declinedAfter: number;
  /** Quoted before, declined after. */
  newlyDeclined: number;
  /** Declined before, quoted after. */
  newlyQuoted: number;
  /** Mean and median of the exact relative changes, then rounded to two decimals half-up; null when count = 0. */
  meanChangePercent: string | null;
  medianChangePercent: string | null;
  /** Sums of the premiums of the `count` requests, and their relative change. */
  premiumTotalBefore: string;
  premiumTotalAfter: string;
  totalChangePercent: string | null;
  /**
   * Every one of the `count` requests in exactly one bin, by its change as shown (two decimals):
   * a change shown as "10.00" is in [10, 20) even if it was 9.9996 % before rounding.
   */
  bins: ImpactBin[];
  /** One entry per request priced in both, in request order. */
  changes: ImpactChange[];
  /** The requests with the largest absolute relative change, largest first (ties: lower index first). */
  topMovers: ImpactMover[];
  /** Requests whose quote/decline status changed, in request order. */
  declineChanges: ImpactDeclineChange[];
}

export interface ImpactInput {
  /** Validated requests (e.g. the portfolio). */
  requests: readonly TQuoteRequest[];
  current: RateBookLibrary;
  proposed: RateBookLibrary;
  catalog: Catalog;
  insurerId: string;
  /** How many top movers to list (default 20). */
  topMovers?: number;
  /**
   * Price every request as starting on this date (YYYY-MM-DD) instead of its own policyStart,
   * keeping each car's age (the model year moves by as many years). Use it to see a future
   * edition's impact: each request is priced with the edition in force on its start date.
   */
  policyStart?: string;
  /**
   * False: price every request with the proposed edition, also where the edit cannot reach it
   * (see priceBoth); the same report, for comparing the two ways. True by default.
   */
  skipUntouched?: boolean;
}

/** A side's premium (its money text and amount), or its decline codes. */
export type Outcome = { kind: "quote"; premium: string; amount: Decimal } | { kind: "declined"; reasons: string[] };

export const HUNDRED = new Decimal(100);
export const EDGES = IMPACT_BIN_EDGES_PERCENT.map((e) => new Decimal(e));

/** Two decimals, half-up. */
const roundPercent = (value: Decimal) => value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

/** Two decimals, half-up; never "-0.00". */
export function percentText(value: Decimal): string {
  const text = roundPercent(value).toFixed(2);
  return text === "-0.00" ? "0.00" : text;
}

export function relativeChange(before: Decimal, after: Decimal): Decimal {
  return after.minus(before).div(before).times(HUNDRED);
}

/** The bin of a change as shown (two decimals): the number of edges at or below it. */
export function binIndex(change: Decimal): number {
  const shown = roundPercent(change);
  let i = 0;
  while (i < EDGES.length && shown.gte(EDGES[i]!)) i += 1;
  return i;
}

/** A YYYY-MM-DD date `years` later (29 February becomes the 28th in a year without it). */
function shiftYears(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) + years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const monthDay = date.slice(5) === "02-29" && !leap ? "02-28" : date.slice(5);
  return `${String(year).padStart(4, "0")}-${monthDay}`;
}

/** The request as if it started on `policyStart`, with the car as old as before (model year and first registration moved alike). */
export function redate(request: TQuoteRequest, policyStart: string): TQuoteRequest {
  if (request.policyStart === policyStart) return request;
  const years = Number(policyStart.slice(0, 4)) - Number(request.policyStart.slice(0, 4));
  const registeredOn = request.vehicle.registeredOn === undefined ? undefined : shiftYears(request.vehicle.registeredOn, years);
  return { ...request, policyStart, vehicle: { ...request.vehicle, year: request.vehicle.year + years, ...(registeredOn === undefined ? {} : { registeredOn }) } };
}

/** One insurer's editions on both sides of an analysis, their tables numbered together: see priceBoth. */
export interface BothSides {
  current: readonly CompiledRateBook[];
  proposed: readonly CompiledRateBook[];
  slots: LibrarySlots;
  catalog: Catalog;
  /**
   * Each pair of editions' footprint (edit-footprint.ts), worked out when first needed; null: they
   * differ in more than values. Undefined: every request is priced with both editions in full.
   */
  footprints: Map<CompiledRateBook, Map<CompiledRateBook, EditFootprint | null>> | undefined;
}

/**
 * The insurer's editions in both libraries (an insurer missing from a library declines there: no
 * rate book). `skipUntouched` false prices every request with the proposed edition even where its
 * footprint shows the premium cannot change (for tests that compare the two ways).
 */
export function bothSides(current: RateBookLibrary, proposed: RateBookLibrary, insurerId: string, catalog: Catalog, skipUntouched = true): BothSides {
  const currentEditions = current.get(insurerId) ?? [];
  const proposedEditions = proposed.get(insurerId) ?? [];
  return { current: currentEditions, proposed: proposedEditions, slots: premiumSlots([...currentEditions, ...proposedEditions]), catalog, footprints: skipUntouched ? new Map() : undefined };
}

function footprintOf(footprints: NonNullable<BothSides["footprints"]>, current: CompiledRateBook, proposed: CompiledRateBook): EditFootprint | null {
  let byProposed = footprints.get(current);
  if (byProposed === undefined) footprints.set(current, (byProposed = new Map()));
  let found = byProposed.get(proposed);
  if (found === undefined) byProposed.set(proposed, (found = editFootprint(current, proposed) ?? null));
  return found;
}

const outcomeOf = (priced: PremiumOutcome): Outcome => (priced.kind === "quote" ? priced : { kind: "declined", reasons: priced.codes });

/**
 * The request priced with the insurer's edition in force on its policy start on each side,
 * premium-only (the premiums and decline codes a summary comparison gives): its rating variables
 * worked out once for both. The proposed edition is not priced where it cannot give anything else:
 * when both sides have the same compiled edition, or when the proposed one differs only in values
 * the request does not read (its footprint, edit-footprint.ts); `after` is then `before` itself.
 */
export function priceBoth(request: TQuoteRequest, sides: BothSides): { before: Outcome; after: Outcome } {
  const input = premiumRequest(request, sides.catalog, sides.slots);
  const currentBook = selectEdition(sides.current, request.policyStart);
  const proposedBook = selectEdition(sides.proposed, request.policyStart);
  const before = outcomeOf(pricePremium(currentBook, input));
  if (currentBook === proposedBook) return { before, after: before };
  if (sides.footprints !== undefined && currentBook !== undefined && proposedBook !== undefined) {
    const footprint = footprintOf(sides.footprints, currentBook, proposedBook);
    if (footprint !== null && !touchesFootprint(footprint, proposedBook, input)) return { before, after: before };
  }
  return { before, after: outcomeOf(pricePremium(proposedBook, input)) };
}

export const calculatorQuery = (request: TQuoteRequest) => requestQuery(request);

/** One analysis: its requests (re-dated), a way to price the one at `index`, and the report of those priced so far. */
function impactAnalysis(input: ImpactInput): { requests: readonly TQuoteRequest[]; add: (index: number) => void; report: () => ImpactReport } {
  const { catalog, insurerId } = input;
  const topN = input.topMovers ?? 20;
  const sides = bothSides(input.current, input.proposed, insurerId, catalog, input.skipUntouched ?? true);

  const requests = input.policyStart === undefined ? input.requests : input.requests.map((r) => redate(r, input.policyStart!));

  const changes: ImpactChange[] = [];
  const exact: { index: number; change: Decimal }[] = [];
  const declineChanges: ImpactDeclineChange[] = [];
  const bins = new Array<number>(EDGES.length + 1).fill(0);
  let quotedBefore = 0;
  let quotedAfter = 0;
  let totalBefore = new Decimal(0);
  let totalAfter = new Decimal(0);

  const add = (index: number) => {
    const request = requests[index]!;
    const { before, after } = priceBoth(request, sides);
    if (before.kind === "quote") quotedBefore += 1;
    if (after.kind === "quote") quotedAfter += 1;
    if (before.kind === "quote" && after.kind === "quote") {
      const b = before.amount;
      const a = after.amount;
      // A zero premium (possible only with whole-ruble rounding of a premium under 0.50) has no relative change.
      if (b.isZero()) return;
      const change = relativeChange(b, a);
      totalBefore = totalBefore.plus(b);
      totalAfter = totalAfter.plus(a);
      changes.push({ index, before: before.premium, after: after.premium, changePercent: percentText(change) });
      exact.push({ index, change });
      bins[binIndex(change)]! += 1;
    } else if (before.kind !== after.kind) {
      const quoted = before.kind === "quote" ? before : (after as Extract<Outcome, { kind: "quote" }>);
      const declined = before.kind === "declined" ? before : (after as Extract<Outcome, { kind: "declined" }>);
      declineChanges.push({
        index,
        direction: before.kind === "quote" ? "newly-declined" : "newly-quoted",
        premium: quoted.premium,
        reasons: declined.reasons,
        calculatorQuery: calculatorQuery(request),
      });
    }
  };

  const report = (): ImpactReport => {
    const count = exact.length;
    let mean: string | null = null;
    let median: string | null = null;
    if (count > 0) {
      mean = percentText(exact.reduce((sum, e) => sum.plus(e.change), new Decimal(0)).div(count));
      const sorted = exact.map((e) => e.change).sort((x, y) => x.cmp(y));
      const mid = Math.floor(count / 2);
      median = percentText(count % 2 === 1 ? sorted[mid]! : sorted[mid - 1]!.plus(sorted[mid]!).div(2));
    }

    const byIndex = new Map(changes.map((c) => [c.index, c]));
    const topMovers: ImpactMover[] = [...exact]
      .sort((x, y) => y.change.abs().cmp(x.change.abs()) || x.index - y.index)
      .slice(0, topN)
      .map((e) => ({ ...byIndex.get(e.index)!, calculatorQuery: calculatorQuery(requests[e.index]!) }));

    const newlyDeclined = declineChanges.filter((c) => c.direction === "newly-declined").length;
    return {
      insurerId,
      requests: requests.length,
      count,
      quotedBefore,
      quotedAfter,
      declinedBefore: requests.length - quotedBefore,
      declinedAfter: requests.length - quotedAfter,
      newlyDeclined,
      newlyQuoted: declineChanges.length - newlyDeclined,
      meanChangePercent: mean,
      medianChangePercent: median,
      premiumTotalBefore: totalBefore.toFixed(2),
      premiumTotalAfter: totalAfter.toFixed(2),
      totalChangePercent: count > 0 ? percentText(relativeChange(totalBefore, totalAfter)) : null,
      bins: bins.map((n, i) => ({ fromPercent: i === 0 ? null : IMPACT_BIN_EDGES_PERCENT[i - 1]!, toPercent: i === EDGES.length ? null : IMPACT_BIN_EDGES_PERCENT[i]!, count: n })),
      changes,
      topMovers,
      declineChanges,
    };
  };
  return { requests, add, report };
}

export function analyzeImpact(input: ImpactInput): ImpactReport {
  const analysis = impactAnalysis(input);
  for (let i = 0; i < analysis.requests.length; i += 1) analysis.add(i);
  return analysis.report();
}

/** Requests priced between two progress reports (and two turns of the event loop). */
export const IMPACT_STEP = 250;

/**
 * analyzeImpact a step of requests at a time, giving the event loop a turn after each step and
 * telling `onProgress` how many requests are done: the same report, for a page that shows the
 * progress of a large portfolio while the server goes on answering other requests.
 */
export async function analyzeImpactInSteps(input: ImpactInput, onProgress: (done: number, total: number) => void, yieldTurn: () => Promise<void>): Promise<ImpactReport> {
  const analysis = impactAnalysis(input);
  const total = analysis.requests.length;
  onProgress(0, total);
  for (let i = 0; i < total; i += 1) {
    analysis.add(i);
    if ((i + 1) % IMPACT_STEP === 0 || i + 1 === total) {
      onProgress(i + 1, total);
      await yieldTurn();
    }
  }
  return analysis.report();
}
