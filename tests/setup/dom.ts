import "@testing-library/jest-dom/vitest";
import { afterEach } from "vitest";

/**
 * Component tests run in jsdom (per-file `// @vitest-environment jsdom`). The project does not
 * use vitest globals, so Testing Library cannot register its own cleanup: unmount here after
 * every test that had a document. Node-environment tests are unaffected.
 */
afterEach(async () => {
  if (typeof document === "undefined") return;
  const { cleanup } = await import("@testing-library/react");
  cleanup();
});
