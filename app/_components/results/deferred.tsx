"use client";
import { use, useEffect, useMemo, useState, type ReactNode } from "react";

/** A promise that React's use() reads at once (it checks `status` before waiting). */
function settled<T>(value: T): Promise<T> {
  return Object.assign(Promise.resolve(value), { status: "fulfilled", value });
}

/** The content: waited for only while it is the first, still pending one. */
function Content({ value }: { value: Promise<ReactNode> }) {
  return <>{use(value)}</>;
}

/**
 * Server-rendered content that may arrive after the rest of the page: on the first render (and in
 * the page's HTML) it is waited for; after a new calculation the previous content stays, marked
 * busy, until the new one has streamed in, so the offers are shown without waiting for it and
 * nothing flashes.
 */
export function Deferred({ content }: { content: Promise<ReactNode> }) {
  const [shown, setShown] = useState<{ from: Promise<ReactNode>; node: ReactNode } | null>(null);
  useEffect(() => {
    let live = true;
    content.then((node) => {
      if (live) setShown({ from: content, node });
    });
    return () => {
      live = false;
    };
  }, [content]);
  const value = useMemo(() => (shown === null ? content : settled(shown.node)), [shown, content]);
  return (
    <div aria-busy={shown !== null && shown.from !== content}>
      <Content value={value} />
    </div>
  );
}
