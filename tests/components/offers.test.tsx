// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from "vitest";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ComparisonResponse } from "@/lib/rating/result-types";
import { formatRub, type UiLocale } from "@/lib/format/money";
import { OfferList } from "@/app/_components/results/offer-list";
import { CalculatorProvider } from "@/app/_components/calculator/calculator-context";
import { calculatorValue, compareMazda, mazdaQuery, nbsp, translator } from "./helpers";

// Nothing here navigates, but the results components live next to ones that do.
vi.mock("next/navigation", () => ({
  useRouter: () => ({ push: vi.fn(), replace: vi.fn(), refresh: vi.fn(), back: vi.fn(), prefetch: vi.fn() }),
}));

/**
 * The worksheets and the comparison come from server actions (offer-actions.tsx), which price the
 * query again and translate with next-intl on the server. Here the real actions run, with the
 * pricing answered from the real rate books on disk and next-intl's server functions answered by
 * its own translator: only the database and the request are left out.
 */
const server = vi.hoisted(() => ({ locale: "ru" as "ru" | "en", priced: new Map<string, unknown>(), calls: [] as string[], fail: false }));
vi.mock("@/app/_components/results/pricing.server", () => ({
  priceQuery: async (query: string) => {
    server.calls.push(query);
    if (server.fail) throw new Error("network down");
    return server.priced.get(query) ?? null;
  },
}));
vi.mock("next-intl/server", async () => {
  const { translator } = await import("./helpers");
  return {
    getLocale: async () => server.locale,
    getTranslations: async (namespace: Parameters<typeof translator>[0]) => translator(namespace, server.locale),
  };
});

const NEW_CAR = compareMazda(2026);
const OLD_CAR = compareMazda(2017);
const NEW_QUERY = mazdaQuery(2026);
const OLD_QUERY = mazdaQuery(2017);

beforeEach(() => {
  server.locale = "ru";
  server.fail = false;
  server.calls.length = 0;
  server.priced = new Map<string, unknown>([
    [NEW_QUERY, NEW_CAR],
    [OLD_QUERY, OLD_CAR],
  ]);
});

