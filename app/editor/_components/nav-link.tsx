"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

/** A navigation link that marks itself as the current page. */
export function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const pathname = usePathname();
  const current = href === "/editor" ? pathname === "/editor" || pathname.startsWith("/editor/versions") : pathname.startsWith(href);
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={`rounded-md px-3 py-1.5 text-sm font-medium ${current ? "bg-brand-50 text-brand-900 ring-1 ring-brand-600/30" : "text-slate-700 hover:bg-slate-100"}`}
    >
      {children}
    </Link>
  );
}
