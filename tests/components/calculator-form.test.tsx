// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from "vitest";
import { screen, within } from "@testing-library/react";
import { CalculatorForm } from "@/app/_components/calculator/calculator-form";
import { DEFAULT_FORM, type FormState } from "@/lib/form/form-state";
import { decodeForm } from "@/lib/form/url-codec";
import { CalculatorProvider } from "@/app/_components/calculator/calculator-context";
import { calculatorValue, openFolded, paramsOf, renderCalculator, translator } from "./helpers";

const push = vi.fn();
vi.mock("next/navigation", () => ({
  useRouter: () => ({ push, replace: vi.fn(), refresh: vi.fn(), back: vi.fn(), prefetch: vi.fn() }),
}));

beforeEach(() => {
  push.mockReset();
});

/** The error summary's heading as the page formats it. */
const errorsTitle = (errors: Record<string, string>) => translator("Form")("errorsTitle", { count: Object.keys(errors).length });

function renderForm({ initial = DEFAULT_FORM, errors = {} }: { initial?: FormState; errors?: Record<string, string> } = {}) {
  return renderCalculator(<CalculatorForm initial={initial} urlKey="{}" errors={errors} errorsTitle={errorsTitle(errors)} />);
}

/** The one URL the form navigated to. */
function pushedUrl(): string {
  expect(push).toHaveBeenCalledTimes(1);
  const [url, options] = push.mock.calls[0]!;
  expect(options).toEqual({ scroll: false });
  return url as string;
}

