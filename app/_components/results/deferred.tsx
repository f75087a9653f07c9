"use client";
import { Suspense, startTransition, use, useEffect, useState, type ReactNode } from "react";

/** The content, read from its promise: suspends (inside Deferred's boundary) while it is pending. */
function Content({ value }: { value: Promise<ReactNode> }) {
  return <>{use(value)}</>;
}

/**
 * Server-rendered content streamed after the rest of the page: the server component hands over a
 * promise of it, and the page's first render (and its HTML) shows a busy placeholder until it
 * arrives. After a new calculation the previous content stays, marked busy, until the new one has
 * streamed in: the promise on screen changes, in a transition, only once the new one has resolved,
 * so the offers are shown without waiting for it and nothing flashes. A promise superseded before
 * it resolved is never shown.
 */
export function Deferred({ content }: { content: Promise<ReactNode> }) {
  const [shown, setShown] = useState(content);
  useEffect(() => {
    let live = true;
    content.then(
      () => {
        if (live) startTransition(() => setShown(content));
      },
      () => {
        // A failed render shows nothing new: the previous content stays.
      },
    );
    return () => {
      live = false;
    };
  }, [content]);
  return (
    <div aria-busy={shown !== content}>
      <Suspense fallback={<div aria-busy="true" className="h-80 rounded-xl border border-slate-200 bg-white" />}>
        <Content value={shown} />
      </Suspense>
    </div>
  );
}
