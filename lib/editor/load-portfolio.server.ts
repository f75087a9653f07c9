// Server-only: reads the impact portfolio from disk (also used by the benchmark under tsx, hence
// no "server-only" import; see docs/decisions/0004-server-only-code.md).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { catalog as defaultCatalog, type Catalog } from "@/lib/catalog";
import { parseQuoteRequest, quickQuoteRequest, type TQuoteRequest } from "@/lib/rating";

/**
 * The date the lines are validated against. Every portfolio line must state its policyStart, so
 * it only serves the schema's check of the model year; it is fixed so that loading never
 * depends on the clock.
 */
export const PORTFOLIO_TODAY = "2026-11-22";

/** data/portfolio/requests.jsonl under the project root. */
export function portfolioPath(root = process.cwd()): string {
  return join(root, "data", "portfolio", "requests.jsonl");
}

/**
 * Parses and validates JSON Lines text (blank lines skipped). A line that is not JSON, gives no
 * policyStart or fails validation throws naming `source`, its line number and the issues.
 */
export function parsePortfolio(text: string, source: string, catalog: Catalog = defaultCatalog): TQuoteRequest[] {
  const out: TQuoteRequest[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i += 1) {
    if (lines[i]!.trim() === "") continue;
    out.push(parsePortfolioLine(lines[i]!, `${source}, line ${i + 1}`, catalog));
  }
  return out;
}

const placeOf = (at: string | (() => string)) => (typeof at === "string" ? at : at());

/**
 * One non-blank portfolio line as a validated request; throws naming `at` (the line's place) and
 * the issues. `at` may be given as a function, called only for a bad line.
 */
export function parsePortfolioLine(text: string, at: string | (() => string), catalog: Catalog = defaultCatalog): TQuoteRequest {
  const line = text.trim();
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (e) {
    throw new Error(`${placeOf(at)}: not valid JSON: ${(e as Error).message}`);
  }
  if (typeof raw !== "object" || raw === null || typeof (raw as { policyStart?: unknown }).policyStart !== "string") {
    throw new Error(`${placeOf(at)}: a portfolio request must give its policyStart`);
  }
  // The plain shapes checked directly; anything else (every invalid line) by the schema, with its messages.
  const quick = quickQuoteRequest(raw, catalog);
  if (quick !== undefined) return quick;
  const parsed = parseQuoteRequest(raw, catalog, PORTFOLIO_TODAY);
  if (!parsed.ok) {
    const issues = parsed.error.issues.map((issue) => `${issue.path || "(request)"}: ${issue.message}`).join("; ");
    throw new Error(`${placeOf(at)}: invalid quote request: ${issues}`);
  }
  return parsed.request;
}

const cache = new Map<string, readonly TQuoteRequest[]>();

/**
 * The portfolio, validated against `catalog` (the shipped one by default). With the shipped
 * catalog it is read and validated once per process (per path). Do not mutate the result.
 */
export function loadPortfolio(path = portfolioPath(), catalog: Catalog = defaultCatalog): readonly TQuoteRequest[] {
  if (catalog !== defaultCatalog) return parsePortfolio(readFileSync(path, "utf8"), path, catalog);
  let requests = cache.get(path);
  if (requests === undefined) {
    requests = parsePortfolio(readFileSync(path, "utf8"), path);
    cache.set(path, requests);
  }
  return requests;
}
