import Link from "next/link";
import { linkClass } from "@/app/editor/_components/styles";
import { dateTime } from "./summary-section";
import type { CalculationSectionProps } from "./types";

/** The re-quotes made of this calculation, newest first (none: nothing shown). */
export function HistorySection({ view, locale, t }: CalculationSectionProps) {
  if (view.requotes.length === 0) return null;
  return (
    <section aria-labelledby="requotes-title" className="space-y-2">
      <h2 id="requotes-title" className="text-lg font-semibold text-brand-900">
        {t("requotes")}
      </h2>
      <ul className="list-disc pl-5">
        {view.requotes.map((r) => (
          <li key={r.id}>
            <Link href={`/agent/calculations/${r.id}`} className={linkClass}>
              {t("calculation", { id: r.id })}
            </Link>{" "}
            — {dateTime(r.pricedAt, locale)}
          </li>
        ))}
      </ul>
    </section>
  );
}
