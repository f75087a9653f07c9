"use client";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

export interface BulkProgressLabels {
  title: string;
  label: string;
  /** "{done} of {total}" with the placeholders left in. */
  text: string;
  queued: string;
  hint: string;
  done: string;
}

interface Progress {
  status: string;
  rowsDone: number;
  rowCount: number;
}

const POLL_MS = 700;

/**
 * A running bulk job's progress: a native progress bar (its value and maximum are what assistive
 * technology reads) updated from the job's status route until it finishes; then the page is
 * refreshed to show the results. Reloading the page shows the same, from the database.
 */
export function BulkProgress({ jobId, initial, labels, numberLocale }: { jobId: number; initial: Progress; labels: BulkProgressLabels; numberLocale: string }) {
  const router = useRouter();
  const [progress, setProgress] = useState(initial);
  const finished = progress.status === "done" || progress.status === "failed";
  useEffect(() => {
    if (finished) {
      router.refresh();
      return;
    }
    let stopped = false;
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/agent/bulk/${jobId}/status`, { cache: "no-store" });
        if (!stopped && response.ok) setProgress((await response.json()) as Progress);
        else if (!stopped) setProgress((p) => ({ ...p }));
      } catch {
        if (!stopped) setProgress((p) => ({ ...p }));
      }
    }, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [progress, finished, jobId, router]);
  const text = labels.text.replace("{done}", progress.rowsDone.toLocaleString(numberLocale)).replace("{total}", progress.rowCount.toLocaleString(numberLocale));
  return (
    <section aria-labelledby="bulk-progress-title" className="space-y-2 rounded-xl border border-slate-200 bg-white p-4 shadow-sm" data-testid="bulk-progress">
      <h2 id="bulk-progress-title" className="text-lg font-semibold text-brand-900">
        {labels.title}
      </h2>
      <label htmlFor="bulk-progress-bar" className="block text-sm font-medium text-slate-800">
        {labels.label}: <span data-testid="bulk-progress-text">{text}</span>
      </label>
      <progress id="bulk-progress-bar" max={progress.rowCount} value={progress.rowsDone} className="h-3 w-full" />
      <p className="text-sm text-slate-700">{progress.status === "queued" ? labels.queued : labels.hint}</p>
      <p role="status" className="text-sm font-medium text-green-900">
        {finished ? labels.done : ""}
      </p>
    </section>
  );
}
