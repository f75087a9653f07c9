// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { configure, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import fc from "fast-check";
import { RateBookEditor } from "@/app/editor/_components/rate-book-editor";
import type { SaveInput, SaveOutcome } from "@/app/editor/_components/save-outcome";
import { fractionToPercent, percentToFraction } from "@/app/editor/_components/rate-book-editor/percent";
import { toBody, toForm } from "@/app/editor/_components/rate-book-editor/form-model";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import renaissance from "@/data/rate-books/renaissance/2019-01-01.json";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Book = any;

// The editor checks the book 200 ms after the last keystroke; jsdom is slow on a page this size.
configure({ asyncUtilTimeout: 4000 });
const book = (): Book => structuredClone(renaissance);

const AGE = "Таблица «Возраст автомобиля (Кв)»";
const PARKING = "Таблица «Хранение ночью»";
const MODELS = "Таблица «Базовые тарифы по моделям»";

function renderEditor({ body = book(), save = vi.fn<(input: SaveInput) => Promise<SaveOutcome>>(async () => ({ ok: true, revision: 4 })), readOnly = false } = {}) {
  const user = userEvent.setup({ delay: null });
  render(<RateBookEditor versionId={7} revision={3} initialBody={body} readOnly={readOnly} save={save} />);
  return { user, save };
}

type User = ReturnType<typeof userEvent.setup>;

// jsdom is very slow at label and role queries over a page this size (every labelled element's
// labels are looked up through the whole document). Grid cells and row buttons are named by
// aria-label, so they are found by that name directly; "labels every control" checks the names
// with Testing Library's own queries.

function byName(name: string, selector: string, scope: ParentNode = document): HTMLElement {
  const found = [...scope.querySelectorAll<HTMLElement>(selector)].filter((el) => el.getAttribute("aria-label") === name);
  if (found.length !== 1) throw new Error(`expected one ${selector} named "${name}", found ${found.length}`);
  return found[0]!;
}

const cell = (name: string) => byName(name, "input, textarea");
const queryCell = (name: string) => [...document.querySelectorAll("input, textarea")].find((el) => el.getAttribute("aria-label") === name) ?? null;
const button = (name: string, scope: ParentNode = document) => byName(name, "button", scope);
const textButton = (text: string, scope: HTMLElement = document.body) => within(scope).getByText(text, { selector: "button" });
const saveButton = () => screen.getByText(/^Сохран(ить|ение…)$/, { selector: "button" });
const panel = async (heading: string) => (await screen.findByText(heading, { selector: "h2" })).closest("section")!;

/** Opens (or closes) a factor table by its header; returns its section. */
async function openTable(user: User, label: string) {
  const toggle = screen.getByText(label, { selector: "button > span" });
  await user.click(toggle);
  return toggle.closest("section")!;
}

async function retype(user: User, input: HTMLElement, text: string) {
  await user.clear(input);
  if (text !== "") await user.type(input, text);
}

