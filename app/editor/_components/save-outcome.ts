/** What the rate-book editor sends to the server action that saves a draft. */
export interface SaveInput {
  /** The draft version's id. */
  id: number;
  /** The whole rate book as the editor has it (may be checked again on the server with ZRateBook). */
  body: unknown;
  /** The revision the editor started from; the server refuses (conflict) when the draft has moved on since. */
  baseRevision: number;
}

/**
 * The server action's answer. `conflict`: another editor saved first; `currentBody` and
 * `currentRevision` are what is saved now and `updatedBy` who saved it. `invalid`: the body did
 * not validate on the server. The rest: not allowed, not a draft any more (published), gone.
 * Messages are shown to the editor as they are (Russian).
 */
export type SaveOutcome =
  | { ok: true; revision: number }
  | { ok: false; reason: "conflict"; currentBody: unknown; currentRevision: number; updatedBy: string }
  | { ok: false; reason: "invalid"; message: string }
  | { ok: false; reason: "forbidden" | "not_a_draft" | "not_found"; message: string };

export type SaveRateBook = (input: SaveInput) => Promise<SaveOutcome>;
