/**
 * The vehicle models a rate book names: the keys of every `byModel` table and every value a
 * condition gives for `vehicle.modelId`, wherever they appear (the walk does not depend on the
 * rate book's layout). Pure; takes `unknown`, so a draft that does not validate is checked as far
 * as its shape allows.
 */

export interface ModelReference {
  id: string;
  /** Where: the byModel key itself, or the condition (with the list index when it is a list). */
  path: (string | number)[];
}

function walk(node: unknown, path: (string | number)[], into: ModelReference[]): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => walk(item, [...path, i], into));
    return;
  }
  if (node === null || typeof node !== "object") return;
  for (const [key, value] of Object.entries(node)) {
    if (key === "byModel" && value !== null && typeof value === "object" && !Array.isArray(value)) {
      for (const id of Object.keys(value)) into.push({ id, path: [...path, key, id] });
    } else if (key === "vehicle.modelId") {
      if (typeof value === "string") into.push({ id: value, path: [...path, key] });
      else if (Array.isArray(value)) value.forEach((v, i) => typeof v === "string" && into.push({ id: v, path: [...path, key, i] }));
    } else {
      walk(value, [...path, key], into);
    }
  }
}

/** Every place the rate book names a model, in document order. */
export function modelReferencePaths(book: unknown): ModelReference[] {
  const found: ModelReference[] = [];
  walk(book, [], found);
  return found;
}

/** Every model id the rate book names, each once, in the order first met. */
export function modelReferences(book: unknown): string[] {
  return [...new Set(modelReferencePaths(book).map((r) => r.id))];
}

/** The model ids the rate book names that are not in the catalog. */
export function unknownModels(book: unknown, models: { has(id: string): boolean }): string[] {
  return modelReferences(book).filter((id) => !models.has(id));
}
