"use client";
import { useEffect } from "react";

export const SCROLL_FLAG = "kasko:scroll-to-results";

/**
 * After the form is submitted, bring the top of the results (the cheapest offer) into view:
 * on a phone they are below the form; on a wide screen they are beside the form's top, above
 * the submit button the user just pressed.
 */
export function ScrollToResults() {
  useEffect(() => {
    if (sessionStorage.getItem(SCROLL_FLAG) !== "1") return;
    sessionStorage.removeItem(SCROLL_FLAG);
    const results = document.getElementById("results");
    const top = results?.getBoundingClientRect().top ?? 0;
    if (results && (top > window.innerHeight / 3 || top < 0)) {
      results.scrollIntoView({ block: "start" });
      results.querySelector<HTMLElement>("h2")?.focus({ preventScroll: true });
    }
  }, []);
  return null;
}
