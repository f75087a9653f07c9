// What changed between a saved calculation and the same request priced again today: per insurer,
// the premium before and after (amount and percent), and the worksheet lines that changed. The
// worksheet lines are aligned by the editor's diff alignment (lib/editor/diff/align.ts), keyed by
// component and factor, so a line added or dropped by a new edition shows as such.
import { Decimal } from "@/lib/rating/decimal";
import type { ComparisonResponse, Quote, WorksheetStep } from "@/lib/rating";
import { align, keyed } from "@/lib/editor/diff/align";

export interface StepChange {
  kind: "added" | "removed" | "changed";
  component: string;
  factor: string;
  label: { ru: string; en: string };
  before: string | null;
  after: string | null;
}

export interface InsurerChange {
  insurerId: string;
  insurerName: string;
  insurerNameEn: string;
  /** "quoted": priced both times; "new": only today; "dropped": only before (declined or gone today). */
  status: "quoted" | "new" | "dropped";
  before: string | null;
  after: string | null;
  /** after − before, rubles to kopecks; null unless priced both times. */
  change: string | null;
  /** The change as a percent of the old premium, 2 decimals; null unless priced both times. */
  changePercent: string | null;
  editionBefore: string | null;
  editionAfter: string | null;
  steps: StepChange[];
}

const stepKey = (s: unknown) => {
  const step = s as WorksheetStep;
  return `${step.component}\u0000${step.factor}`;
};

/** The worksheet lines whose value differs, or which one edition has and the other has not. */
export function diffSteps(before: readonly WorksheetStep[], after: readonly WorksheetStep[]): StepChange[] {
  const changes: StepChange[] = [];
  for (const op of align(keyed(before, stepKey), keyed(after, stepKey), false)) {
    if (op.op === "added") {
      const s = op.a.value as WorksheetStep;
      changes.push({ kind: "added", component: s.component, factor: s.factor, label: s.label, before: null, after: s.value });
    } else if (op.op === "removed") {
      const s = op.b.value as WorksheetStep;
      changes.push({ kind: "removed", component: s.component, factor: s.factor, label: s.label, before: s.value, after: null });
    } else {
      const b = op.b.value as WorksheetStep;
      const a = op.a.value as WorksheetStep;
      if (!sameNumber(b.value, a.value)) changes.push({ kind: "changed", component: a.component, factor: a.factor, label: a.label, before: b.value, after: a.value });
    }
  }
  return changes;
}

function sameNumber(a: string, b: string): boolean {
  try {
    return new Decimal(a).eq(b);
  } catch {
    return a === b;
  }
}

/** The change of every insurer, in the order of the old calculation, then the new ones. */
export function diffRequote(before: ComparisonResponse, after: ComparisonResponse): InsurerChange[] {
  const afterById = new Map<string, Quote>(after.quotes.map((q) => [q.insurerId, q]));
  const seen = new Set<string>();
  const out: InsurerChange[] = [];
  for (const old of before.quotes) {
    seen.add(old.insurerId);
    const now = afterById.get(old.insurerId);
    if (!now) {
      out.push({ ...names(old), status: "dropped", before: old.premium, after: null, change: null, changePercent: null, editionBefore: old.rateBook.effectiveFrom, editionAfter: null, steps: [] });
      continue;
    }
    const change = new Decimal(now.premium).minus(old.premium);
    const percent = new Decimal(old.premium).isZero() ? null : change.div(old.premium).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
    out.push({
      ...names(old),
      status: "quoted",
      before: old.premium,
      after: now.premium,
      change: change.toFixed(2),
      changePercent: percent,
      editionBefore: old.rateBook.effectiveFrom,
      editionAfter: now.rateBook.effectiveFrom,
      steps: diffSteps(old.steps, now.steps),
    });
  }
  for (const now of after.quotes) {
    if (seen.has(now.insurerId)) continue;
    out.push({ ...names(now), status: "new", before: null, after: now.premium, change: null, changePercent: null, editionBefore: null, editionAfter: now.rateBook.effectiveFrom, steps: [] });
  }
  return out;
}

const names = (q: Quote) => ({ insurerId: q.insurerId, insurerName: q.insurerName, insurerNameEn: q.insurerNameEn });
