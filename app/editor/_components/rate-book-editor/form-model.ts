// The editor's working copy of a rate book: the JSON with every editable value as the text of
// its input, rows tagged with ids (React keys, focus), and each part's original JSON kept so that
// fields the editor does not show survive a save. `toForm` reads a book (of any shape: a broken
// draft must open too); `toBody` writes it back and reports the cells whose text cannot be
// written (a condition or a percent that does not parse). A book opened and written back
// unchanged is the same JSON (up to key order).
export type { AgentDiscountForm, Component, DiscountForm, EditorIssue, EligibilityForm, FallbackForm, ModelRateForm, NoteForm, OptionList, RateBookForm, RowForm, TableForm } from "./form-model/types";
export { COMPONENTS, ELIGIBILITY_DECIMALS, ELIGIBILITY_INTS, OPTION_LISTS } from "./form-model/types";
export { uid } from "./form-model/uid";
export { paths } from "./form-model/paths";
export { toForm } from "./form-model/to-form";
export { toBody } from "./form-model/to-body";
export { emptyRow, move, newTable } from "./form-model/edits";
export { canonicalJson } from "./form-model/values";
