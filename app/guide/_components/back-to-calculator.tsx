import Link from "next/link";
import { linkClass } from "./labels";

export function BackToCalculator({ label }: { label: string }) {
  return (
    <p className="text-base">
      <Link href="/" className={`${linkClass} font-medium`}>
        <span aria-hidden="true">← </span>
        {label}
      </Link>
    </p>
  );
}
