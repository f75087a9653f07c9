"use client";
import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";

const POLL_MS = 400;

/** How far the analysis is, as the progress endpoint tells it; a failure to ask is kept apart. */
type Progress = { done: number; total: number; ready: boolean };

/** Asks the server how far the analysis has got: the real endpoint by default. */
export async function fetchImpactProgress(versionId: number): Promise<Progress> {
  const res = await fetch(`/api/v1/editor/versions/${versionId}/impact-progress`, { cache: "no-store" });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return (await res.json()) as Progress;
}

const grouped = new Intl.NumberFormat("ru-RU");

/**
 * A large portfolio's analysis under way: a progress bar (`role="progressbar"` with its value and
 * a text for screen readers, not announced at every step), asked again every 0.4 s; when the
 * report is ready the page is loaded again and shows it.
 */
export function ImpactProgress({ versionId, initial, ask = fetchImpactProgress }: { versionId: number; initial: { done: number; total: number }; ask?: (versionId: number) => Promise<Progress> }) {
  const router = useRouter();
  const [progress, setProgress] = useState(initial);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout>;
    const poll = () => {
      ask(versionId).then(
        (p) => {
          if (!live) return;
          setFailed(false);
          if (p.ready) {
            setProgress((s) => ({ done: s.total, total: s.total }));
            router.refresh();
            return;
          }
          setProgress({ done: p.done, total: p.total });
          timer = setTimeout(poll, POLL_MS);
        },
        () => {
          if (!live) return;
          setFailed(true);
          timer = setTimeout(poll, POLL_MS * 5);
        },
      );
    };
    timer = setTimeout(poll, POLL_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [versionId, ask, router]);
  const { done, total } = progress;
  const percent = total > 0 ? Math.floor((done / total) * 100) : 0;
  const text = total > 0 ? `Посчитано ${grouped.format(done)} из ${grouped.format(total)} запросов (${percent} %)` : "Готовим портфель…";
  return (
    <div className="space-y-2">
      <p id="impact-progress-label" className="text-sm font-medium text-slate-800">Портфель считается обеими редакциями</p>
      <div role="progressbar" aria-labelledby="impact-progress-label" aria-valuemin={0} aria-valuemax={total || 100} aria-valuenow={total > 0 ? done : 0} aria-valuetext={text} className="h-3 w-full overflow-hidden rounded-full bg-slate-200">
        <div className="h-full rounded-full bg-brand-600 transition-[width]" style={{ width: `${percent}%` }} />
      </div>
      <p className="text-sm text-slate-700">{text}</p>
      {failed ? <p className="text-sm text-red-700">Не удалось узнать, как идёт расчёт; пробуем ещё раз.</p> : null}
    </div>
  );
}
