"use client";
import { useEffect, useRef, useState } from "react";

/**
 * Whether a <details> is open, for content drawn only when it is: its ref, its state and its
 * onToggle. A <details> opened before the page's code ran (its toggle was not seen) is caught up
 * with once mounted.
 */
export function useDetailsOpen() {
  const ref = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (ref.current?.open) setOpen(true);
  }, []);
  const onToggle = (e: { currentTarget: HTMLDetailsElement }) => setOpen(e.currentTarget.open);
  return { ref, open, onToggle };
}
