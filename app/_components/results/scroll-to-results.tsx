"use client";
import { useEffect } from "react";

export const SCROLL_FLAG = "kasko:scroll-to-results";

/**
 * After the form is submitted, bring the results into view when they are below the form
 * (on a phone); on a wide screen they are already beside it.
 */
export function ScrollToResults() {
  useEffect(() => {
    if (sessionStorage.getItem(SCROLL_FLAG) !== "1") return;
    sessionStorage.removeItem(SCROLL_FLAG);
    const results = document.getElementById("results");
    if (results && results.getBoundingClientRect().top > window.innerHeight) {
      results.scrollIntoView({ block: "start" });
      results.querySelector<HTMLElement>("h2")?.focus({ preventScroll: true });
    }
  }, []);
  return null;
}
