// @vitest-environment jsdom
/** The editor's grids for an add-on's price table (ДСАГО) and a programme's own tables. */
import { describe, expect, it, vi } from "vitest";
import { configure, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { RateBookEditor } from "@/app/editor/_components/rate-book-editor";
import type { SaveInput, SaveOutcome } from "@/app/editor/_components/save-outcome";
import { toBody, toForm } from "@/app/editor/_components/rate-book-editor/form-model";
import { GRID_TEXTS_RU, type GridTexts } from "@/app/editor/_components/rate-book-editor/grid-texts";
import { domId } from "@/app/editor/_components/rate-book-editor/issues";
import { formatPath } from "@/lib/editor/lint-rate-book";
import { catalog } from "@/lib/catalog";
import ingosstrakh from "@/data/rate-books/ingosstrakh/2027-07-01.json";
import rosgosstrakh from "@/data/rate-books/rosgosstrakh/2027-07-01.json";
import ru from "@/messages/ru.json";
import en from "@/messages/en.json";

configure({ asyncUtilTimeout: 4000 });
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const book = (): any => structuredClone(ingosstrakh);
const DSAGO = ingosstrakh.addOns.findIndex((a) => a.id === "dsago");
const INSTALMENT_TABLE = ingosstrakh.factors.findIndex((t) => t.id === "installments");

function renderEditor(gridTexts?: GridTexts) {
  const user = userEvent.setup({ delay: null });
  const save = vi.fn<(input: SaveInput) => Promise<SaveOutcome>>(async () => ({ ok: true, revision: 2 }));
  render(<RateBookEditor versionId={9} revision={1} initialBody={book()} readOnly={false} save={save} regionCodes={[...catalog.regions.keys()]} gridTexts={gridTexts} />);
  return { user, save };
}
const saveButton = () => screen.getByText(/^Сохран(ить|ение…)$/, { selector: "button" });
// A query by attribute: role and label queries over the whole editor are slow in jsdom.
/** A ДСАГО grid cell by its path (row as the editor counts it, from 1), after checking the name a screen reader hears. */
function priceCell(row: number, field: string): HTMLElement {
  const where = field === "цена" ? ["value"] : ["when", field];
  const el = document.getElementById(domId(formatPath(["addOns", DSAGO, "price", "rows", row - 1, ...where])))!;
  expect(el).toHaveAttribute("aria-label", `Цены опции dsago, ряд ${row}, ${field}`);
  return el;
}
const rowButton = (row: number, action: "insert" | "remove") => document.getElementById(`${domId(formatPath(["addOns", DSAGO, "price"]))}-row${row - 1}-${action}`)!;
const dsagoGrid = () => document.querySelector<HTMLElement>('[role="region"][aria-label="Цены опции dsago: ряды"]')!;

describe("the form model", () => {
  it("writes both demonstration books back unchanged, price rows and programme tables included", () => {
    for (const b of [ingosstrakh, rosgosstrakh]) {
      const out = toBody(toForm(structuredClone(b)));
      expect(out.issues).toEqual([]);
      expect(out.body).toEqual(b);
    }
  });

  it("has the grid texts in both languages, the Russian ones the defaults", () => {
    expect(ru.RateBookGrids).toEqual(GRID_TEXTS_RU);
    expect(Object.keys(en.RateBookGrids).sort()).toEqual(Object.keys(GRID_TEXTS_RU).sort());
  });
});

describe("RateBookEditor: price and programme tables as grids", { timeout: 60_000 }, () => {
  it("changes, adds and removes ДСАГО rows and saves exactly those", async () => {
    const { user, save } = renderEditor();
    expect(dsagoGrid()).toBeInTheDocument();
    expect(priceCell(2, "region")).toHaveValue("77, 78, 50, 47");
    const price = priceCell(2, "цена");
    expect(price).toHaveValue("2400");
    await user.clear(price);
    await user.type(price, "2550.50");
    await user.click(rowButton(3, "remove"));
    await user.click(rowButton(15, "insert"));
    await user.type(priceCell(16, "region"), "38");
    await user.type(priceCell(16, "addOn.sumInsured"), "500000");
    await user.type(priceCell(16, "addOn.trailer"), "нет");
    await user.type(priceCell(16, "цена"), "1100");
    await user.click(saveButton());
    const expected = book();
    const rows = expected.addOns[DSAGO].price.rows;
    rows[1].value = "2550.50";
    rows.splice(2, 1);
    rows.push({ when: { region: "38", "addOn.sumInsured": 500000, "addOn.trailer": false }, value: "1100" });
    expect(save).toHaveBeenCalledWith({ id: 9, body: expected, baseRevision: 1 });
  });

  it("shows a bad amount, a repeated row and an unknown region at their cells and keeps Save off", async () => {
    const { user } = renderEditor();
    const grid = within(dsagoGrid());
    const price = priceCell(1, "цена");
    await user.clear(price);
    await user.type(price, "1500.999");
    const region = priceCell(9, "region");
    await user.type(region, "77, 78, 50, 47");
    const other = priceCell(10, "region");
    await user.type(other, "99");
    expect(await grid.findByText(/не больше двух знаков после точки/)).toBeInTheDocument();
    expect(grid.getByText(/ряд 9 повторяет условия ряда 1/)).toBeInTheDocument();
    expect(grid.getByText(/Нет такого региона: 99/)).toBeInTheDocument();
    for (const el of [price, region, other]) expect(el).toHaveAttribute("aria-invalid", "true");
    // The summary names the add-on's table and the row.
    expect(screen.getAllByText(/Опция dsago, цены, ряд 10, region/).length).toBeGreaterThanOrEqual(1);
    expect(saveButton()).toBeDisabled();
  });

  it("edits a programme's own table with the shared tables' grid: default, a new row, checked like them", async () => {
    const { user, save } = renderEditor();
    const budget = screen.getByText("Программа budget", { selector: "legend" }).closest("fieldset")!;
    expect(within(budget).getByText("Свои таблицы программы budget")).toBeInTheDocument();
    await user.click(within(budget).getByRole("button", { name: /Встроенная франшиза \(Эконом\)/ }));
    const table = within(within(budget).getByRole("region", { name: "Программа budget: Таблица «Встроенная франшиза (Эконом)»: ряды" }).parentElement!.parentElement!);
    const byLabel = (label: string) => within(budget).getByLabelText(label);
    await user.clear(byLabel("Значение по умолчанию"));
    await user.type(byLabel("Значение по умолчанию"), "0.8");
    await user.click(table.getByText("Добавить ряд", { selector: "button" }));
    await user.type(byLabel("Программа budget: Таблица «Встроенная франшиза (Эконом)», ряд 1, vehicle.class"), "suv");
    await user.clear(byLabel("Программа budget: Таблица «Встроенная франшиза (Эконом)», ряд 1, значение"));
    await user.type(byLabel("Программа budget: Таблица «Встроенная франшиза (Эконом)», ряд 1, значение"), "0");
    // A coefficient of 0 is an error at the cell, counted on the table's header.
    expect(await within(budget).findByText(/оэффициент должен быть больше 0/)).toBeInTheDocument();
    expect(saveButton()).toBeDisabled();
    await user.clear(byLabel("Программа budget: Таблица «Встроенная франшиза (Эконом)», ряд 1, значение"));
    await user.type(byLabel("Программа budget: Таблица «Встроенная франшиза (Эконом)», ряд 1, значение"), "0.9");
    await waitFor(() => expect(saveButton()).toBeEnabled());
    await user.click(saveButton());
    const expected = book();
    expected.programmes[1].factors[0].default = "0.8";
    expected.programmes[1].factors[0].rows = [{ when: { "vehicle.class": "suv" }, value: "0.9" }];
    expect(save).toHaveBeenCalledWith({ id: 9, body: expected, baseRevision: 1 });
  });

  it("adds a table to a programme that had none, checks it like the shared tables and saves it in the programme", async () => {
    const { user, save } = renderEditor();
    const full = screen.getByText("Программа full", { selector: "legend" }).closest("fieldset")!;
    expect(within(full).getByText("Своих таблиц нет: программа считается по общим таблицам тарифа.")).toBeInTheDocument();
    await user.click(within(full).getByRole("button", { name: "Добавить таблицу программы full" }));
    const form = within(within(full).getByText("Новая таблица программы full", { selector: "legend" }).closest("fieldset")!);
    // An id the programme already uses is refused at the field; here the programme has none, so a bad slug is.
    await user.type(form.getByLabelText("Идентификатор (id)"), "Full Parking");
    await user.type(form.getByLabelText("Название (рус.)"), "Стоянка");
    await user.type(form.getByLabelText("Название (англ.)"), "Parking");
    await user.click(form.getByLabelText(/vehicle\.class/));
    await user.click(form.getByRole("button", { name: "Создать таблицу" }));
    expect(form.getByText(/Только строчные латинские буквы/)).toBeInTheDocument();
    await user.clear(form.getByLabelText("Идентификатор (id)"));
    await user.type(form.getByLabelText("Идентификатор (id)"), "full-parking");
    await user.click(form.getByRole("button", { name: "Создать таблицу" }));
    const cell = (what: string) => within(full).getByLabelText(`Программа full: Таблица «Стоянка», ряд 1, ${what}`);
    await user.type(cell("vehicle.class"), "suv");
    await user.clear(cell("значение"));
    await user.type(cell("значение"), "0");
    expect(await within(full).findByText(/оэффициент должен быть больше 0/)).toBeInTheDocument();
    expect(saveButton()).toBeDisabled();
    await user.clear(cell("значение"));
    await user.type(cell("значение"), "1.1");
    // The other classes would be declined: the coverage warning keeps Save off until a default is given.
    expect(await within(full).findByText(/нет значения для vehicle\.class/)).toBeInTheDocument();
    expect(saveButton()).toBeDisabled();
    await user.clear(within(full).getByLabelText("Значение по умолчанию"));
    await user.type(within(full).getByLabelText("Значение по умолчанию"), "1");
    await waitFor(() => expect(saveButton()).toBeEnabled());
    await user.click(saveButton());
    const saved = save.mock.calls[0]![0].body as ReturnType<typeof book>;
    expect(saved.programmes[0].factors).toHaveLength(1);
    expect(saved.programmes[0].factors[0]).toMatchObject({ id: "full-parking", keys: ["vehicle.class"], default: "1", rows: [{ when: { "vehicle.class": "suv" }, value: "1.1" }] });
    // Nothing else changed.
    const rest = structuredClone(saved);
    delete rest.programmes[0].factors;
    expect(rest).toEqual(book());
  });

  it("edits the instalment coefficients as a grid; a count ticked without a row is flagged at the table", async () => {
    const { user, save } = renderEditor();
    // By id (the cell's path): label queries over the whole editor are slow in jsdom.
    const cell = (path: string) => document.getElementById(domId(path))!;
    const at = INSTALMENT_TABLE;
    await user.click(screen.getByRole("button", { name: /Оплата в рассрочку \(Кр\)/ }));
    const six = cell(`factors.${at}.rows.4.value`);
    expect(six).toHaveValue("1.06");
    expect(six).toHaveAccessibleName("Таблица «Оплата в рассрочку (Кр)», ряд 5, значение");
    await user.clear(six);
    await user.type(six, "1.065");
    await user.click(within(cell("eligibility.installments")).getByLabelText("5"));
    // Shown at the table's default (the issue is about the rows as a whole).
    await waitFor(() => expect(document.getElementById(`${domId(`factors.${at}.default`)}-msg`)).toHaveTextContent(/нет значения для installments: 5/));
    await user.click(document.getElementById(`${domId(`factors.${at}`)}-add`)!);
    await user.type(cell(`factors.${at}.rows.6.when.installments`), "5");
    await user.clear(cell(`factors.${at}.rows.6.value`));
    await user.type(cell(`factors.${at}.rows.6.value`), "1.055");
    await waitFor(() => expect(saveButton()).toBeEnabled());
    await user.click(saveButton());
    const body = save.mock.calls[0]![0].body as ReturnType<typeof book>;
    const table = body.factors[at];
    expect(table.rows.slice(4)).toEqual([{ when: { installments: 6 }, value: "1.065" }, { when: { installments: 12 }, value: "1.08" }, { when: { installments: 5 }, value: "1.055" }]);
    expect(body.eligibility.installments).toEqual([1, 2, 3, 4, 5, 6, 12]);
  });

  it("shows the grid texts it is given (English)", () => {
    renderEditor(en.RateBookGrids);
    expect(screen.getAllByText("Add-on dsago: prices")[0]).toBeInTheDocument();
    expect(screen.getByText("Programme budget: its own tables")).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Add-on dsago: prices: ряды" })).toBeInTheDocument();
  });
});
