/** Aligning two sequences of keyed elements: kept, moved, added, removed, replaced. */
export interface Keyed {
  key: string;
  index: number;
  value: unknown;
  /** 1 for the first element with its base key, 2 for the second, … */
  occurrence: number;
}

export type AlignOp =
  | { op: "both"; b: Keyed; a: Keyed; moved: boolean }
  | { op: "removed"; b: Keyed }
  | { op: "added"; a: Keyed }
  | { op: "replaced"; b: Keyed; a: Keyed };

export function keyed(items: readonly unknown[], keyOf: (item: unknown) => string): Keyed[] {
  const seen = new Map<string, number>();
  return items.map((value, index) => {
    const base = keyOf(value);
    const occurrence = (seen.get(base) ?? 0) + 1;
    seen.set(base, occurrence);
    return { key: occurrence === 1 ? base : `${base}\u0000${occurrence}`, index, value, occurrence };
  });
}

/** Indices (into `seq`) of one longest strictly increasing subsequence. */
function longestIncreasing(seq: readonly number[]): Set<number> {
  const tails: number[] = []; // tails[len-1] = index in seq of the smallest tail of a run of length len
  const prev: number[] = new Array<number>(seq.length).fill(-1);
  for (let i = 0; i < seq.length; i += 1) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seq[tails[mid]!]! < seq[i]!) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const out = new Set<number>();
  for (let i = tails.length === 0 ? -1 : tails[tails.length - 1]!; i !== -1; i = prev[i]!) out.add(i);
  return out;
}

/**
 * Aligns `before` and `after` by key, in document order: elements in both (the longest run kept in
 * order is "in place", the others "moved"), removed and added ones where they were / are.
 * With `pairReplacements`, a run of n removed elements directly followed by n added ones at the
 * same place is reported as n elements edited in place ("replaced").
 */
export function align(before: readonly Keyed[], after: readonly Keyed[], pairReplacements: boolean): AlignOp[] {
  const afterByKey = new Map(after.map((a) => [a.key, a]));
  const beforeKeys = new Set(before.map((b) => b.key));
  const common = before.filter((b) => afterByKey.has(b.key));
  const kept = longestIncreasing(common.map((b) => afterByKey.get(b.key)!.index));
  const stable = new Set(common.filter((_, i) => kept.has(i)).map((b) => b.key));

  const ops: AlignOp[] = [];
  const beforeByKey = new Map(before.map((b) => [b.key, b]));
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    const b = before[i];
    const a = after[j];
    if (b !== undefined && !afterByKey.has(b.key)) {
      ops.push({ op: "removed", b });
      i += 1;
    } else if (b !== undefined && !stable.has(b.key)) {
      i += 1; // moved: reported where it now stands
    } else if (a !== undefined && !beforeKeys.has(a.key)) {
      ops.push({ op: "added", a });
      j += 1;
    } else if (a !== undefined && !stable.has(a.key)) {
      ops.push({ op: "both", b: beforeByKey.get(a.key)!, a, moved: true });
      j += 1;
    } else if (a !== undefined && b !== undefined) {
      ops.push({ op: "both", b, a, moved: false });
      i += 1;
      j += 1;
    } else {
      break; // unreachable: stable elements pair up
    }
  }
  if (!pairReplacements) return ops;

  const out: AlignOp[] = [];
  for (let k = 0; k < ops.length; ) {
    let r = k;
    while (r < ops.length && ops[r]!.op === "removed") r += 1;
    let s = r;
    while (s < ops.length && ops[s]!.op === "added") s += 1;
    if (r > k && s - r === r - k) {
      for (let n = 0; n < r - k; n += 1) {
        const removed = ops[k + n] as { b: Keyed };
        const added = ops[r + n] as { a: Keyed };
        out.push({ op: "replaced", b: removed.b, a: added.a });
      }
      k = s;
    } else {
      out.push(...ops.slice(k, Math.max(r, k + 1)));
      k = Math.max(r, k + 1);
    }
  }
  return out;
}