describe("RateBookEditor", { timeout: 20_000 }, () => {
  it("saves an edited coefficient with the base revision", async () => {
    const { user, save } = renderEditor();
    expect(saveButton()).toBeDisabled();
    expect(screen.getByText("Изменений нет.")).toBeInTheDocument();
    await openTable(user, "Возраст автомобиля (Кв)");
    const value = cell(`${AGE}, ряд 2, значение`);
    expect(value).toHaveValue("1.02");
    await retype(user, value, "1.025");
    expect(saveButton()).toBeEnabled();
    await user.click(saveButton());

    const expected = book();
    expected.factors[0].rows[1].value = "1.025";
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith({ id: 7, body: expected, baseRevision: 3 });
    expect(await screen.findByText("Сохранено")).toBeInTheDocument();
    expect(screen.getByText("Ревизия 4")).toBeInTheDocument();
    expect(saveButton()).toBeDisabled();
  });

  it("shows an overlapping band next to its cell and in the summary, and disables Save", async () => {
    const { user, save } = renderEditor();
    await openTable(user, "Возраст автомобиля (Кв)");
    const row4 = cell(`${AGE}, ряд 4, vehicle.ageYears`);
    expect(row4).toHaveValue("3–5");
    await retype(user, row4, "3-6");
    await user.tab();
    expect(row4).toHaveValue("3–6"); // written the editor's way on leaving the cell
    const later = cell(`${AGE}, ряд 5, vehicle.ageYears`);
    await waitFor(() => expect(later).toHaveAttribute("aria-invalid", "true"));
    expect(later).toHaveAccessibleDescription("Ошибка: ряды 4 и 5 пересекаются: 3–6 и 5–8");
    expect(saveButton()).toBeDisabled();
    expect(saveButton()).toHaveAccessibleDescription("Сохранить нельзя: 1 ошибка.");

    // The summary links to the cell, opening its table when it is collapsed.
    await openTable(user, "Возраст автомобиля (Кв)");
    expect(queryCell(`${AGE}, ряд 5, vehicle.ageYears`)).toBeNull();
    const summary = screen.getByText("Проверка тарифа", { selector: "h2" }).closest("section")!;
    await user.click(within(summary).getByRole("link", { name: `${AGE}, ряд 5, vehicle.ageYears` }));
    expect(cell(`${AGE}, ряд 5, vehicle.ageYears`)).toHaveFocus();

    await retype(user, cell(`${AGE}, ряд 4, vehicle.ageYears`), "3–5");
    const row5 = cell(`${AGE}, ряд 5, vehicle.ageYears`);
    await waitFor(() => expect(row5).not.toHaveAttribute("aria-invalid"));
    expect(saveButton()).toBeDisabled(); // back to the saved book: nothing to save
    expect(save).not.toHaveBeenCalled();
  });

  it("reports a condition that does not parse at its cell", async () => {
    const { user } = renderEditor();
    await openTable(user, "Хранение ночью");
    const condition = cell(`${PARKING}, ряд 3, vehicle.parking`);
    await retype(user, condition, "garaž");
    await waitFor(() => expect(condition).toHaveAttribute("aria-invalid", "true"));
    expect(condition).toHaveAccessibleDescription("Ошибка: «garaž» — неизвестное значение. Допустимые: street, guarded, garage");
    expect(saveButton()).toBeDisabled();
  });

  it("lets the editor acknowledge a warning, which enables Save", async () => {
    const { user, save } = renderEditor();
    await openTable(user, "Хранение ночью");
    const garage = cell(`${PARKING}, ряд 3, значение`);
    await retype(user, garage, "0.95");
    await waitFor(() => expect(garage).toHaveAccessibleDescription(/^Предупреждение: хранение «гараж» \(0\.95\) дороже, чем «охраняемая стоянка» \(0\.92\)/));
    expect(garage).not.toHaveAttribute("aria-invalid");
    expect(saveButton()).toBeDisabled();
    expect(saveButton()).toHaveAccessibleDescription("Сохранить нельзя: 1 предупреждение без отметки «Учтено».");

    await user.click(within(screen.getByText("Проверка тарифа", { selector: "h2" }).closest("section")!).getByLabelText("Учтено"));
    expect(saveButton()).toBeEnabled();
    expect(garage).toHaveAccessibleDescription(/^Предупреждение \(учтено\)/);
    await user.click(saveButton());
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]![0].body).toMatchObject({ factors: expect.arrayContaining([expect.objectContaining({ id: "parking", rows: expect.arrayContaining([{ when: { "vehicle.parking": "garage" }, value: "0.95" }]) })]) });
  });

  it("adds, removes and moves rows, keeping the focus on the row worked on", async () => {
    const { user, save } = renderEditor();
    const table = await openTable(user, "Хранение ночью");
    const parking = (r: number) => cell(`${PARKING}, ряд ${r}, vehicle.parking`);

    await user.click(button("Опустить ряд 1", table));
    expect([parking(1), parking(2), parking(3)].map((c) => (c as HTMLInputElement).value)).toEqual(["guarded", "street", "garage"]);
    expect(button("Опустить ряд 2", table)).toHaveFocus();

    await user.click(button("Поднять ряд 3", table));
    expect([parking(1), parking(2), parking(3)].map((c) => (c as HTMLInputElement).value)).toEqual(["guarded", "garage", "street"]);

    await user.click(button("Удалить ряд 3", table));
    expect(queryCell(`${PARKING}, ряд 3, vehicle.parking`)).toBeNull();

    await user.click(textButton("Добавить ряд", table));
    expect(parking(3)).toHaveFocus();
    expect(parking(3)).toHaveValue("");
    expect(cell(`${PARKING}, ряд 3, значение`)).toHaveValue("1");
    await user.type(parking(3), "street");

    await user.click(button("Вставить ряд после ряда 1", table));
    expect(parking(2)).toHaveFocus();
    expect(parking(2)).toHaveValue("");
    await user.click(button("Удалить ряд 2", table));

    await user.click(saveButton());
    const saved = save.mock.calls[0]![0].body as Book;
    expect(saved.factors.find((t: Book) => t.id === "parking").rows).toEqual([
      { when: { "vehicle.parking": "guarded" }, value: "0.92" },
      { when: { "vehicle.parking": "garage" }, value: "0.85" },
      { when: { "vehicle.parking": "street" }, value: "1" },
    ]);
  });

  it("shows base rates in percent and writes exact fractions back", async () => {
    const { user, save } = renderEditor();
    expect(cell(`${MODELS}, ряд 1, модель`)).toHaveValue("hyundai-solaris");
    expect(cell(`${MODELS}, ряд 1, ущерб, %`)).toHaveValue("3.5");
    expect(cell(`${MODELS}, ряд 1, угон, %`)).toHaveValue("0.88");
    expect(cell(`${MODELS}, ряд 2, ущерб, %`)).toHaveValue("3.46");
    expect(cell("Таблица «Ущерб: запасные ставки», ряд 1, ставка, %")).toHaveValue("3.71");
    expect(cell("Таблица «Угон: запасные ставки», ряд 1, ставка, %")).toHaveValue("0.27");

    const damage = cell(`${MODELS}, ряд 1, ущерб, %`);
    await retype(user, damage, "4.3.8");
    await waitFor(() => expect(damage).toHaveAccessibleDescription("Ошибка: Введите ставку в процентах числом, например 4.38"));
    expect(saveButton()).toBeDisabled();
    await retype(user, damage, "4.38");

    await user.click(textButton("Добавить модель"));
    expect(cell(`${MODELS}, ряд 9, модель`)).toHaveFocus();
    await user.keyboard("lada-vesta");
    await user.type(cell(`${MODELS}, ряд 9, ущерб, %`), "4.1");
    await user.type(cell(`${MODELS}, ряд 9, угон, %`), "1,05");
    await user.click(button("Удалить модель в ряду 8")); // mazda-3

    await waitFor(() => expect(saveButton()).toBeEnabled()); // the "4.3.8" error is gone once the book is checked again
    await user.click(saveButton());
    const saved = save.mock.calls[0]![0].body as Book;
    const expected = book();
    expected.components.damage.byModel["hyundai-solaris"] = "0.0438";
    delete expected.components.damage.byModel["mazda-3"];
    delete expected.components.theft.byModel["mazda-3"];
    expected.components.damage.byModel["lada-vesta"] = "0.041";
    expected.components.theft.byModel["lada-vesta"] = "0.0105";
    expect(saved.components).toEqual(expected.components);
  });

  it("converts percent and fractions by moving the decimal point in the text", () => {
    const pairs: [string, string][] = [
      ["0.0438", "4.38"],
      ["0.035", "3.5"],
      ["0.0005", "0.05"],
      ["0.1", "10"],
      ["1", "100"],
      ["0.125", "12.5"],
      ["0", "0"],
      ["0.00001234567890123456789", "0.001234567890123456789"],
    ];
    for (const [fraction, percent] of pairs) {
      expect(fractionToPercent(fraction)).toBe(percent);
      expect(percentToFraction(percent)).toBe(fraction);
    }
    expect(percentToFraction("4,38 %")).toBe("0.0438");
    expect(percentToFraction("abc")).toBeUndefined();
    expect(fractionToPercent("-0.01")).toBeUndefined();
    const decimal = fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.integer({ min: 0, max: 12 })).map(([n, k]) => {
      const digits = n.toString().padStart(k + 1, "0");
      return k === 0 ? digits : `${digits.slice(0, -k)}.${digits.slice(-k)}`;
    });
    const tidy = (s: string) => s.replace(/^0+(?=\d)/, "").replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "");
    fc.assert(
      fc.property(decimal, (d) => {
        expect(percentToFraction(fractionToPercent(d)!)).toBe(tidy(d));
      }),
    );
  });

  it("on a conflict shows what differs; keeping mine re-saves on their revision", async () => {
    const theirs = book();
    theirs.factors[0].rows[2].value = "1.1";
    const save = vi
      .fn<(input: SaveInput) => Promise<SaveOutcome>>()
      .mockResolvedValueOnce({ ok: false, reason: "conflict", currentBody: theirs, currentRevision: 5, updatedBy: "Ольга Петрова" })
      .mockResolvedValueOnce({ ok: true, revision: 6 });
    const { user } = renderEditor({ save });
    await openTable(user, "Возраст автомобиля (Кв)");
    await retype(user, cell(`${AGE}, ряд 2, значение`), "1.025");
    await user.click(saveButton());

    const conflict = await panel("Другой редактор сохранил изменения");
    expect(within(conflict).getByText(/Другой редактор \(Ольга Петрова\) сохранил изменения/)).toBeInTheDocument();
    expect(within(conflict).getByRole("row", { name: "Таблица «Возраст автомобиля (Кв)», vehicle.ageYears 1, значение 1.02 1.025" })).toBeInTheDocument();
    expect(within(conflict).getByRole("row", { name: "Таблица «Возраст автомобиля (Кв)», vehicle.ageYears 2, значение 1.1 1.03" })).toBeInTheDocument();
    expect(cell(`${AGE}, ряд 2, значение`)).toHaveValue("1.025"); // nothing lost
    expect(saveButton()).toBeDisabled();

    await user.click(textButton("Оставить мою и сохранить поверх", conflict));
    const mine = book();
    mine.factors[0].rows[1].value = "1.025";
    expect(save).toHaveBeenLastCalledWith({ id: 7, body: mine, baseRevision: 5 });
    expect(await screen.findByText("Сохранено")).toBeInTheDocument();
    expect(screen.queryByText("Другой редактор сохранил изменения")).not.toBeInTheDocument();
    expect(screen.getByText("Ревизия 6")).toBeInTheDocument();
  });

  it("on a conflict can load their version instead, and saves on from it", async () => {
    const theirs = book();
    theirs.factors[0].rows[2].value = "1.1";
    const save = vi
      .fn<(input: SaveInput) => Promise<SaveOutcome>>()
      .mockResolvedValueOnce({ ok: false, reason: "conflict", currentBody: theirs, currentRevision: 5, updatedBy: "Ольга Петрова" })
      .mockResolvedValueOnce({ ok: true, revision: 6 });
    const { user } = renderEditor({ save });
    await openTable(user, "Возраст автомобиля (Кв)");
    await retype(user, cell(`${AGE}, ряд 2, значение`), "1.025");
    await user.click(saveButton());
    const conflict = await panel("Другой редактор сохранил изменения");
    await user.click(textButton("Загрузить их версию", conflict));

    expect(screen.queryByText("Другой редактор сохранил изменения")).not.toBeInTheDocument();
    await openTable(user, "Возраст автомобиля (Кв)");
    expect(cell(`${AGE}, ряд 2, значение`)).toHaveValue("1.02");
    expect(cell(`${AGE}, ряд 3, значение`)).toHaveValue("1.1");
    expect(screen.getByText("Ревизия 5")).toBeInTheDocument();
    expect(saveButton()).toBeDisabled();

    await retype(user, cell(`${AGE}, ряд 1, значение`), "0.99");
    await user.click(saveButton());
    const next = structuredClone(theirs);
    next.factors[0].rows[0].value = "0.99";
    expect(save).toHaveBeenLastCalledWith({ id: 7, body: next, baseRevision: 5 });
  });

  it("keeps the edits and says why when the server refuses or cannot be reached", async () => {
    const save = vi
      .fn<(input: SaveInput) => Promise<SaveOutcome>>()
      .mockResolvedValueOnce({ ok: false, reason: "not_a_draft", message: "версия опубликована" })
      .mockRejectedValueOnce(new Error("network"))
      .mockResolvedValueOnce({ ok: true, revision: 4 });
    const { user } = renderEditor({ save });
    await openTable(user, "Возраст автомобиля (Кв)");
    await retype(user, cell(`${AGE}, ряд 2, значение`), "1.025");
    await user.click(saveButton());
    expect(await screen.findByText(/^Эта версия больше не черновик: версия опубликована/, { selector: '[role="alert"]' })).toBeInTheDocument();
    expect(cell(`${AGE}, ряд 2, значение`)).toHaveValue("1.025");
    await user.click(saveButton());
    expect(await screen.findByText(/нет связи с сервером/, { selector: '[role="alert"]' })).toBeInTheDocument();
    await user.click(saveButton());
    expect(await screen.findByText("Сохранено")).toBeInTheDocument();
    expect(save).toHaveBeenCalledTimes(3);
  });

  it("asks before leaving with unsaved changes", async () => {
    const { user } = renderEditor();
    const leave = () => {
      const event = new Event("beforeunload", { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave()).toBe(false);
    await retype(user, cell(`${MODELS}, ряд 1, ущерб, %`), "4");
    expect(leave()).toBe(true);
  });

  it("adds a new factor table", async () => {
    const { user, save } = renderEditor();
    await user.click(textButton("Добавить таблицу"));
    const form = screen.getByText("Новая таблица коэффициентов", { selector: "legend" }).closest("fieldset")!;
    await user.type(within(form).getByLabelText("Идентификатор (id)"), "driver-sex");
    await user.type(within(form).getByLabelText("Название (рус.)"), "Пол водителя");
    await user.type(within(form).getByLabelText("Название (англ.)"), "Driver sex");
    await user.click(within(form).getByLabelText(/driver\.sex/, { selector: "input" }));
    await user.click(textButton("Создать таблицу", form));

    const title = "Таблица «Пол водителя»";
    expect(cell(`${title}, ряд 1, driver.sex`)).toHaveFocus();
    await user.keyboard("male");
    await retype(user, cell(`${title}, ряд 1, значение`), "1.05");
    await user.click(textButton("Добавить ряд", cell(`${title}, ряд 1, driver.sex`).closest("section")!));
    await user.keyboard("female");
    await user.click(saveButton());
    const saved = save.mock.calls[0]![0].body as Book;
    expect(saved.factors.at(-1)).toEqual({
      id: "driver-sex",
      label: { ru: "Пол водителя", en: "Driver sex" },
      appliesTo: ["damage", "theft"],
      operation: "multiply",
      keys: ["driver.sex"],
      rows: [
        { when: { "driver.sex": "male" }, value: "1.05" },
        { when: { "driver.sex": "female" }, value: "1" },
      ],
    });
  });

  it("labels every control", async () => {
    const { user } = renderEditor();
    const franchise = await openTable(user, "Франшиза (Кф)");
    const controls = [...document.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>("input, select, textarea")];
    expect(controls.length).toBeGreaterThan(150);
    for (const control of controls) expect((control.labels?.length ?? 0) > 0 || control.hasAttribute("aria-label"), control.outerHTML).toBe(true);
    const amount = within(franchise).getByLabelText("Таблица «Франшиза (Кф)», ряд 3, franchise.amount");
    expect(amount).toHaveValue("10 000–20 000");
    expect(amount).toHaveAccessibleName("Таблица «Франшиза (Кф)», ряд 3, franchise.amount");
    expect(within(franchise).getByLabelText("Значение по умолчанию")).toHaveValue("");
    expect(within(franchise).getByLabelText("Удалить ряд 3")).toHaveAccessibleName("Удалить ряд 3");
    const scrollers = [...document.querySelectorAll('[role="region"][aria-label$=": ряды"]')];
    expect(scrollers.length).toBeGreaterThanOrEqual(5);
    for (const region of scrollers) expect(region).toHaveAttribute("tabindex", "0");
  });

  it("writes every real rate book back exactly as it was read", () => {
    const dir = path.join(process.cwd(), "data/rate-books");
    for (const insurer of readdirSync(dir)) {
      for (const file of readdirSync(path.join(dir, insurer))) {
        const original = JSON.parse(readFileSync(path.join(dir, insurer, file), "utf8"));
        const { body, issues } = toBody(toForm(original));
        expect(issues, file).toEqual([]);
        expect(JSON.stringify(body), `${insurer}/${file}`).toBe(JSON.stringify(original));
      }
    }
    fc.assert(
      fc.property(fc.jsonValue(), (junk) => {
        toBody(toForm(junk));
      }),
      { numRuns: 200 },
    );
  });

  it("opens a draft that does not validate, lists what is wrong and changes nothing until edited", async () => {
    const broken = book();
    broken.factors[0].rows[1] = { when: { "vehicle.ageYears": "1" }, value: 1.02, extra: true };
    delete broken.eligibility.coverages;
    const { user, save } = renderEditor({ body: broken });
    const summary = screen.getByText("Проверка тарифа", { selector: "h2" }).closest("section")!;
    expect(within(summary).getByText(/^4 ошибки/)).toBeInTheDocument();
    expect(within(summary).getByRole("link", { name: "Условия приёма, coverages" })).toBeInTheDocument();
    // row 2 matches no age, so the bands around it show a gap too
    expect(screen.getByText("Сохранить нельзя: 4 ошибки, 1 предупреждение без отметки «Учтено».")).toBeInTheDocument();
    await openTable(user, "Возраст автомобиля (Кв)");
    const value = cell(`${AGE}, ряд 2, значение`);
    const age = cell(`${AGE}, ряд 2, vehicle.ageYears`);
    expect(value).toHaveAccessibleDescription("Ошибка: Значение записано не текстом: введите его заново Ошибка: Лишние поля: extra");
    expect(age).toHaveAccessibleDescription('Ошибка: «vehicle.ageYears» — число: пишите 3, а не "3" (иначе ряд никогда не сработает)');

    // Retyping the same text writes it the way the schema wants.
    await retype(user, age, "1");
    await retype(user, value, "1.02");
    await waitFor(() => expect(within(summary).getByText("2 ошибки, 0 предупреждений")).toBeInTheDocument());
    expect(age).not.toHaveAttribute("aria-invalid");
    expect(save).not.toHaveBeenCalled();
  });

  it("renders a published version read-only: the same tables, no inputs", async () => {
    const { user, save } = renderEditor({ readOnly: true });
    await openTable(user, "Возраст автомобиля (Кв)");
    expect(document.querySelectorAll("input, select, textarea")).toHaveLength(0);
    expect(screen.queryByText("Сохранить", { selector: "button" })).not.toBeInTheDocument();
    expect(screen.queryAllByText(/^(Добавить|Удалить)/, { selector: "button" })).toEqual([]);
    const models = screen.getByText("Базовые тарифы по моделям", { selector: "caption" }).closest("table")!;
    expect(within(models).getByRole("row", { name: "1 hyundai-solaris 3.5 % 0.88 %" })).toBeInTheDocument();
    const age = screen.getByText(AGE, { selector: "caption" }).closest("table")!;
    expect(within(age).getByRole("row", { name: "4 3–5 1.04 —" })).toBeInTheDocument();
    expect(screen.getByText("Опубликованная версия: только просмотр, изменить её нельзя.")).toBeInTheDocument();
    expect(save).not.toHaveBeenCalled();
  });
});
