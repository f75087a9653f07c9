// @vitest-environment jsdom
import { Suspense } from "react";
import { describe, expect, it } from "vitest";
import { act, render, screen } from "@testing-library/react";
import { CalculatorProvider, useCalculator } from "@/app/_components/calculator/calculator-context";
import { calculatorValue } from "./helpers";
import { messages as en } from "@/app/_components/calculator/calculator-messages-en";

function Probe() {
  const { models, regions, form } = useCalculator();
  return (
    <p>
      {form.title}: {models.length} models, {regions.length} regions, first {regions[0]?.label}; camry keys {models.find((m) => m.id === "toyota-camry")?.keys.includes("kamri") ? "yes" : "no"}
    </p>
  );
}

describe("CalculatorProvider", () => {
  it("makes the strings and loads the model and region choices itself when the page sends only the language and the strings' address", async () => {
    // The strings' address as the layout gives it, here a data: URL the browser's fetch reads.
    const stringsUrl = `data:application/json,${encodeURIComponent(JSON.stringify(en))}`;
    await act(async () => {
      render(
        <Suspense fallback={<p>loading</p>}>
          <CalculatorProvider value={{ locale: "en", stringsUrl }}>
            <Probe />
          </CalculatorProvider>
        </Suspense>,
      );
    });
    expect(await screen.findByText(/^KASKO quote: 186 models, 85 regions, first 01 — Republic of Adygea; camry keys yes/)).toBeInTheDocument();
  });

  it("uses the choices it is given (tests, or a server that has them) without loading anything", () => {
    render(
      <CalculatorProvider value={calculatorValue("ru")}>
        <Probe />
      </CalculatorProvider>,
    );
    expect(screen.getByText(/186 models, 85 regions, first 01 — Республика Адыгея/)).toBeInTheDocument();
  });
});
