"use client";
import Link from "next/link";

/**
 * The page of a refused or missing address (app/forbidden.tsx, not-found.tsx, unauthorized.tsx),
 * its texts translated by the server. A client component: every page's data carries these
 * boundaries for each of its layouts, so they travel as three texts, not as an element tree.
 */
export function StatusPage({ title, text, link }: { title: string; text: string; link?: string }) {
  return (
    <main className="mx-auto max-w-xl space-y-4 px-4 py-10">
      <h1 className="text-2xl font-bold text-brand-900">{title}</h1>
      <p className="text-slate-700">{text}</p>
      {link ? (
        <p>
          <Link href={link} className="font-medium text-brand-700 underline">
            {link}
          </Link>
        </p>
      ) : null}
    </main>
  );
}
