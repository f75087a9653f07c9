// @vitest-environment jsdom
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { render, screen, within } from "@testing-library/react";
import { catalog } from "@/lib/catalog";
import { compareQuotes, parseQuoteRequest } from "@/lib/rating";
import type { Quote } from "@/lib/rating/result-types";
import { getDiskLibrary } from "@/lib/rate-books/load-from-disk.server";
import { DEFAULT_FORM, type FormState } from "@/lib/form/form-state";
import { formatRub } from "@/lib/format/money";
import { ProgrammeFields } from "@/app/_components/calculator/programme-fields";
import { OfferProgramme } from "@/app/_components/results/offer-programme";
import { programmeView } from "@/app/_components/results/offer-programme-view";
import { WorksheetTable } from "@/app/_components/results/worksheet-table";
import { CompareTable } from "@/app/_components/results/compare-table";
import { CompareProvider } from "@/app/_components/results/compare-context";
import { openFolded, renderCalculator, translator } from "./helpers";

/** Text as toHaveTextContent compares it: every run of white space (no-break spaces too) one space. */
const plain = (text: string) => text.replace(/\s+/g, " ");

vi.mock("next/navigation", () => ({
  useRouter: () => ({ push: vi.fn(), replace: vi.fn(), refresh: vi.fn(), back: vi.fn(), prefetch: vi.fn() }),
}));

/** The new section with the form's state, as the calculator holds it. */
function Harness({ initial, onChange }: { initial: FormState; onChange: (form: FormState) => void }) {
  const [form, setForm] = useState(initial);
  return (
    <ProgrammeFields
      form={form}
      errors={{}}
      update={(patch) => {
        const next = { ...form, ...patch };
        setForm(next);
        onChange(next);
      }}
    />
  );
}

/** Real prices from the 2027-07-01 editions: Mazda 3 (2026), Moscow, one driver, with the add-ons asked. */
function compare2027(extra: Record<string, unknown>) {
  const parsed = parseQuoteRequest(
    { policyStart: "2027-07-01", region: "77", vehicle: { modelId: "mazda-3", year: 2026, price: 1200000 }, drivers: [{ age: 30, experienceYears: 5 }], ...extra },
    catalog,
    "2026-12-06",
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error.issues));
  return compareQuotes(parsed.request, getDiskLibrary(), catalog);
}

describe("the programme and add-on fields", () => {
  it("offers each add-on with its one-line explanation and keeps the choice", async () => {
    let last = DEFAULT_FORM;
    const { user } = renderCalculator(<Harness initial={DEFAULT_FORM} onChange={(f) => (last = f)} />);
    const section = screen.getByText("Программа и дополнительные опции", { selector: "legend" }).closest("fieldset")!;
    await user.click(section.querySelector("summary")!);
    // The opened section's fields are a chunk of their own: they appear once it has loaded.
    const gap = await screen.findByRole("checkbox", { name: "GAP" });
    expect(gap).toHaveAccessibleDescription(/разницу между страховой суммой и ценой нового автомобиля/);
    await user.click(gap);
    await user.click(screen.getByRole("checkbox", { name: "ДСАГО" }));
    expect(last.addOns).toEqual(["gap", "dsago"]);
    // ДСАГО asks for its limit and the trailer only when chosen.
    await user.selectOptions(screen.getByLabelText("Лимит ДСАГО"), "3000000");
    await user.click(screen.getByLabelText("ДСАГО с прицепом"));
    expect([last.dsagoSum, last.dsagoTrailer]).toEqual(["3000000", true]);
    await user.click(screen.getByRole("checkbox", { name: "ДСАГО" }));
    expect(screen.queryByLabelText("Лимит ДСАГО")).toBeNull();
    await user.selectOptions(screen.getByLabelText("Программа страхования"), "budget");
    await user.selectOptions(screen.getByLabelText("Срок полиса"), "6");
    await user.click(screen.getByLabelText("Новый автомобиль из салона"));
    await user.selectOptions(screen.getByLabelText("Сколько водителей допустить"), "3");
    expect(last).toMatchObject({ programme: "budget", term: "6", isNew: true, allowedDrivers: "3", addOns: ["gap"] });
    // The summary states the choice while the section is folded.
    expect(screen.getByText(/Бюджетная.*Опции: GAP.*6 месяцев.*Новый автомобиль/)).toBeInTheDocument();
  });

  it("asks for the lending bank only with credit, and for a number of drivers only without unlimited drivers", async () => {
    const { user, unmount } = renderCalculator(<Harness initial={{ ...DEFAULT_FORM, credit: true, unlimited: true }} onChange={() => {}} />);
    await openFolded(user);
    expect(screen.getByLabelText("Банк-кредитор")).toBeInTheDocument();
    expect(screen.queryByLabelText("Сколько водителей допустить")).toBeNull();
    unmount();
    const en = renderCalculator(<Harness initial={DEFAULT_FORM} onChange={() => {}} />, "en");
    await openFolded(en.user);
    expect(screen.queryByLabelText("Lending bank")).toBeNull();
    expect(screen.getByLabelText("Number of drivers allowed")).toBeInTheDocument();
    expect(screen.getByRole("checkbox", { name: "Extra liability (DSAGO)" })).toHaveAccessibleDescription("Liability to other road users above the OSAGO limit.");
  });
});

