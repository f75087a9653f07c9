// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { screen, within } from "@testing-library/react";
import { Offers } from "@/app/_components/results/offers";
import { compareMazda, nbsp, renderWithIntl } from "./helpers";

// Nothing here navigates, but the results components live next to ones that do.
vi.mock("next/navigation", () => ({
  useRouter: () => ({ push: vi.fn(), replace: vi.fn(), refresh: vi.fn(), back: vi.fn(), prefetch: vi.fn() }),
}));

const NEW_CAR = compareMazda(2026);
const OLD_CAR = compareMazda(2017);

/** The offer cards in the order they are shown, by the insurer name in their heading. */
function shownInsurers(): string[] {
  const list = screen.getByRole("list", { name: "Предложения" });
  return within(list)
    .getAllByRole("heading", { level: 3 })
    .map((h) => h.textContent ?? "");
}

const offer = (insurer: string) => screen.getByRole("listitem", { name: insurer });
const compareBox = (insurer: string) => within(offer(insurer)).getByRole("checkbox", { name: "Сравнить" });
/** Tables a user can see: not inside a closed <details> (whether or not they are rendered there). */
const shownTables = (element: HTMLElement) => within(element).queryAllByRole("table").filter((t) => t.closest("details:not([open])") === null);
/** The comparison: the section under the "Сравнение предложений" heading, or null when it is not shown. */
const compareRegion = () => screen.queryByRole("heading", { name: "Сравнение предложений" })?.closest("section") ?? null;

