"use client";
import type { ReactNode } from "react";
import { useDetailsOpen } from "../ui/use-details-open";

/**
 * The conditions a first calculation can leave as they are, folded under "More conditions" with
 * their current values (at first the reference values) stated in the summary. It opens by itself
 * when one of its fields has an error.
 *
 * Folded, its fields are not rendered (they are not seen, and most of the form's markup is here):
 * the values live in the form's state and in the URL, and the fields appear when it is opened.
 * `rendered` keeps them in the HTML while folded, for a section with a field the form sends
 * without JavaScript (a named field: the car's power).
 */
export function MoreConditions({ title, now, forceOpen, rendered = false, children }: { title: string; now: string; forceOpen: boolean; rendered?: boolean; children: ReactNode }) {
  const { ref, open, onToggle } = useDetailsOpen();
  const shown = open || forceOpen;
  return (
    <details ref={ref} open={shown} onToggle={onToggle} className="more">
      <summary className="more-summary">
        {title}
        <span className="more-now">{now}</span>
      </summary>
      {shown || rendered ? <div className="more-fields">{children}</div> : null}
    </details>
  );
}
