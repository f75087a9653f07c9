// Server-only: tells this process's cached rate-book library that an edition was just published
// here. Other processes learn of it by polling (see published-library-cache.server.ts).
type Listener = () => void;

const globalForPublications = globalThis as unknown as { kaskoPublicationListeners?: Set<Listener> };

function listeners(): Set<Listener> {
  return (globalForPublications.kaskoPublicationListeners ??= new Set());
}

export function onPublished(listener: Listener): () => void {
  listeners().add(listener);
  return () => listeners().delete(listener);
}

/** Called after a transaction that published an edition has committed. */
export function announcePublished(): void {
  for (const listener of listeners()) listener();
}
