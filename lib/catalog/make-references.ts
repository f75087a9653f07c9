/**
 * The makes a rate book names: every value a condition or table row gives for `vehicle.make`,
 * wherever it appears (the walk does not depend on the rate book's layout), as
 * model-references.ts finds models. Pure; takes `unknown`.
 */
function walk(node: unknown, into: Set<string>): void {
  if (Array.isArray(node)) {
    for (const item of node) walk(item, into);
    return;
  }
  if (node === null || typeof node !== "object") return;
  for (const [key, value] of Object.entries(node)) {
    if (key === "vehicle.make") {
      if (typeof value === "string") into.add(value);
      else if (Array.isArray(value)) for (const v of value) if (typeof v === "string") into.add(v);
    } else {
      walk(value, into);
    }
  }
}

/** Every make the rate book names, each once, in the order first met. */
export function makeReferences(book: unknown): string[] {
  const found = new Set<string>();
  walk(book, found);
  return [...found];
}
