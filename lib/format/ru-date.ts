// Dates as Russian readers write them, for the editor's and the agent's pages and messages.

/** 2026-12-01 → 01.12.2026, as Russian readers write dates. */
export function ruDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}.${m}.${y}`;
}
