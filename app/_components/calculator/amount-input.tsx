"use client";
import { useState } from "react";
import { formatTypedAmount, type UiLocale } from "@/lib/format/money";
import { inputClass } from "@/app/_components/ui/field";

interface Props {
  id: string;
  name?: string;
  value: string;
  locale: UiLocale;
  onChange: (value: string) => void;
  /** The field's own aria-describedby (hint or error). */
  describedBy?: string;
  invalid?: boolean;
  /** Says why a letter typed into the amount did not appear. */
  digitsOnly: string;
  /** Shown inside the field's right edge ("₽"). */
  suffix?: string;
}

/** Anything but digits, spaces and a decimal mark: what the amount formatter drops. */
const NOT_AN_AMOUNT = /[^\d\s.,\u00a0\u202f]/;

/**
 * A ruble amount, grouped as it is typed ("1 200 000"). Letters and signs cannot be typed; when
 * one is, a note under the field says so (and is announced), instead of the key doing nothing.
 */
export function AmountInput({ id, name, value, locale, onChange, describedBy, invalid, digitsOnly, suffix }: Props) {
  const [refused, setRefused] = useState(false);
  const noteId = `${id}-note`;
  return (
    <>
      <div className="relative">
      <input
        id={id}
        name={name}
        inputMode="decimal"
        autoComplete="off"
        aria-describedby={[describedBy, refused ? noteId : undefined].filter(Boolean).join(" ") || undefined}
        aria-invalid={invalid ? true : undefined}
        className={suffix ? `${inputClass} pr-8` : inputClass}
        value={value}
        onChange={(e) => {
          setRefused(NOT_AN_AMOUNT.test(e.target.value));
          onChange(formatTypedAmount(e.target.value, locale));
        }}
        onBlur={() => setRefused(false)}
      />
      {suffix ? (
        <span aria-hidden="true" className="pointer-events-none absolute inset-y-0 right-3 flex items-center text-slate-500">
          {suffix}
        </span>
      ) : null}
      </div>
      <p id={noteId} aria-live="polite" className={refused ? "text-sm text-amber-800" : "sr-only"}>
        {refused ? digitsOnly : ""}
      </p>
    </>
  );
}