/** The offers as the results panel renders them on the server, for a calculation's query. */
const offerList = (result: ComparisonResponse, query: string, locale: UiLocale = "ru") => (
  <CalculatorProvider value={calculatorValue(locale)}>
    <OfferList result={result} query={query} locale={locale} t={translator("Results", locale)} tf={translator("Form", locale)} tc={translator("Compare", locale)} tp={translator("Programmes", locale)} />
  </CalculatorProvider>
);
function renderOffers(result: ComparisonResponse, query: string, locale: UiLocale = "ru") {
  server.locale = locale;
  const user = userEvent.setup({ delay: null });
  const utils = render(offerList(result, query, locale));
  return { user, ...utils };
}

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
/** The comparison's column headers once its table has loaded. */
const compareHeaders = async () => {
  const table = await screen.findByTestId("compare-table");
  return within(table).getAllByRole("columnheader").map((h) => h.textContent?.replace(/\s*×$/, ""));
};

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
    renderOffers(NEW_CAR, NEW_QUERY);
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

  it("loads nothing from the server until a worksheet or a comparison is wanted", () => {
    renderOffers(NEW_CAR, NEW_QUERY);
    expect(server.calls).toEqual([]);
    expect(shownTables(document.body)).toEqual([]);
  });

  it("opens the worksheet with a row per step under 'Почему такая цена', loaded when opened", async () => {
    const { user } = renderOffers(NEW_CAR, NEW_QUERY);
    const card = offer("Ренессанс Страхование");
    const name = "Расчёт Ренессанс Страхование: каждый шаг и промежуточная сумма";
    const summary = within(card).getByText("Почему такая цена");
    expect(summary.closest("details")).not.toHaveAttribute("open");
    expect(shownTables(card)).toEqual([]);

    await user.click(summary);
    expect(summary.closest("details")).toHaveAttribute("open");
    const table = await within(card).findByRole("table", { name });
    expect(table).toBeVisible();
    // Priced again for exactly this calculation.
    expect(server.calls.every((q) => q === NEW_QUERY)).toBe(true);
    expect(within(card).queryByRole("status")).not.toBeInTheDocument();

    const quote = NEW_CAR.quotes[0]!;
    const stepRows = within(table)
      .getAllByRole("row")
      .filter((row) => within(row).queryAllByRole("cell").length === 3);
    // Every step of the worksheet is there.
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

    // Closing and opening again shows the same worksheet without asking the server again.
    const calls = server.calls.length;
    await user.click(summary);
    await user.click(summary);
    expect(await within(card).findByRole("table", { name })).toBeVisible();
    expect(server.calls).toHaveLength(calls);
  });

  it("starts loading a worksheet when the pointer reaches its summary", async () => {
    const { user } = renderOffers(NEW_CAR, NEW_QUERY);
    await user.hover(within(offer("МАКС")).getByText("Почему такая цена"));
    await waitFor(() => expect(server.calls).toEqual([NEW_QUERY]));
    await user.click(within(offer("МАКС")).getByText("Почему такая цена"));
    expect(await within(offer("МАКС")).findByRole("table")).toBeVisible();
    expect(server.calls).toEqual([NEW_QUERY]);
  });

  it("says so when the prices have changed since the calculation", async () => {
    // The tariffs changed between the calculation and opening the worksheet: the server prices differently.
    const changed = { ...NEW_CAR, quotes: NEW_CAR.quotes.map((q) => (q.insurerId === "maks" ? { ...q, premium: "130000.00" } : q)) };
    server.priced.set(NEW_QUERY, changed);
    const { user } = renderOffers(NEW_CAR, NEW_QUERY);
    await user.click(within(offer("МАКС")).getByText("Почему такая цена"));
    expect(await within(offer("МАКС")).findByRole("status")).toHaveTextContent("Цены изменились после расчёта: нажмите «Рассчитать» ещё раз.");
    expect(within(offer("МАКС")).getByRole("table")).toBeVisible();
  });

  it("offers to try again when a worksheet cannot be loaded", async () => {
    server.fail = true;
    const { user } = renderOffers(NEW_CAR, NEW_QUERY);
    const card = offer("Ингосстрах");
    await user.click(within(card).getByText("Почему такая цена"));
    const retry = await within(card).findByRole("button", { name: "Повторить" });
    expect(within(card).getByText(/Не удалось загрузить/)).toBeInTheDocument();
    server.fail = false;
    await user.click(retry);
    expect(await within(card).findByRole("table")).toBeVisible();
  });

  it("names what each step was looked up by in words", async () => {
    const { user } = renderOffers(NEW_CAR, NEW_QUERY);
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
    const { user } = renderOffers(NEW_CAR, NEW_QUERY);
    const byRank = shownInsurers();
    const sort = screen.getByRole("combobox", { name: /Сортировка/ });

    await user.selectOptions(sort, "По названию");
    expect(shownInsurers()).toEqual(["Ингосстрах", "Либерти Страхование", "МАКС", "Ренессанс Страхование", "Росгосстрах", "Сургутнефтегаз"]);
    // The cheapest keeps its badge wherever it is shown.
    expect(within(offer("Ренессанс Страхование")).getByText("Дешевле всех")).toBeInTheDocument();

    await user.selectOptions(sort, "По цене");
    expect(shownInsurers()).toEqual(byRank);
  });

  it("keeps an open worksheet open when the offers are sorted", async () => {
    const { user } = renderOffers(NEW_CAR, NEW_QUERY);
    await user.click(within(offer("Сургутнефтегаз")).getByText("Почему такая цена"));
    await within(offer("Сургутнефтегаз")).findByRole("table");
    await user.selectOptions(screen.getByRole("combobox", { name: /Сортировка/ }), "По названию");
    expect(shownTables(offer("Сургутнефтегаз"))).toHaveLength(1);
  });

  it("compares two or three offers side by side", async () => {
    const { user } = renderOffers(NEW_CAR, NEW_QUERY);
    expect(compareRegion()).not.toBeInTheDocument();

    await user.click(compareBox("Ренессанс Страхование"));
    // One ticked offer is not a comparison yet.
    expect(compareRegion()).not.toBeInTheDocument();
    expect(server.calls).toEqual([]);

    await user.click(compareBox("Ингосстрах"));
    expect(compareRegion()).toBeInTheDocument();
    expect(await compareHeaders()).toEqual(["Условие", "Ренессанс Страхование", "Ингосстрах"]);
    const premiumCells = () => within(within(compareRegion()!).getByRole("row", { name: /^Премия/ })).getAllByRole("cell").map((c) => c.textContent);
    expect(premiumCells()).toEqual([nbsp("49 038,00 ₽"), nbsp("117 936,00 ₽")]);
    // Every coefficient either applies is a row, differences highlighted.
    const driverRow = within(compareRegion()!).getByRole("row", { name: /^Возраст и стаж водителя \(Кс\) \(Ущерб\)/ });
    expect(within(driverRow).getAllByRole("cell")).toHaveLength(2);

    await user.click(compareBox("Либерти Страхование"));
    await waitFor(async () => expect(await compareHeaders()).toEqual(["Условие", "Ренессанс Страхование", "Ингосстрах", "Либерти Страхование"]));
    expect(premiumCells()).toEqual([nbsp("49 038,00 ₽"), nbsp("117 936,00 ₽"), nbsp("103 380,96 ₽")]);

    // At three, the other offers cannot be ticked; the ticked ones can still be unticked.
    for (const insurer of ["Росгосстрах", "МАКС", "Сургутнефтегаз"]) expect(compareBox(insurer)).toBeDisabled();
    for (const insurer of ["Ренессанс Страхование", "Ингосстрах", "Либерти Страхование"]) {
      expect(compareBox(insurer)).toBeEnabled();
      expect(compareBox(insurer)).toBeChecked();
    }

    // Removing from the table unticks the card and frees a place.
    await user.click(within(compareRegion()!).getByRole("button", { name: "Убрать Ингосстрах из сравнения" }));
    expect(compareBox("Ингосстрах")).not.toBeChecked();
    expect(compareBox("МАКС")).toBeEnabled();
    await waitFor(async () => expect(await compareHeaders()).toEqual(["Условие", "Ренессанс Страхование", "Либерти Страхование"]));

    // Unticking a card takes it out; with one left the table goes.
    await user.click(compareBox("Либерти Страхование"));
    expect(compareRegion()).not.toBeInTheDocument();
    expect(compareBox("Ренессанс Страхование")).toBeChecked();
  });

  it("clears the comparison at once", async () => {
    const { user } = renderOffers(NEW_CAR, NEW_QUERY);
    await user.click(compareBox("МАКС"));
    await user.click(compareBox("Сургутнефтегаз"));
    await screen.findByTestId("compare-table");
    await user.click(within(compareRegion()!).getByRole("button", { name: "Очистить сравнение" }));
    expect(compareRegion()).not.toBeInTheDocument();
    expect(screen.getAllByRole("checkbox", { name: "Сравнить" }).filter((c) => (c as HTMLInputElement).checked)).toHaveLength(0);
  });

  it("compares the offers of the new calculation after the price changes", async () => {
    const { user, rerender } = renderOffers(NEW_CAR, NEW_QUERY);
    await user.click(compareBox("МАКС"));
    await user.click(compareBox("Ингосстрах"));
    await screen.findByTestId("compare-table");
    // A what-if change: the same insurers with other prices, for another query (the list keeps its state).
    const other = compareMazda(2025);
    const query = mazdaQuery(2025);
    server.priced.set(query, other);
    await act(async () => {
      rerender(offerList(other, query));
    });
    expect(compareBox("МАКС")).toBeChecked();
    const maks = other.quotes.find((q) => q.insurerId === "maks")!;
    await waitFor(() => expect(server.calls).toContain(query));
    await waitFor(() => expect(within(screen.getByTestId("compare-table")).getByRole("row", { name: /^Премия/ })).toHaveTextContent(formatRub(maks.premium, "ru").replace(/\s/g, " ")));
    expect(maks.premium).not.toBe(NEW_CAR.quotes.find((q) => q.insurerId === "maks")!.premium);
  });

  it("lists the declined insurers apart, with their reasons in Russian", () => {
    expect(OLD_CAR.quotes.map((q) => q.insurerId)).toEqual(["ingosstrakh", "rosgosstrakh"]);
    renderOffers(OLD_CAR, OLD_QUERY);
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
    renderOffers(NEW_CAR, NEW_QUERY);
    expect(screen.queryByRole("region", { name: "Отказали в расчёте" })).not.toBeInTheDocument();
  });

  it("speaks English: names, prices, badges and reasons", () => {
    renderOffers(OLD_CAR, OLD_QUERY, "en");
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

  it("formats the new car's prices the English way, and its worksheet in English", async () => {
    const { user } = renderOffers(NEW_CAR, NEW_QUERY, "en");
    expect(screen.getAllByTestId("premium").map((p) => p.textContent)).toEqual(["₽49,038.00", "₽103,380.96", "₽117,936.00", "₽123,572.35", "₽130,620.00", "₽236,636.64"]);
    const card = screen.getByRole("listitem", { name: "Renaissance Insurance" });
    expect(within(card).getByText("Cheapest")).toBeInTheDocument();
    await user.click(within(card).getByText("Why this price"));
    const table = await within(card).findByRole("table");
    expect(within(table).getAllByRole("row").at(-1)).toHaveTextContent("₽49,038.00");
  });
});
