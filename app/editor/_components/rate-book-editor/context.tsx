"use client";
import { createContext, useContext } from "react";
import type { EditorIssue } from "./form-model";

export interface EditorContextValue {
  /** Issues by the anchor (cell path) that shows them. */
  byAnchor: ReadonlyMap<string, readonly EditorIssue[]>;
  /** Keys of acknowledged warnings. */
  acked: ReadonlySet<string>;
  readOnly: boolean;
  /** Focuses the element with this DOM id after the next render (a row just added, moved, removed). */
  requestFocus: (domId: string) => void;
}

const NO_ISSUES: readonly EditorIssue[] = [];

export const EditorContext = createContext<EditorContextValue>({ byAnchor: new Map(), acked: new Set(), readOnly: true, requestFocus: () => {} });

export function useEditor() {
  return useContext(EditorContext);
}

/** The issues one cell shows, and whether they make it invalid (an error) or flagged (a warning not yet acknowledged). */
export function useCellIssues(path: string) {
  const { byAnchor, acked } = useContext(EditorContext);
  const issues = byAnchor.get(path) ?? NO_ISSUES;
  return {
    issues,
    acked,
    hasError: issues.some((i) => i.severity === "error"),
    hasWarning: issues.some((i) => i.severity === "warning" && !acked.has(i.key)),
  };
}
