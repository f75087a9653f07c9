// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from "vitest";
import { screen, within } from "@testing-library/react";
import { WhatIf } from "@/app/_components/results/what-if";
import { DEFAULT_FORM, type FormState } from "@/lib/form/form-state";
import { decodeForm } from "@/lib/form/url-codec";
import { formatRub } from "@/lib/format/money";
import { CalculatorProvider } from "@/app/_components/calculator/calculator-context";
import { calculatorValue, paramsOf, renderCalculator } from "./helpers";

const push = vi.fn();
vi.mock("next/navigation", () => ({
  useRouter: () => ({ push, replace: vi.fn(), refresh: vi.fn(), back: vi.fn(), prefetch: vi.fn() }),
}));

beforeEach(() => {
  push.mockReset();
});

/** The form as the results page has it: decoded from the URL, with catalog ids. */
const FORM: FormState = {
  ...DEFAULT_FORM,
  model: "mazda-3",
  year: "2026",
  price: "1200000",
  power: "120",
  region: "38",
  drivers: [
    { age: "30", experience: "5", sex: "male", married: "yes", children: "yes" },
    { age: "52", experience: "30", sex: "female", married: "", children: "" },
  ],
};

/** The one URL pushed, decoded back into a form. */
function pushedForm(): FormState {
  expect(push).toHaveBeenCalledTimes(1);
  const [url, options] = push.mock.calls[0]!;
  expect(url).toMatch(/^\/\?/);
  expect(options).toEqual({ scroll: false });
  return decodeForm(paramsOf(url as string));
}

const section = () => screen.getByRole("region", { name: "А если…" });
const select = (name: string) => within(section()).getByRole("combobox", { name: new RegExp(`^${name}`) });

