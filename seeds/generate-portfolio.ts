/**
 * Writes data/portfolio/requests.jsonl: the fixed portfolio of 3 000 representative quote requests
 * (JSON Lines) on which the rate-book editor measures the impact of a tariff change.
 *
 * THE FILE IS THE SOURCE OF TRUTH. Impact figures are compared across edits over the same
 * requests, so the file is not regenerated when the catalog changes: edit the file (every line
 * must stay valid, see lib/editor/load-portfolio.server.ts). The draw is seeded, so rerunning with
 * --force gives the same file byte for byte (tests/editor/portfolio-products.test.ts checks it).
 * Two draws: the requests themselves (SEED), then what a third of them choose of a format-2 rate
 * book — programme, add-ons, short term, instalments, a new car (PRODUCT_SEED, see
 * lib/sample/product-choices.ts); the second leaves the other requests exactly as the first drew them.
 *
 *   npx tsx seeds/generate-portfolio.ts [--force]
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { catalog } from "@/lib/catalog";
import { parseQuoteRequest } from "@/lib/rating";
import { generateRequests } from "@/lib/sample/generate-requests";
import { addProductChoices } from "@/lib/sample/product-choices";

const COUNT = 3000;
const SEED = 20261201;
const PRODUCT_SEED = 20270701;
const POLICY_START = "2026-12-01";
/** The day the file was made: every line states its policyStart, so this only checks the lines. */
const TODAY = "2026-11-22";

const target = fileURLToPath(new URL("../data/portfolio/requests.jsonl", import.meta.url));
if (existsSync(target) && !process.argv.includes("--force")) {
  console.error(`${target} exists and is the source of truth; pass --force to overwrite it.`);
  process.exit(1);
}

const requests = addProductChoices(generateRequests(catalog, COUNT, SEED, POLICY_START), PRODUCT_SEED);
const lines = requests.map((request, i) => {
  const line = JSON.stringify(request);
  const parsed = parseQuoteRequest(JSON.parse(line), catalog, TODAY);
  if (!parsed.ok) throw new Error(`generated request ${i + 1} is invalid: ${JSON.stringify(parsed.error.issues)}`);
  return line;
});
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, `${lines.join("\n")}\n`);
console.log(`wrote ${lines.length} requests to ${target} (seeds ${SEED} and ${PRODUCT_SEED}, policy start ${POLICY_START})`);
