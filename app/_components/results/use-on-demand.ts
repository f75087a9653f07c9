"use client";
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";

type Entry = { key: string; node: ReactNode } | { key: string; failed: true };

/**
 * Server-rendered content fetched when it is first needed, once per key: `want` says whether it
 * is shown now, and `prefetch()` starts loading earlier (on hover or focus). Only the answer to the
 * latest request is kept; while a new key loads, the previous content stays (marked busy).
 */
export function useOnDemand(key: string, want: boolean, load: () => Promise<ReactNode>) {
  const [entry, setEntry] = useState<Entry | null>(null);
  /** The key last asked for (in flight or answered); null after a failure, to allow asking again. */
  const requested = useRef<string | null>(null);
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });

  const start = useCallback(() => {
    if (requested.current === key) return;
    requested.current = key;
    loadRef.current().then(
      (node) => {
        if (requested.current === key) setEntry({ key, node });
      },
      () => {
        if (requested.current !== key) return;
        requested.current = null;
        setEntry({ key, failed: true });
      },
    );
  }, [key]);

  const current = entry?.key === key;
  useEffect(() => {
    if (want && !current) start();
  }, [want, current, start]);

  return {
    node: entry && !("failed" in entry) ? entry.node : null,
    loaded: entry !== null && !("failed" in entry),
    busy: !current,
    failed: current && entry !== null && "failed" in entry,
    prefetch: start,
    retry: useCallback(() => setEntry(null), []),
  };
}
