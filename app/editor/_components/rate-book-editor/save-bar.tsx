"use client";
import { primaryButtonClass } from "./cells";

export type SaveStatus =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved" }
  | { kind: "loaded"; updatedBy: string }
  | { kind: "error"; message: string }
  | { kind: "conflict"; theirs: unknown; theirRevision: number; updatedBy: string };

interface Props {
  revision: number;
  dirty: boolean;
  status: SaveStatus;
  /** Why Save is disabled (errors, warnings to acknowledge, nothing to save), or null. */
  blockedReason: string | null;
  onSave: () => void;
}

/** Save button, why it cannot be pressed, and what the last save did; stays in view while scrolling. */
export function SaveBar({ revision, dirty, status, blockedReason, onSave }: Props) {
  return (
    <div className="sticky top-0 z-20 -mx-2 flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-slate-200 bg-white/95 px-2 py-3 backdrop-blur">
      <button type="button" className={primaryButtonClass} onClick={onSave} disabled={blockedReason !== null} aria-describedby="rb-save-reason">
        {status.kind === "saving" ? "Сохранение…" : "Сохранить"}
      </button>
      <span id="rb-save-reason" className="text-sm text-slate-700">
        {blockedReason ?? (dirty ? "Есть несохранённые изменения" : "")}
      </span>
      <span className="text-xs text-slate-500">Ревизия {revision}</span>
      <div role="status" className="text-sm font-medium text-green-800">
        {status.kind === "saved" && !dirty ? "Сохранено" : ""}
        {status.kind === "loaded" ? `Загружена версия, сохранённая ${status.updatedBy}` : ""}
      </div>
      {status.kind === "error" ? (
        <p role="alert" className="basis-full text-sm font-medium text-red-700">
          {status.message}
        </p>
      ) : null}
    </div>
  );
}
