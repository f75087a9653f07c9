"use client";
import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { primaryButtonClass } from "./styles";

/** A form's submit button, disabled (and saying so) while the form is being sent. */
export function SubmitButton({ children, pendingText = "Подождите…", className = primaryButtonClass }: { children: ReactNode; pendingText?: string; className?: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={className}>
      {pending ? pendingText : children}
    </button>
  );
}
