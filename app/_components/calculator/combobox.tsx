"use client";
import { useId, useMemo, useState, type KeyboardEvent } from "react";
import { searchItems, type SearchItem } from "@/lib/catalog/search";
import { inputClass } from "@/app/_components/ui/field";

interface Props {
  /** The input's id (its label points at it). */
  id: string;
  name: string;
  value: string;
  items: readonly SearchItem[];
  onChange: (text: string) => void;
  /** The aria-describedby and aria-invalid of the field (see describedBy). */
  describedBy?: string;
  invalid?: boolean;
  /** "Подсказок в списке: 3" — announced when the list changes. */
  countText: (n: number) => string;
  /** The list's accessible name ("Подсказки"); the field's label names the field only. */
  listLabel: string;
}

const MAX_SHOWN = 10;

/**
 * A text field with suggestions: the ARIA 1.2 combobox pattern (an input with a listbox popup).
 * Typing filters the list the way people write (see lib/catalog/search.ts); Down/Up move through
 * it, Enter or a click picks the suggestion (Enter then does not submit the form), Escape closes
 * the list. What is typed stays as typed until a suggestion is picked.
 */
export function Combobox({ id, name, value, items, onChange, describedBy, invalid, countText, listLabel }: Props) {
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const found = useMemo(() => searchItems(items, value, MAX_SHOWN), [items, value]);
  // Nothing to suggest when the field already holds the one suggestion's exact label.
  const shown = found.length === 1 && found[0]!.label === value ? [] : found;
  const expanded = open && shown.length > 0;

  const pick = (item: SearchItem) => {
    onChange(item.label);
    setOpen(false);
    setActive(-1);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!expanded) {
        setOpen(true);
        setActive(e.key === "ArrowDown" ? 0 : shown.length - 1);
        return;
      }
      const step = e.key === "ArrowDown" ? 1 : -1;
      setActive((a) => (a + step + shown.length) % shown.length);
    } else if (e.key === "Enter") {
      if (expanded && active >= 0 && shown[active]) {
        e.preventDefault();
        pick(shown[active]);
      }
    } else if (e.key === "Escape") {
      if (expanded) {
        e.preventDefault();
        setOpen(false);
        setActive(-1);
      }
    }
  };

  return (
    <div className="relative">
      <input
        id={id}
        name={name}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        aria-describedby={describedBy}
        aria-invalid={invalid ? true : undefined}
        autoComplete="off"
        className={inputClass}
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setOpen(false);
          setActive(-1);
        }}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={listLabel}
        hidden={!expanded}
        className="absolute inset-x-0 top-full z-20 mt-1 max-h-72 overflow-auto rounded-md border border-slate-300 bg-white py-1 shadow-lg"
        // Keeps the focus in the input while an option is clicked.
        onMouseDown={(e) => e.preventDefault()}
      >
        {expanded
          ? shown.map((item, i) => (
              <li
                key={item.id}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={`cursor-pointer px-3 py-2 text-base ${i === active ? "bg-brand-600 text-white" : "text-slate-900 hover:bg-slate-100"}`}
                onClick={() => pick(item)}
              >
                {item.label}
              </li>
            ))
          : null}
      </ul>
      <p className="sr-only" aria-live="polite">
        {expanded ? countText(shown.length) : ""}
      </p>
    </div>
  );
}