describe("WhatIf", () => {
  it("shows the current conditions", () => {
    renderCalculator(<WhatIf form={{ ...FORM, franchise: "fixed", franchiseAmount: "15000", repair: "client-garage", installments: "2" }} />);
    expect(select("Франшиза")).toHaveDisplayValue("15\u00a0000\u00a0₽");
    expect(select("Ремонт")).toHaveDisplayValue("На СТОА по выбору клиента");
    expect(select("Оплата")).toHaveDisplayValue("В 2 платежа");
    expect(select("Противоугонная система")).toHaveDisplayValue("Штатная сигнализация");
    const driver = within(section()).getByRole("group", { name: "Водитель 1: возраст и стаж" });
    expect(within(driver).getByRole("textbox", { name: "Возраст" })).toHaveValue("30");
    expect(within(driver).getByRole("textbox", { name: "Стаж, лет" })).toHaveValue("5");
    expect(push).not.toHaveBeenCalled();
  });

  it.each([
    ["no franchise", { franchise: "none" }],
    ["a 100 000 ₽ franchise", { franchise: "fixed", franchiseAmount: "100000" }],
    ["a franchise from the second claim", { franchise: "fromSecondClaim", franchiseAmount: "15000" }],
  ] as const)("prices a 30 000 ₽ franchise instead of %s", async (_, current) => {
    const form: FormState = { ...FORM, ...current };
    const { user } = renderCalculator(<WhatIf form={form} />);
    await user.selectOptions(select("Франшиза"), within(section()).getByRole("option", { name: "30\u00a0000\u00a0₽" }));

    const [url] = push.mock.calls[0]!;
    expect(url).toMatch(/[?&]fr=fixed&fra=30000(&|$)/);
    // Everything else stays as it was.
    expect(pushedForm()).toEqual({ ...form, franchise: "fixed", franchiseAmount: "30000" });
  });

  it("goes back to no franchise", async () => {
    const { user } = renderCalculator(<WhatIf form={{ ...FORM, franchise: "fixed", franchiseAmount: "30000" }} />);
    await user.selectOptions(select("Франшиза"), "Без франшизы");
    const form = pushedForm();
    expect(form.franchise).toBe("none");
    expect(form).toEqual({ ...FORM, franchise: "none" });
  });

  it("prices another repair option", async () => {
    const { user } = renderCalculator(<WhatIf form={FORM} />);
    await user.selectOptions(select("Ремонт"), "На СТОА страховщика");
    const [url] = push.mock.calls[0]!;
    expect(new URL(url as string, "http://localhost").searchParams.get("repair")).toBe("insurer-garage");
    expect(pushedForm()).toEqual({ ...FORM, repair: "insurer-garage" });
  });

  it("prices instalments and another anti-theft system", async () => {
    const { user } = renderCalculator(<WhatIf form={FORM} />);
    await user.selectOptions(select("Оплата"), "В 4 платежа");
    expect(paramsOf(push.mock.calls[0]![0] as string)).toMatchObject({ pay: "4" });
    await user.selectOptions(select("Противоугонная система"), "Спутниковая");
    expect(paramsOf(push.mock.calls[1]![0] as string)).toMatchObject({ alarm: "satellite" });
    // Each change starts from the page's form, not from the previous change (the page re-renders with the new URL).
    expect(paramsOf(push.mock.calls[1]![0] as string).pay).toBeUndefined();
  });

  it("prices a new age for driver 1 when the field is left, keeping the other drivers", async () => {
    const { user } = renderCalculator(<WhatIf form={FORM} />);
    const age = within(section()).getByRole("textbox", { name: "Возраст" });
    await user.clear(age);
    await user.type(age, "45");
    // Nothing is priced while typing.
    expect(push).not.toHaveBeenCalled();

    await user.tab();
    const form = pushedForm();
    expect(form.drivers).toEqual([{ ...FORM.drivers[0], age: "45" }, FORM.drivers[1]]);
    expect(form).toEqual({ ...FORM, drivers: [{ ...FORM.drivers[0]!, age: "45" }, FORM.drivers[1]!] });
    expect(paramsOf(push.mock.calls[0]![0] as string).d).toEqual(["45_5_m_y_y", "52_30_f"]);
  });

  it("prices a new experience on Enter", async () => {
    const { user } = renderCalculator(<WhatIf form={FORM} />);
    const experience = within(section()).getByRole("textbox", { name: "Стаж, лет" });
    await user.clear(experience);
    await user.type(experience, "10{Enter}");
    expect(pushedForm().drivers[0]).toEqual({ ...FORM.drivers[0], experience: "10" });
  });

  it("does not price again when the driver is left unchanged", async () => {
    const { user } = renderCalculator(<WhatIf form={FORM} />);
    await user.click(within(section()).getByRole("textbox", { name: "Возраст" }));
    await user.tab();
    await user.tab();
    expect(push).not.toHaveBeenCalled();
  });

  it("has no driver fields for unlimited drivers", () => {
    renderCalculator(<WhatIf form={{ ...FORM, unlimited: true, drivers: [] }} />);
    expect(within(section()).queryByRole("group", { name: "Водитель 1: возраст и стаж" })).not.toBeInTheDocument();
    expect(within(section()).queryByRole("textbox")).not.toBeInTheDocument();
  });

  // Regression: a fixed franchise that is not one of the listed amounts is shown as it is.
  it("shows a fixed franchise that is not in the list as it is", () => {
    renderCalculator(<WhatIf form={{ ...FORM, franchise: "fixed", franchiseAmount: "25000" }} />);
    expect(select("Франшиза")).not.toHaveDisplayValue("Без франшизы");
  });

  // Regression: Enter followed by leaving the field prices the change once (one history entry).
  it("prices a changed driver once when Enter is followed by leaving the field", async () => {
    const { user } = renderCalculator(<WhatIf form={FORM} />);
    const age = within(section()).getByRole("textbox", { name: "Возраст" });
    await user.clear(age);
    await user.type(age, "45{Enter}");
    await user.tab();
    expect(push).toHaveBeenCalledTimes(1);
  });

  // Regression: the franchise amounts use the interface language's format.
  it("formats the franchise amounts the English way in English", () => {
    renderCalculator(<WhatIf form={FORM} />, "en");
    const franchise = within(screen.getByRole("region", { name: "What if…" })).getByRole("combobox", { name: /^Franchise/ });
    expect(within(franchise).getByRole("option", { name: formatRub("30000", "en", { whole: true }) })).toBeInTheDocument();
  });

  it("takes the driver of a new calculation, in the same fields", async () => {
    const { user, rerender } = renderCalculator(<WhatIf form={FORM} />);
    const age = within(section()).getByRole("textbox", { name: "Возраст" });
    await user.clear(age);
    await user.type(age, "4");
    const next: FormState = { ...FORM, drivers: [{ ...FORM.drivers[0]!, age: "45", experience: "20" }, FORM.drivers[1]!] };
    rerender(
      <CalculatorProvider value={calculatorValue("ru")}>
        <WhatIf form={next} />
      </CalculatorProvider>,
    );
    expect(within(section()).getByRole("textbox", { name: "Возраст" })).toBe(age);
    expect(age).toHaveValue("45");
    expect(within(section()).getByRole("textbox", { name: "Стаж, лет" })).toHaveValue("20");
    // Leaving the field unchanged prices nothing: the new driver is the one already priced.
    await user.click(age);
    await user.tab();
    expect(push).not.toHaveBeenCalled();
  });
});
