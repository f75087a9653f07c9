/**
 * Breaking one thing in a valid request (a wrong type, a number out of range, an unknown key, a
 * missing required field) must always be refused with a field-level issue at that field, and
 * never throw.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catalog } from "@/lib/catalog";
import { parseQuoteRequest } from "@/lib/rating";
import { mutationArb, validNamedDriversRequestArb } from "@/tests/helpers/arbitraries";
import { TODAY } from "@/tests/helpers/pricing";

describe("over random invalid requests", () => {
  it("the request is refused with an issue at the broken field", () => {
    fc.assert(
      fc.property(validNamedDriversRequestArb, mutationArb, (valid, mutation) => {
        const raw = structuredClone(valid);
        const path = mutation.apply(raw);
        const result = parseQuoteRequest(raw, catalog, TODAY);
        expect(result.ok, mutation.name).toBe(false);
        if (result.ok) return;
        expect(result.error.error).toBe("invalid_request");
        expect(result.error.issues.length).toBeGreaterThan(0);
        for (const issue of result.error.issues) {
          expect(typeof issue.path).toBe("string");
          expect(typeof issue.message).toBe("string");
          expect(issue.message.length).toBeGreaterThan(0);
        }
        // An object replaced by {} is reported at its missing fields, beneath the broken path.
        const paths = result.error.issues.map((i) => i.path);
        expect(paths.some((p) => p === path || p.startsWith(`${path}.`)), `${mutation.name}: issues at ${paths.join(", ")}`).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("a body that is not an object at all is refused at the root", () => {
    fc.assert(
      fc.property(fc.oneof(fc.constant(null), fc.string(), fc.integer(), fc.boolean(), fc.array(fc.integer())), (body) => {
        const result = parseQuoteRequest(body, catalog, TODAY);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.issues.map((i) => i.path)).toContain("");
      }),
      { numRuns: 50 },
    );
  });
});