describe("an offer's programme and add-ons", () => {
  const result = compare2027({ addOns: ["gap", { id: "dsago", sumInsured: 1000000 }] });
  const ingos = result.quotes.find((q) => q.insurerId === "ingosstrakh")!;

  it("shows the programme, each add-on with its price, the cover's part and the demonstration notice", () => {
    expect(ingos.addOns?.map((a) => a.id)).toEqual(["gap", "dsago"]);
    render(<ul><li><OfferProgramme view={programmeView(ingos, "model=mazda-3", "ru", translator("Programmes"))} /></li></ul>);
    expect(screen.getByTestId("programme-name")).toHaveTextContent(ingos.programme!.name.ru);
    const addOns = screen.getByTestId("offer-add-ons");
    expect(within(addOns).getByTestId("add-on-gap")).toHaveTextContent(plain(`+ GAP:${formatRub(ingos.addOns![0]!.amount, "ru")}`));
    expect(within(addOns).getByTestId("add-on-dsago")).toHaveTextContent(plain(`+ ДСАГО (${formatRub("1000000", "ru", { whole: true })}):${formatRub(ingos.addOns![1]!.amount, "ru")}`));
    expect(addOns).toHaveTextContent(plain(`КАСКО:${formatRub(ingos.coverPremium!, "ru")}`));
    expect(screen.getByTestId("provenance")).toHaveTextContent("Демонстрационный тариф");
    expect(screen.getByRole("link", { name: "Другие программы — Ингосстрах" })).toHaveAttribute("href", "/programmes/ingosstrakh?model=mazda-3");
  });

  it("names a published tariff's source and date, and shows no split for one rate", () => {
    const published: Quote = { ...ingos, components: null, policyTermMonths: 6, provenance: { kind: "published", source: "Правила страхования, приложение 1", publishedOn: "2027-02-15" } };
    render(<OfferProgramme view={programmeView(published, "", "en", translator("Programmes", "en"))} />);
    expect(screen.getByTestId("provenance")).toHaveTextContent("Published tariff: Правила страхования, приложение 1, 15 February 2027");
    expect(screen.getByTestId("no-split")).toHaveTextContent("One rate for everything");
    expect(screen.getByText("6 months")).toBeInTheDocument();
  });

  it("has no programme lines for a version-1 book's offer", () => {
    const old = compare2027({ policyStart: "2026-12-10" }).quotes[0]!;
    render(<OfferProgramme view={programmeView(old, "", "ru", translator("Programmes"))} />);
    expect(screen.queryByTestId("programme-name")).toBeNull();
    expect(screen.queryByTestId("offer-add-ons")).toBeNull();
    expect(screen.queryByRole("link")).toBeNull();
  });

  it("puts the add-ons in the worksheet: their price as a rate or in rubles, and the line adding each", () => {
    render(<WorksheetTable quote={ingos} locale="ru" t={translator("Worksheet")} tv={translator("Variables")} />);
    const table = screen.getByRole("table");
    const section = within(table).getByRole("rowheader", { name: "Дополнительные опции" });
    expect(section).toBeInTheDocument();
    const gapRows = within(table).getAllByRole("row").filter((r) => within(r).queryByRole("rowheader", { name: "GAP" }));
    expect(gapRows).toHaveLength(2);
    expect(gapRows[0]).toHaveTextContent("0,6 % от стоимости");
    expect(gapRows[1]).toHaveTextContent(plain(`+ ${formatRub(ingos.steps.find((s) => s.component === "addOn" && s.factor === "add-on-gap")!.total, "ru")}`));
    const dsagoPrice = within(table).getAllByRole("row").find((r) => within(r).queryByRole("rowheader", { name: "ДСАГО" }))!;
    expect(dsagoPrice).toHaveTextContent(plain(`лимит опции: ${formatRub("1000000", "ru", { whole: true })}`));
  });

  it("compares the programme and each add-on's price side by side", () => {
    const [a, b] = result.quotes.filter((q) => q.addOns);
    render(
      <CompareProvider value={{ compared: [a!.insurerId, b!.insurerId], max: 3, set: () => {}, clear: () => {} }}>
        <CompareTable quotes={[a!, b!]} locale="ru" t={translator("Compare")} tr={translator("Results")} tf={translator("Form")} tp={translator("Programmes")} />
      </CompareProvider>,
    );
    const gap = screen.getAllByRole("row").find((r) => within(r).queryByRole("rowheader", { name: "+ GAP" }))!;
    expect(gap).toHaveTextContent(plain(formatRub(a!.addOns!.find((x) => x.id === "gap")!.amount, "ru")));
    expect(screen.getAllByRole("rowheader", { name: "Программа" })).toHaveLength(1);
  });
});

describe("insurers without an add-on", () => {
  it("decline with the reason in words, the others price it", () => {
    const result = compare2027({ addOns: ["commissioner"] });
    const rgs = result.declined.find((d) => d.insurerId === "rosgosstrakh");
    expect(rgs?.reasons.map((r) => r.code)).toContain("add_on_not_offered");
    expect(result.quotes.find((q) => q.insurerId === "ingosstrakh")?.addOns?.[0]?.id).toBe("commissioner");
  });
});
