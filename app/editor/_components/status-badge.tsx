import type { VersionState } from "@/lib/db/rate-books.server";
import { STATE_LABEL } from "./format";

const STYLE: Record<VersionState, string> = {
  draft: "border-amber-400 bg-amber-50 text-amber-900",
  scheduled: "border-sky-400 bg-sky-50 text-sky-900",
  active: "border-emerald-500 bg-emerald-50 text-emerald-900",
  superseded: "border-slate-300 bg-slate-100 text-slate-700",
  discarded: "border-slate-300 bg-white text-slate-500 line-through",
};

/** A version's status in words (the colour only repeats it). */
export function StatusBadge({ state }: { state: VersionState }) {
  return <span className={`inline-block whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-semibold ${STYLE[state]}`}>{STATE_LABEL[state]}</span>;
}