describe("CalculatorForm", () => {
  // Role queries over the whole form are slow in jsdom; a loaded machine needs more than the default 5 s.
  it("gives every control an accessible name", { timeout: 20_000 }, async () => {
    const { user } = renderForm();
    await openFolded(user);
    const names = [
      "Марка и модель",
      "Год выпуска",
      "Мощность, л. с.",
      "Стоимость, ₽",
      "Противоугонная система",
      "Где стоит ночью",
      "Куплен в кредит",
      "Регион",
      "Возраст",
      "Стаж, лет",
      "Пол",
      "В браке",
      "Есть дети",
      "Без ограничения списка водителей",
      "Класс бонус-малус",
      "Риски",
      "Франшиза",
      "Ремонт",
      "Выплата с учётом износа",
      "Агрегатная страховая сумма (уменьшается после выплат)",
      "Оплата",
      "Начало действия полиса",
      "Перехожу от другого страховщика",
      "Согласен на телематику (датчик стиля вождения)",
    ];
    for (const name of names) expect(screen.getByLabelText(name), name).toBeInTheDocument();

    // And nothing is left unnamed: every input, select and button in the form has a name.
    const form = screen.getByRole("form", { name: "Расчёт КАСКО" });
    const controls = [
      ...within(form).getAllByRole("textbox"),
      ...within(form).getAllByRole("combobox"),
      ...within(form).getAllByRole("checkbox"),
      ...within(form).getAllByRole("button"),
    ];
    expect(controls.length).toBeGreaterThan(20);
    for (const control of controls) expect(control).toHaveAccessibleName();
    expect(screen.getByRole("button", { name: "Рассчитать" })).toHaveAttribute("type", "submit");
  });

  it("draws a folded section's fields when it is opened, with the form's values; the car's power is in the HTML folded", async () => {
    const { user } = renderForm({ initial: { ...DEFAULT_FORM, repair: "insurer-garage", power: "150" } });
    const cover = screen.getByText("Покрытие", { selector: "legend" }).closest("fieldset")!;
    const summary = within(cover).getByText("Ещё условия");
    // Folded: the summary says the value, the field is not drawn.
    expect(summary.closest("summary")).toHaveTextContent("На СТОА страховщика");
    expect(screen.queryByLabelText("Ремонт")).toBeNull();
    await user.click(summary);
    expect(screen.getByLabelText("Ремонт")).toHaveValue("insurer-garage");
    await user.selectOptions(screen.getByLabelText("Ремонт"), "У официального дилера");
    // Folded again and opened: the value was kept by the form, not by the field.
    await user.click(summary);
    expect(screen.queryByLabelText("Ремонт")).toBeNull();
    expect(summary.closest("summary")).toHaveTextContent("У официального дилера");
    await user.click(summary);
    expect(screen.getByLabelText("Ремонт")).toHaveValue("dealer");
    // The power is a named field of the form that works without JavaScript: drawn while folded.
    const power = screen.getByLabelText("Мощность, л. с.");
    expect(power).toHaveValue("150");
    expect(power.closest("details")).not.toHaveAttribute("open");
  });

  it("opens a folded section with an error, its field drawn and named in the error summary", () => {
    const errors = { franchiseAmount: "Введите сумму франшизы" };
    renderForm({ initial: { ...DEFAULT_FORM, franchise: "fixed", franchiseAmount: "abc" }, errors });
    const amount = screen.getByLabelText("Размер франшизы, ₽");
    expect(amount).toHaveAttribute("aria-invalid", "true");
    expect(amount.closest("details")).toHaveAttribute("open");
    expect(within(screen.getByRole("alert")).getByRole("link", { name: "Введите сумму франшизы" })).toHaveAttribute("href", "#franchiseAmount");
  });

  it("groups the price by thousands with no-break spaces as it is typed", async () => {
    const { user } = renderForm();
    const price = screen.getByLabelText("Стоимость, ₽");
    await user.type(price, "1200");
    expect(price).toHaveValue("1\u00a0200");
    await user.type(price, "000");
    expect(price).toHaveValue("1\u00a0200\u00a0000");
    await user.type(price, ",5");
    expect(price).toHaveValue("1\u00a0200\u00a0000,5");
  });

  it("prefills the power from the chosen model and keeps a power the user typed", async () => {
    const { user } = renderForm();
    const model = screen.getByLabelText("Марка и модель");
    const power = screen.getByLabelText("Мощность, л. с.");
    expect(power).toHaveValue("");

    await user.type(model, "Mazda 3");
    expect(power).toHaveValue("120");

    await user.clear(power);
    await user.type(power, "135");
    await user.clear(model);
    await user.type(model, "Toyota Camry");
    expect(model).toHaveValue("Toyota Camry");
    expect(power).toHaveValue("135");
  });

  it("replaces the prefilled power when another model is picked from the list", async () => {
    const { user } = renderForm();
    const model = screen.getByLabelText("Марка и модель");
    const power = screen.getByLabelText("Мощность, л. с.");
    await user.type(model, "Mazda 3");
    expect(power).toHaveValue("120");
    // Picking a datalist option replaces the whole text in one input event.
    await user.tripleClick(model);
    await user.paste("Toyota Camry");
    expect(model).toHaveValue("Toyota Camry");
    expect(power).toHaveValue("181");
  });

  // Regression: the power follows the model until the user types one, also when the model is retyped.
  it("replaces the prefilled power when the model is retyped letter by letter", async () => {
    const { user } = renderForm();
    const model = screen.getByLabelText("Марка и модель");
    const power = screen.getByLabelText("Мощность, л. с.");
    await user.type(model, "Mazda 3");
    await user.clear(model);
    await user.type(model, "Toyota Camry");
    expect(power).toHaveValue("181");
  });

  it("adds and removes drivers, and hides the list for unlimited drivers", async () => {
    const { user } = renderForm();
    const drivers = () => screen.queryAllByRole("group", { name: /^Водитель \d$/ });
    expect(drivers()).toHaveLength(1);
    // A single driver cannot be removed.
    expect(screen.queryByRole("button", { name: /Удалить водителя/ })).not.toBeInTheDocument();

    await user.type(screen.getByLabelText("Возраст"), "30");
    await user.click(screen.getByRole("button", { name: "+ Добавить водителя" }));
    expect(drivers().map((g) => g.getAttribute("aria-labelledby"))).toEqual(["driver-0-title", "driver-1-title"]);
    expect(screen.getByRole("group", { name: "Водитель 2" })).toBeInTheDocument();
    const ages = () => screen.getAllByLabelText("Возраст");
    expect(ages()).toHaveLength(2);
    await user.type(ages()[1]!, "45");

    // Removing driver 1 keeps driver 2's answers, now as driver 1.
    await user.click(screen.getByRole("button", { name: "Удалить водителя 1" }));
    expect(drivers()).toHaveLength(1);
    expect(screen.getByLabelText("Возраст")).toHaveValue("45");

    await user.click(screen.getByRole("checkbox", { name: "Без ограничения списка водителей" }));
    expect(drivers()).toHaveLength(0);
    expect(screen.queryByLabelText("Возраст")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "+ Добавить водителя" })).not.toBeInTheDocument();

    await user.click(screen.getByRole("checkbox", { name: "Без ограничения списка водителей" }));
    expect(drivers()).toHaveLength(1);
  });

  it("stops offering to add drivers at five", async () => {
    const { user } = renderForm();
    const add = () => screen.queryByRole("button", { name: "+ Добавить водителя" });
    for (let i = 0; i < 4; i++) await user.click(add()!);
    expect(screen.getAllByLabelText("Возраст")).toHaveLength(5);
    expect(add()).not.toBeInTheDocument();
  });

  // Regression: ticking "unlimited" hides the drivers but keeps them, so unticking brings them back.
  it("keeps the typed drivers when unlimited is ticked and unticked again", async () => {
    const { user } = renderForm();
    await user.type(screen.getByLabelText("Возраст"), "30");
    const unlimited = screen.getByRole("checkbox", { name: "Без ограничения списка водителей" });
    await user.click(unlimited);
    await user.click(unlimited);
    expect(screen.getByLabelText("Возраст")).toHaveValue("30");
  });

  // Types every field and opens the folded sections: more than the default 5 s on a loaded machine.
  it("submits the typed form as a URL with the catalog ids instead of the display names", { timeout: 20_000 }, async () => {
    const { user } = renderForm();
    await user.type(screen.getByLabelText("Марка и модель"), "Mazda 3");
    await user.type(screen.getByLabelText("Год выпуска"), "2026");
    await user.type(screen.getByLabelText("Стоимость, ₽"), "1200000");
    await user.type(screen.getByLabelText("Регион"), "38 — Иркутская область");
    await user.type(screen.getByLabelText("Возраст"), "30");
    await user.type(screen.getByLabelText("Стаж, лет"), "5");
    await openFolded(user);
    await user.selectOptions(screen.getByLabelText("Пол"), "Мужской");
    await user.selectOptions(screen.getByLabelText("В браке"), "Да");
    await user.selectOptions(screen.getByLabelText("Есть дети"), "Да");
    await user.selectOptions(screen.getByLabelText("Ремонт"), "На СТОА страховщика");
    await user.click(screen.getByLabelText("Выплата с учётом износа"));
    expect(push).not.toHaveBeenCalled();

    await user.click(screen.getByRole("button", { name: "Рассчитать" }));

    const url = pushedUrl();
    expect(url).toMatch(/^\/\?/);
    expect(decodeForm(paramsOf(url))).toEqual({
      ...DEFAULT_FORM,
      model: "mazda-3",
      year: "2026",
      price: "1200000",
      power: "120",
      region: "38",
      drivers: [{ age: "30", experience: "5", sex: "male", married: "yes", children: "yes" }],
      repair: "insurer-garage",
      wear: true,
    });
  });

  it("submits with Enter in a field, resolves what stands for one region, and sends text it cannot resolve as typed", async () => {
    const { user } = renderForm();
    await user.type(screen.getByLabelText("Марка и модель"), "Жигули Копейка");
    await user.type(screen.getByLabelText("Регион"), "Иркутская{Enter}");
    const form = decodeForm(paramsOf(pushedUrl()));
    expect(form.model).toBe("Жигули Копейка");
    expect(form.region).toBe("38");
  });

  it("shows the server's errors next to their fields, lists them in an alert and focuses the first", () => {
    const initial: FormState = {
      ...DEFAULT_FORM,
      model: "Mazda 3",
      year: "1970",
      price: "5",
      power: "120",
      region: "38 — Иркутская область",
      drivers: [{ age: "17", experience: "5", sex: "", married: "", children: "" }],
    };
    const errors = {
      year: "Укажите год выпуска: не раньше 1980 и не позже следующего года",
      price: "Укажите стоимость от 10 000 до 200 000 000 ₽",
      "driver-0-age": "Возраст — целое число от 18 до 99",
    };
    renderForm({ initial, errors });

    const year = screen.getByLabelText("Год выпуска");
    const price = screen.getByLabelText("Стоимость, ₽");
    const age = screen.getByLabelText("Возраст");
    for (const [field, input] of [["year", year], ["price", price], ["driver-0-age", age]] as const) {
      const message = errors[field];
      expect(input).toHaveAttribute("aria-invalid", "true");
      expect(input.getAttribute("aria-describedby")?.split(" ")).toContain(`${field}-error`);
      expect(document.getElementById(`${field}-error`)).toHaveTextContent(message);
      expect(input).toHaveAccessibleDescription(message);
    }
    // Fields without an error are not marked.
    for (const name of ["Марка и модель", "Мощность, л. с.", "Регион", "Стаж, лет"]) expect(screen.getByLabelText(name)).not.toHaveAttribute("aria-invalid");

    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("Проверьте поля: 3 ошибки");
    const links = within(alert).getAllByRole("link");
    expect(links.map((a) => [a.textContent, a.getAttribute("href")])).toEqual([
      [errors.year, "#year"],
      [errors.price, "#price"],
      [errors["driver-0-age"], "#driver-0-age"],
    ]);

    expect(year).toHaveFocus();

    // Nothing typed is lost.
    expect(screen.getByLabelText("Марка и модель")).toHaveValue("Mazda 3");
    expect(year).toHaveValue("1970");
    expect(price).toHaveValue("5");
    expect(screen.getByLabelText("Регион")).toHaveValue("38 — Иркутская область");
    expect(age).toHaveValue("17");
    expect(screen.getByLabelText("Стаж, лет")).toHaveValue("5");
  });

  it("shows no alert and moves no focus without errors", () => {
    renderForm();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(document.body).toHaveFocus();
  });

  // Regression: the hint is hidden while there is an error, so only the error is referenced.
  it("points aria-describedby only at elements that exist", () => {
    renderForm({ initial: { ...DEFAULT_FORM, model: "Mazda 33" }, errors: { model: "Выберите модель из списка" } });
    const model = screen.getByLabelText("Марка и модель");
    for (const id of model.getAttribute("aria-describedby")!.split(" ")) expect(document.getElementById(id), id).not.toBeNull();
  });

  it("asks for the franchise amount only for a fixed or from-the-second-claim franchise", async () => {
    const { user } = renderForm();
    await openFolded(user);
    const franchise = screen.getByLabelText("Франшиза");
    const amount = () => screen.queryByLabelText("Размер франшизы, ₽");
    const percent = () => screen.queryByLabelText("Процент от стоимости", { selector: "input" });
    expect(amount()).not.toBeInTheDocument();

    await user.selectOptions(franchise, "Фиксированная");
    expect(amount()).toHaveValue("30000");
    expect(percent()).not.toBeInTheDocument();
    await user.clear(amount()!);
    await user.type(amount()!, "15000");
    expect(amount()).toHaveValue("15\u00a0000");

    await user.selectOptions(franchise, "Процент от стоимости");
    expect(amount()).not.toBeInTheDocument();
    expect(percent()).toHaveValue("1");

    await user.selectOptions(franchise, "Со второго случая");
    expect(amount()).toHaveValue("15\u00a0000");
    expect(percent()).not.toBeInTheDocument();

    await user.selectOptions(franchise, "Без франшизы");
    expect(amount()).not.toBeInTheDocument();

    await user.selectOptions(franchise, "Со второго случая");
    await user.click(screen.getByRole("button", { name: "Рассчитать" }));
    const params = paramsOf(pushedUrl());
    expect(params).toMatchObject({ fr: "fromSecondClaim", fra: "15000" });
  });

  it("formats the price the English way in English", async () => {
    const { user } = renderCalculator(<CalculatorForm initial={DEFAULT_FORM} urlKey="{}" errors={{}} />, "en");
    const price = screen.getByLabelText("Value, RUB");
    await user.type(price, "1200000.5");
    expect(price).toHaveValue("1,200,000.5");
    await user.type(screen.getByLabelText("Region"), "38 — Irkutsk Oblast");
    await user.click(screen.getByRole("button", { name: "Get prices" }));
    expect(paramsOf(pushedUrl())).toMatchObject({ price: "1200000.5", region: "38" });
  });

  describe("when the URL changes (the form lives in it)", () => {
    const mazda: FormState = { ...DEFAULT_FORM, model: "Mazda 3", year: "2026", price: "1\u00a0200\u00a0000", power: "120", region: "38 — Иркутская область", drivers: [{ age: "30", experience: "5", sex: "", married: "", children: "" }] };
    const form = (initial: FormState, urlKey: string, errors: Record<string, string> = {}) => (
      <CalculatorProvider value={calculatorValue("ru")}>
        <CalculatorForm initial={initial} urlKey={urlKey} errors={errors} errorsTitle={errorsTitle(errors)} />
      </CalculatorProvider>
    );

    it("keeps what is typed when the page renders again for the same URL", async () => {
      const { user, rerender } = renderCalculator(<CalculatorForm initial={mazda} urlKey="a" errors={{}} />);
      await user.clear(screen.getByLabelText("Год выпуска"));
      await user.type(screen.getByLabelText("Год выпуска"), "2025");
      // e.g. after switching the language: the same URL, new objects from the server.
      rerender(form({ ...mazda }, "a"));
      expect(screen.getByLabelText("Год выпуска")).toHaveValue("2025");
    });

    it("starts again from the URL when it changes (a what-if change, Back), without rebuilding the fields", async () => {
      const { user, rerender } = renderCalculator(<CalculatorForm initial={mazda} urlKey="a" errors={{}} />);
      const year = screen.getByLabelText("Год выпуска");
      await user.clear(year);
      await user.type(year, "2025");
      await user.clear(screen.getByLabelText("Мощность, л. с."));
      await user.type(screen.getByLabelText("Мощность, л. с."), "150");
      await openFolded(user);
      rerender(form({ ...mazda, franchise: "fixed" }, "b"));
      expect(screen.getByLabelText("Год выпуска")).toBe(year);
      expect(year).toHaveValue("2026");
      expect(screen.getByLabelText("Франшиза")).toHaveValue("fixed");
      // The power follows the model again, as on a fresh page.
      await user.clear(screen.getByLabelText("Марка и модель"));
      await user.type(screen.getByLabelText("Марка и модель"), "Toyota Camry");
      expect(screen.getByLabelText("Мощность, л. с.")).toHaveValue("181");
    });

    it("keeps the focus and the fields when a calculation comes back with what was typed", async () => {
      const { user, rerender } = renderCalculator(<CalculatorForm initial={mazda} urlKey="a" errors={{}} />);
      const price = screen.getByLabelText("Стоимость, ₽");
      await user.clear(price);
      await user.type(price, "1300000");
      rerender(form({ ...mazda, price: "1\u00a0300\u00a0000" }, "b"));
      expect(screen.getByLabelText("Стоимость, ₽")).toBe(price);
      expect(price).toHaveFocus();
      expect(price).toHaveValue("1\u00a0300\u00a0000");
    });

    it("shows the errors of each answer and focuses the first one again", () => {
      const { rerender } = renderCalculator(<CalculatorForm initial={mazda} urlKey="a" errors={{}} />);
      expect(screen.queryByRole("alert")).not.toBeInTheDocument();
      rerender(form({ ...mazda, year: "1970" }, "b", { year: "Укажите год выпуска: не раньше 1980 и не позже следующего года" }));
      expect(screen.getByRole("alert")).toHaveTextContent("Проверьте поля: 1 ошибка");
      expect(screen.getByLabelText("Год выпуска")).toHaveFocus();
      screen.getByLabelText("Марка и модель").focus();
      rerender(form({ ...mazda, year: "1970", price: "5" }, "c", { year: "Укажите год выпуска: не раньше 1980 и не позже следующего года", price: "Укажите стоимость от 10 000 до 200 000 000 ₽" }));
      expect(screen.getByRole("alert")).toHaveTextContent("Проверьте поля: 2 ошибки");
      expect(screen.getByLabelText("Год выпуска")).toHaveFocus();
      rerender(form(mazda, "d"));
      expect(screen.queryByRole("alert")).not.toBeInTheDocument();
      expect(screen.getByLabelText("Год выпуска")).not.toHaveAttribute("aria-invalid");
    });
  });
});