describe("Offers", () => {
  it("uses real quotes: the new Mazda 3 is cheapest at Renaissance", () => {
    // Guards the fixtures the rest of the file relies on.
    expect(NEW_CAR.quotes.map((q) => [q.rank, q.insurerId, q.premium])).toEqual([
      [1, "renaissance", "49038.00"],
      [2, "liberty", "103380.96"],
      [3, "ingosstrakh", "117936.00"],
      [4, "rosgosstrakh", "123572.35"],
      [5, "maks", "130620.00"],
      [6, "surgutneftegaz", "236636.64"],
    ]);
    expect(NEW_CAR.declined).toEqual([]);
  });

  it("lists the offers in rank order with ru-RU prices and marks the first as the cheapest", () => {
    renderWithIntl(<Offers quotes={NEW_CAR.quotes} declined={NEW_CAR.declined} />);
    expect(shownInsurers()).toEqual(["Ренессанс Страхование", "Либерти Страхование", "Ингосстрах", "Росгосстрах", "МАКС", "Сургутнефтегаз"]);

    const premiums = screen.getAllByTestId("premium").map((p) => p.textContent);
    expect(premiums).toEqual(["49 038,00 ₽", "103 380,96 ₽", "117 936,00 ₽", "123 572,35 ₽", "130 620,00 ₽", "236 636,64 ₽"].map(nbsp));

    const first = offer("Ренессанс Страхование");
    expect(within(first).getByText("Место 1")).toBeInTheDocument();
    expect(within(first).getByText("Дешевле всех")).toBeInTheDocument();
    expect(screen.getAllByText("Дешевле всех")).toHaveLength(1);
    expect(within(offer("Ингосстрах")).getByText("Место 3")).toBeInTheDocument();
    expect(within(offer("Ингосстрах")).queryByText("Дешевле всех")).not.toBeInTheDocument();

    // Damage and theft split, conditions and the tariff edition are on the card.
    const terms = within(first).getAllByRole("term").map((dt) => dt.textContent);
    const definitions = within(first).getAllByRole("definition").map((dd) => dd.textContent);
    expect(terms.slice(0, 2)).toEqual(["Ущерб:", "Угон:"]);
    expect(definitions).toEqual([nbsp("39 438,00 ₽"), nbsp("9 600,00 ₽"), "Тариф от 1 января 2019 г."]);
    const conditions = within(first).getByRole("list", { name: "Условия" });
    expect(within(conditions).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "без франшизы",
      "У официального дилера",
      "без учёта износа",
      "неагрегатная сумма",
      "1 водитель",
    ]);
    expect(screen.getByText(/^6 предложений/)).toBeInTheDocument();
  });

  it("opens the worksheet with a row per step under 'Почему такая цена'", async () => {
    const { user } = renderWithIntl(<Offers quotes={NEW_CAR.quotes} declined={NEW_CAR.declined} />);
    const card = offer("Ренессанс Страхование");
    const name = "Расчёт Ренессанс Страхование: каждый шаг и промежуточная сумма";
    const summary = within(card).getByText("Почему такая цена");
    expect(summary.closest("details")).not.toHaveAttribute("open");
    expect(shownTables(card)).toEqual([]);

    await user.click(summary);
    expect(summary.closest("details")).toHaveAttribute("open");
    const table = await within(card).findByRole("table", { name });
    expect(table).toBeVisible();

    const quote = NEW_CAR.quotes[0]!;
    const stepRows = within(table)
      .getAllByRole("row")
      .filter((row) => within(row).queryAllByRole("cell").length === 3);
    expect(stepRows).toHaveLength(quote.steps.length);
    expect(stepRows.map((row) => within(row).getByRole("rowheader").textContent)).toEqual(quote.steps.map((s) => s.label.ru));

    const cells = (row: HTMLElement) => within(row).getAllByRole("cell").map((c) => c.textContent);
    const base = stepRows[0]!;
    expect(within(base).getByRole("rowheader")).toHaveTextContent("Ущерб: базовый тариф (Бт)");
    expect(cells(base).slice(1)).toEqual(["базовый тариф 3,13 % от стоимости", nbsp("37 560,00 ₽")]);

    const driverRow = stepRows.find((row) => within(row).getByRole("rowheader").textContent === "Возраст и стаж водителя (Кс)")!;
    expect(cells(driverRow)[0]).toContain("по водителю 1 (самый рискованный)");
    expect(cells(driverRow).slice(1)).toEqual(["× 1,05", nbsp("39 438,00 ₽")]);

    const rounding = stepRows.at(-1)!;
    expect(within(rounding).getByRole("rowheader")).toHaveTextContent("Округление премии");
    expect(cells(rounding).slice(1)).toEqual(["до копеек", nbsp("49 038,00 ₽")]);

    // The other offers' worksheets stay closed.
    expect(shownTables(offer("Ингосстрах"))).toEqual([]);
  });

  it("names what each step was looked up by in words", async () => {
    const { user } = renderWithIntl(<Offers quotes={NEW_CAR.quotes} declined={NEW_CAR.declined} />);
    const card = offer("Ренессанс Страхование");
    await user.click(within(card).getByText("Почему такая цена"));
    await within(card).findByRole("table");
    const lookedUp = (label: string) => {
      const row = within(card).getAllByRole("row").find((r) => within(r).queryByRole("rowheader")?.textContent === label);
      return within(row!).getAllByRole("cell")[0]!.textContent;
    };
    expect(lookedUp("Ущерб: базовый тариф (Бт)")).toBe("модель: mazda-3");
    expect(lookedUp("Возраст и стаж водителя (Кс)")).toBe("возраст: 30; стаж: 5; по водителю 1 (самый рискованный)");
    expect(lookedUp("Дети у водителя")).toBe("дети: да; по водителю 1 (самый рискованный)");
    expect(lookedUp("Регион")).toBe("регион: 38; прочие случаи");
  });

  it("sorts by name and back by price", async () => {
    const { user } = renderWithIntl(<Offers quotes={NEW_CAR.quotes} declined={NEW_CAR.declined} />);
    const byRank = shownInsurers();
    const sort = screen.getByRole("combobox", { name: /Сортировка/ });

    await user.selectOptions(sort, "По названию");
    expect(shownInsurers()).toEqual(["Ингосстрах", "Либерти Страхование", "МАКС", "Ренессанс Страхование", "Росгосстрах", "Сургутнефтегаз"]);
    // The cheapest keeps its badge wherever it is shown.
    expect(within(offer("Ренессанс Страхование")).getByText("Дешевле всех")).toBeInTheDocument();

    await user.selectOptions(sort, "По цене");
    expect(shownInsurers()).toEqual(byRank);
  });

  it("compares two or three offers side by side", async () => {
    const { user } = renderWithIntl(<Offers quotes={NEW_CAR.quotes} declined={NEW_CAR.declined} />);
    expect(compareRegion()).not.toBeInTheDocument();

    await user.click(compareBox("Ренессанс Страхование"));
    // One ticked offer is not a comparison yet.
    expect(compareRegion()).not.toBeInTheDocument();

    await user.click(compareBox("Ингосстрах"));
    let region = compareRegion()!;
    expect(region).toBeInTheDocument();
    const headers = () => within(compareRegion()!).getAllByRole("columnheader").map((h) => h.textContent?.replace(/\s*×$/, ""));
    expect(headers()).toEqual(["Условие", "Ренессанс Страхование", "Ингосстрах"]);
    const premiumCells = () => within(within(compareRegion()!).getByRole("row", { name: /^Премия/ })).getAllByRole("cell").map((c) => c.textContent);
    expect(premiumCells()).toEqual([nbsp("49 038,00 ₽"), nbsp("117 936,00 ₽")]);

    await user.click(compareBox("Либерти Страхование"));
    expect(headers()).toEqual(["Условие", "Ренессанс Страхование", "Ингосстрах", "Либерти Страхование"]);
    expect(premiumCells()).toEqual([nbsp("49 038,00 ₽"), nbsp("117 936,00 ₽"), nbsp("103 380,96 ₽")]);

    // At three, the other offers cannot be ticked; the ticked ones can still be unticked.
    for (const insurer of ["Росгосстрах", "МАКС", "Сургутнефтегаз"]) expect(compareBox(insurer)).toBeDisabled();
    for (const insurer of ["Ренессанс Страхование", "Ингосстрах", "Либерти Страхование"]) {
      expect(compareBox(insurer)).toBeEnabled();
      expect(compareBox(insurer)).toBeChecked();
    }

    // Removing from the table unticks the card and frees a place.
    region = compareRegion()!;
    await user.click(within(region).getByRole("button", { name: "Убрать Ингосстрах из сравнения" }));
    expect(headers()).toEqual(["Условие", "Ренессанс Страхование", "Либерти Страхование"]);
    expect(compareBox("Ингосстрах")).not.toBeChecked();
    expect(compareBox("МАКС")).toBeEnabled();

    // Unticking a card takes it out; with one left the table goes.
    await user.click(compareBox("Либерти Страхование"));
    expect(compareRegion()).not.toBeInTheDocument();
    expect(compareBox("Ренессанс Страхование")).toBeChecked();
  });

  it("clears the comparison at once", async () => {
    const { user } = renderWithIntl(<Offers quotes={NEW_CAR.quotes} declined={NEW_CAR.declined} />);
    await user.click(compareBox("МАКС"));
    await user.click(compareBox("Сургутнефтегаз"));
    await user.click(within(compareRegion()!).getByRole("button", { name: "Очистить сравнение" }));
    expect(compareRegion()).not.toBeInTheDocument();
    expect(screen.getAllByRole("checkbox", { name: "Сравнить" }).filter((c) => (c as HTMLInputElement).checked)).toHaveLength(0);
  });

  it("lists the declined insurers apart, with their reasons in Russian", () => {
    expect(OLD_CAR.quotes.map((q) => q.insurerId)).toEqual(["ingosstrakh", "rosgosstrakh"]);
    renderWithIntl(<Offers quotes={OLD_CAR.quotes} declined={OLD_CAR.declined} />);
    expect(shownInsurers()).toEqual(["Ингосстрах", "Росгосстрах"]);

    const declined = screen.getByRole("region", { name: "Отказали в расчёте" });
    const items = within(declined).getAllByRole("listitem").map((li) => li.textContent);
    expect(items).toEqual([
      "Либерти Страхование: Страхует автомобили не старше 8 лет (этому 9); Ремонт у официального дилера — только для автомобилей не старше 5 лет; выберите другой вариант ремонта",
      "МАКС: Автомобили от 7 лет — только с выплатой с учётом износа",
      "Ренессанс Страхование: Ремонт у официального дилера — только для автомобилей не старше 5 лет; выберите другой вариант ремонта",
      "Сургутнефтегаз: Страхует автомобили не старше 8 лет (этому 9)",
    ]);
    // Declined insurers are not offers.
    expect(screen.queryByRole("listitem", { name: "МАКС" })).not.toBeInTheDocument();
  });

  it("has no declined section when nobody declined", () => {
    renderWithIntl(<Offers quotes={NEW_CAR.quotes} declined={NEW_CAR.declined} />);
    expect(screen.queryByRole("region", { name: "Отказали в расчёте" })).not.toBeInTheDocument();
  });

  it("speaks English: names, prices, badges and reasons", () => {
    renderWithIntl(<Offers quotes={OLD_CAR.quotes} declined={OLD_CAR.declined} />, "en");
    const list = screen.getByRole("list", { name: "Offers" });
    expect(within(list).getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual(["Ingosstrakh", "Rosgosstrakh"]);
    expect(screen.getAllByTestId("premium").map((p) => p.textContent)).toEqual(["₽134,447.00", "₽143,343.93"]);
    expect(within(screen.getByRole("listitem", { name: "Ingosstrakh" })).getByText("Cheapest")).toBeInTheDocument();
    expect(screen.getAllByRole("checkbox", { name: "Compare" })).toHaveLength(2);

    const declined = screen.getByRole("region", { name: "Declined" });
    expect(within(declined).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "Liberty Insurance: Insures cars up to 8 years old (this one is 9); Dealer repair is offered for cars up to 5 years old only; choose another repair option",
      "MAKS: Cars 7 years and older are insured only with payout less wear",
      "Renaissance Insurance: Dealer repair is offered for cars up to 5 years old only; choose another repair option",
      "Surgutneftegaz: Insures cars up to 8 years old (this one is 9)",
    ]);
  });

  it("formats the new car's prices the English way", () => {
    renderWithIntl(<Offers quotes={NEW_CAR.quotes} declined={NEW_CAR.declined} />, "en");
    expect(screen.getAllByTestId("premium").map((p) => p.textContent)).toEqual(["₽49,038.00", "₽103,380.96", "₽117,936.00", "₽123,572.35", "₽130,620.00", "₽236,636.64"]);
    expect(within(screen.getByRole("listitem", { name: "Renaissance Insurance" })).getByText("Cheapest")).toBeInTheDocument();
  });
});
