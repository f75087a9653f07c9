"use client";

/** What was quoted, as label–value rows formatted on the server (quote-summary.tsx): shown only when printed. */
export function PrintSummary({ title, rows }: { title: string; rows: [string, string][] }) {
  return (
    <section aria-labelledby="summary-title" className="hidden print:block" data-testid="quote-summary">
      <h2 id="summary-title" className="text-lg font-bold">{title}</h2>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium">{label}</dt>
            <dd className="break-all">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
