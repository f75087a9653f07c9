/** The agent's discount from commission in the rate-book format: schema, lint, diff and the editor's form. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toBody, toForm } from "@/app/editor/_components/rate-book-editor/form-model";
import { diffRateBooks } from "@/lib/editor/diff-rate-books";
import { lintRateBook } from "@/lib/editor/lint-rate-book";
import { ZAgentDiscount, ZRateBook } from "@/lib/rating";
import { fixturePath } from "@/tests/helpers/fixture-library";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const book = (insurer: string, edition = "2019-01-01"): Json => JSON.parse(readFileSync(fixturePath(insurer, edition), "utf8"));

describe("agentDiscount in the schema", () => {
  it("accepts a cap with or without the single-payment condition, and its absence", () => {
    expect(ZAgentDiscount.parse({ maxPercent: "7.5" })).toEqual({ maxPercent: "7.5" });
    expect(ZAgentDiscount.parse({ maxPercent: "0", singlePaymentOnly: true })).toEqual({ maxPercent: "0", singlePaymentOnly: true });
    const b = book("surgutneftegaz");
    expect(b.agentDiscount).toBeUndefined();
    expect(ZRateBook.parse(b).agentDiscount).toBeUndefined();
  });

  it.each([["-1"], ["100.01"], ["abc"], [5]])("refuses the cap %j", (maxPercent) => {
    expect(ZAgentDiscount.safeParse({ maxPercent }).success).toBe(false);
  });

  it("refuses unknown conditions", () => {
    expect(ZAgentDiscount.safeParse({ maxPercent: "5", onlyOnTuesdays: true }).success).toBe(false);
  });

  it("the demonstration books state their caps and say where they come from", () => {
    const maks = book("maks");
    expect(maks.agentDiscount).toEqual({ maxPercent: "5", singlePaymentOnly: true });
    expect(maks.provenance.values.agentDiscount).toMatch(/^demonstration: /);
    expect(book("ingosstrakh").agentDiscount).toEqual({ maxPercent: "12" });
  });
});

describe("agentDiscount in the lint", () => {
  it("a cap outside 0–100 is an error at its cell, in Russian", () => {
    const b = book("maks");
    b.agentDiscount.maxPercent = "150";
    const issue = lintRateBook(b).find((i) => i.path === "agentDiscount.maxPercent");
    expect(issue).toMatchObject({ severity: "error", code: "schema", tableId: "discounts", message: "Значение должно быть от 0 до 100" });
  });

  it("a cap above what a commission could fund is a warning; a usual one is not", () => {
    const b = book("maks");
    b.agentDiscount.maxPercent = "45";
    const issues = lintRateBook(b).filter((i) => i.code === "agent-discount-implausible");
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: "warning", path: "agentDiscount.maxPercent", key: "agent-discount-implausible|45" });
    b.agentDiscount.maxPercent = "30";
    expect(lintRateBook(b).filter((i) => i.code === "agent-discount-implausible")).toEqual([]);
  });
});

describe("agentDiscount in the diff", () => {
  it("reports a changed cap and a changed condition; equal decimals are no change", () => {
    const before = book("maks");
    const after = book("maks");
    after.agentDiscount = { maxPercent: "6.50" };
    expect(diffRateBooks(before, after).filter((c) => c.path.startsWith("agentDiscount"))).toEqual([
      { kind: "changed", area: "discounts", field: "agentDiscount.maxPercent", path: "agentDiscount.maxPercent", before: "5", after: "6.50" },
      { kind: "changed", area: "discounts", field: "agentDiscount.singlePaymentOnly", path: "agentDiscount.singlePaymentOnly", before: "true", after: "false" },
    ]);
    after.agentDiscount = { maxPercent: "5.0", singlePaymentOnly: true };
    expect(diffRateBooks(before, after)).toEqual([]);
  });

  it("a cap added to a book that had none is a change from 0", () => {
    const before = book("surgutneftegaz");
    const after = book("surgutneftegaz");
    after.agentDiscount = { maxPercent: "4" };
    expect(diffRateBooks(before, after)).toEqual([{ kind: "changed", area: "discounts", field: "agentDiscount.maxPercent", path: "agentDiscount.maxPercent", before: "0", after: "4" }]);
  });
});

describe("agentDiscount in the editor's form", () => {
  it("writes an edited cap and condition back, and keeps an untouched book as it was", () => {
    const b = book("maks");
    expect(toBody(toForm(b)).body.agentDiscount).toEqual({ maxPercent: "5", singlePaymentOnly: true });
    const form = toForm(b);
    const edited = toBody({ ...form, agentDiscount: { ...form.agentDiscount, maxPercent: " 8 ", singlePaymentOnly: false } }).body;
    expect(edited.agentDiscount).toEqual({ maxPercent: "8" });
    expect(ZRateBook.parse(edited).agentDiscount).toEqual({ maxPercent: "8" });
  });

  it("an emptied cap removes the block (no discount allowed); a new one is added", () => {
    const form = toForm(book("maks"));
    expect(toBody({ ...form, agentDiscount: { ...form.agentDiscount, maxPercent: "", singlePaymentOnly: false } }).body).not.toHaveProperty("agentDiscount");
    const none = toForm(book("surgutneftegaz"));
    expect(none.agentDiscount).toMatchObject({ maxPercent: "", singlePaymentOnly: false });
    expect(toBody(none).body).not.toHaveProperty("agentDiscount");
    expect(toBody({ ...none, agentDiscount: { ...none.agentDiscount, maxPercent: "3" } }).body.agentDiscount).toEqual({ maxPercent: "3" });
  });

  it("a condition without a cap is written as it is, so the lint points at the empty cap", () => {
    const form = toForm(book("surgutneftegaz"));
    const body = toBody({ ...form, agentDiscount: { ...form.agentDiscount, singlePaymentOnly: true } }).body;
    expect(lintRateBook(body).find((i) => i.path === "agentDiscount.maxPercent")).toMatchObject({ severity: "error" });
  });
});
