// @vitest-environment jsdom
/**
 * The first registration date: a native date input in the car's folded conditions, with its hint
 * and its own error, and the car's age in months named in the worksheet of a book that used it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/react";
import { catalog } from "@/lib/catalog";
import { buildLibrary, compareQuotes, loadRateBook, parseQuoteRequest } from "@/lib/rating";
import { DEFAULT_FORM, type FormState } from "@/lib/form/form-state";
import { CarFields } from "@/app/_components/calculator/car-fields";
import { WorksheetTable } from "@/app/_components/results/worksheet-table";
import { renderCalculator, translator } from "./helpers";

function Harness({ errors = {}, onChange }: { errors?: Record<string, string>; onChange: (form: FormState) => void }) {
  const [form, setForm] = useState<FormState>(DEFAULT_FORM);
  return (
    <CarFields
      form={form}
      errors={errors}
      powerTyped={false}
      setPowerTyped={() => {}}
      update={(patch) => {
        const next = { ...form, ...patch };
        setForm(next);
        onChange(next);
      }}
    />
  );
}

describe("the first registration date in the car's section", () => {
  it("is an optional date input with a hint saying why it matters, in both languages", async () => {
    let last: FormState = DEFAULT_FORM;
    const { user } = renderCalculator(<Harness onChange={(f) => (last = f)} />);
    await user.click(screen.getByText("Ещё условия"));
    const input = screen.getByLabelText("Дата первой регистрации");
    expect(input).toHaveAttribute("type", "date");
    expect(input).not.toBeRequired();
    expect(input).toHaveAccessibleDescription(/возраст машины в месяцах/);
    await user.type(input, "2026-03-15");
    expect(last.registeredOn).toBe("2026-03-15");
    // The folded section's summary states the date.
    expect(screen.getByText(/Дата первой регистрации: 2026-03-15/)).toBeInTheDocument();
  });

  it("shows its error inline, opened, and in English", () => {
    renderCalculator(<Harness errors={{ registeredOn: "The registration date cannot be after the policy start" }} onChange={() => {}} />, "en");
    const input = screen.getByLabelText("First registration date");
    expect(input).toBeVisible();
    expect(input).toHaveAttribute("aria-invalid", "true");
    expect(input).toHaveAccessibleDescription("The registration date cannot be after the policy start");
  });
});

describe("the worksheet of a book that prices the car's age in months", () => {
  const beta = JSON.parse(readFileSync(join(process.cwd(), "tests", "fixtures", "rate-books", "beta", "2020-01-01.json"), "utf8")) as { factors: unknown[] };
  const book = loadRateBook(
    {
      ...beta,
      factors: [...beta.factors, { id: "young-car", label: { ru: "Молодой автомобиль", en: "Young car" }, appliesTo: ["single"], operation: "multiply", keys: ["vehicle.ageMonths"], rows: [{ when: { "vehicle.ageMonths": { lt: 6 } }, value: "0.95" }], default: "1" }],
    },
    "beta with a months table",
  );
  const parsed = parseQuoteRequest({ policyStart: "2026-12-01", region: "77", vehicle: { modelId: "hyundai-solaris", year: 2026, price: "1000000", registeredOn: "2026-07-15" }, drivers: [{ age: 40, experienceYears: 20 }] }, catalog, "2026-12-01");
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  const quote = compareQuotes(parsed.request, buildLibrary([book]), catalog).quotes[0]!;

  it.each([
    ["ru", "возраст с первой регистрации, мес.: 4"],
    ["en", "age since first registration, months: 4"],
  ] as const)("names the months from the registration (%s)", (locale, text) => {
    render(<WorksheetTable quote={quote} locale={locale} t={translator("Worksheet", locale)} tv={translator("Variables", locale)} />);
    const row = within(screen.getByRole("table")).getAllByRole("row").find((r) => r.textContent?.includes(locale === "ru" ? "Молодой автомобиль" : "Young car"))!;
    expect(row).toHaveTextContent(text);
  });
});
