"use client";
import { useState } from "react";
import { buttonClass } from "./cells";
import type { TableForm } from "./form-model";
import { v2Paths, type ProgrammeForm } from "./form-model/v2";
import { FactorTableSection } from "./factor-table-section";
import { NewTableForm } from "./new-table-form";
import { fill } from "./grid-texts";
import { useGridTexts } from "./grid-texts-context";

/** What the programme tables share with the book's tables: which are open, their issue counts, the edits. */
export interface TableControls {
  open: ReadonlySet<string>;
  /** Errors and unacknowledged warnings by table key ("programmes.1.factors.0"). */
  counts: ReadonlyMap<string, { errors: number; warnings: number }>;
  onToggle: (uid: string) => void;
  update: (uid: string, fn: (t: TableForm) => TableForm) => void;
  remove: (uid: string) => void;
  /** Adds a new table (one empty row) at the end of programme `index`'s own tables. */
  add: (index: number, table: TableForm) => void;
  readOnly?: boolean;
}

/** A formula programme's own factor tables, each the same collapsible grid as the book's shared tables. */
export function ProgrammeTables({ programme, index, controls }: { programme: ProgrammeForm; index: number; controls: TableControls }) {
  const t = useGridTexts();
  const [adding, setAdding] = useState(false);
  const addId = `rb-programme-${index}-add-table`;
  const adder = controls.readOnly ? null : adding ? (
    <NewTableForm
      idPrefix={`programme-${index}-new-table`}
      title={fill(t.newProgrammeTable, { id: programme.id })}
      existingIds={programme.factors.map((table) => table.id)}
      onCancel={() => {
        setAdding(false);
        requestAnimationFrame(() => document.getElementById(addId)?.focus());
      }}
      onCreate={(table) => {
        controls.add(index, table);
        setAdding(false);
      }}
    />
  ) : (
    <button type="button" id={addId} className={buttonClass} onClick={() => setAdding(true)}>
      {fill(t.addProgrammeTable, { id: programme.id })}
    </button>
  );
  if (programme.factors.length === 0)
    return (
      <div className="space-y-2">
        <p className="text-xs text-slate-600">{t.noProgrammeTables}</p>
        {adder}
      </div>
    );
  return (
    <div className="space-y-2">
      <p className="text-sm font-semibold text-slate-800">{fill(t.programmeTables, { id: programme.id })}</p>
      <p className="text-xs text-slate-600">{t.programmeTablesHint}</p>
      {programme.factors.map((table, j) => {
        const c = controls.counts.get(`programmes.${index}.factors.${j}`);
        return (
          <FactorTableSection
            key={table.uid}
            table={table}
            index={j}
            at={v2Paths.programmeTable(index, j)}
            titlePrefix={fill(t.programmeTablePrefix, { id: programme.id })}
            open={controls.open.has(table.uid)}
            errors={c?.errors ?? 0}
            warnings={c?.warnings ?? 0}
            onToggle={controls.onToggle}
            update={controls.update}
            remove={controls.remove}
          />
        );
      })}
      {adder}
    </div>
  );
}
