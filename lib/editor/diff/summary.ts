/** Counting changes by kind and by area. */
import type { RateBookArea, RateBookChange, RateBookChangeKind, RateBookDiffSummary } from "./types";

const KINDS: readonly RateBookChangeKind[] = ["added", "removed", "changed"];
const AREAS: readonly RateBookArea[] = ["base", "factor", "eligibility", "discounts", "general"];

export function summarizeDiff(changes: readonly RateBookChange[]): RateBookDiffSummary {
  const zeroKinds = () => Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<RateBookChangeKind, number>;
  const byKind = zeroKinds();
  const byArea = Object.fromEntries(AREAS.map((a) => [a, 0])) as Record<RateBookArea, number>;
  const byAreaAndKind = Object.fromEntries(AREAS.map((a) => [a, zeroKinds()])) as Record<RateBookArea, Record<RateBookChangeKind, number>>;
  for (const c of changes) {
    byKind[c.kind] += 1;
    byArea[c.area] += 1;
    byAreaAndKind[c.area][c.kind] += 1;
  }
  return { total: changes.length, byKind, byArea, byAreaAndKind };
}
