"use client";
// The edits of the programmes' own tables, for the rate-book editor: change, remove, add. Which
// tables are open and their issue counts are the editor's, shared with the book's own tables.
import { useCallback, useMemo, type Dispatch, type MutableRefObject, type SetStateAction } from "react";
import type { RateBookForm, TableForm } from "./form-model";
import { tablePathsAt } from "./form-model/paths";
import { domId } from "./issues";
import type { TableControls } from "./programme-tables";

export function useProgrammeTables({
  setForm,
  formRef,
  openTables,
  setOpenTables,
  tableCounts,
  toggleTable,
  requestFocus,
  readOnly,
}: {
  setForm: Dispatch<SetStateAction<RateBookForm>>;
  formRef: MutableRefObject<RateBookForm>;
  openTables: ReadonlySet<string>;
  setOpenTables: Dispatch<SetStateAction<ReadonlySet<string>>>;
  tableCounts: TableControls["counts"];
  toggleTable: (uid: string) => void;
  requestFocus: (id: string) => void;
  readOnly: boolean;
}): TableControls {
  const update = useCallback(
    (uid: string, fn: (t: TableForm) => TableForm) =>
      setForm((f) => ({ ...f, v2: { ...f.v2, programmes: f.v2.programmes.map((p) => (p.factors.some((t) => t.uid === uid) ? { ...p, factors: p.factors.map((t) => (t.uid === uid ? fn(t) : t)) } : p)) } })),
    [setForm],
  );
  const remove = useCallback(
    (uid: string) => {
      setForm((f) => ({ ...f, v2: { ...f.v2, programmes: f.v2.programmes.map((p) => ({ ...p, factors: p.factors.filter((t) => t.uid !== uid) })) } }));
      requestFocus("rb-section-programmes");
    },
    [setForm, requestFocus],
  );
  const add = useCallback(
    (index: number, table: TableForm) => {
      setForm((f) => ({ ...f, v2: { ...f.v2, programmes: f.v2.programmes.map((p, i) => (i === index ? { ...p, factors: [...p.factors, table] } : p)) } }));
      setOpenTables((open) => new Set(open).add(table.uid));
      const at = formRef.current.v2.programmes[index]?.factors.length ?? 0;
      requestFocus(domId(tablePathsAt(["programmes", index, "factors", at]).cell(0, table.keys[0] ?? "")));
    },
    [setForm, setOpenTables, formRef, requestFocus],
  );
  return useMemo(() => ({ open: openTables, counts: tableCounts, onToggle: toggleTable, update, remove, add, readOnly }), [openTables, tableCounts, toggleTable, update, remove, add, readOnly]);
}
