// @vitest-environment jsdom
/** The editor's format-2 sections: programmes, add-ons, short-term policies and rounding steps. */
import { describe, expect, it, vi } from "vitest";
import { configure, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { RateBookEditor } from "@/app/editor/_components/rate-book-editor";
import type { SaveInput, SaveOutcome } from "@/app/editor/_components/save-outcome";
import { toBody, toForm } from "@/app/editor/_components/rate-book-editor/form-model";
import { lintRateBook } from "@/lib/editor/lint-rate-book";
import ingosstrakh from "@/data/rate-books/ingosstrakh/2027-07-01.json";

configure({ asyncUtilTimeout: 4000 });
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const book = (): any => structuredClone(ingosstrakh);

function renderEditor(body = book()) {
  const user = userEvent.setup({ delay: null });
  const save = vi.fn<(input: SaveInput) => Promise<SaveOutcome>>(async () => ({ ok: true, revision: 2 }));
  render(<RateBookEditor versionId={9} revision={1} initialBody={body} readOnly={false} save={save} />);
  return { user, save };
}

const input = (label: string) => {
  const found = [...document.querySelectorAll<HTMLElement>("input, textarea, select")].filter((el) => el.id && document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent === label);
  if (found.length !== 1) throw new Error(`expected one control labelled "${label}", found ${found.length}`);
  return found[0]!;
};
const saveButton = () => screen.getByText(/^Сохран(ить|ение…)$/, { selector: "button" });

describe("RateBookEditor on a format-2 book", { timeout: 30_000 }, () => {
  it("edits an add-on's rate in percent and saves the exact fraction", async () => {
    const { user, save } = renderEditor();
    const gap = input("Опция gap: ставка, % от страховой суммы");
    expect(gap).toHaveValue("0.6");
    await user.clear(gap);
    await user.type(gap, "0.75");
    await user.click(saveButton());
    const expected = book();
    expected.addOns[0].price.value = "0.0075";
    expect(save).toHaveBeenCalledWith({ id: 9, body: expected, baseRevision: 1 });
  });

  it("reports a price that is not a number at its cell and keeps Save off", async () => {
    const { user } = renderEditor();
    const gap = input("Опция gap: ставка, % от страховой суммы");
    await user.clear(gap);
    await user.type(gap, "abc");
    // At the cell and in the summary of issues.
    expect((await screen.findAllByText(/Введите ставку в процентах числом/)).length).toBeGreaterThanOrEqual(2);
    expect(gap).toHaveAttribute("aria-invalid", "true");
    expect(saveButton()).toBeDisabled();
  });

  it("edits programmes, short-term policies, rounding steps and the instalment counts 1–12", async () => {
    const { user, save } = renderEditor();
    const budget = screen.getByText("Программа budget", { selector: "legend" }).closest("fieldset")!;
    await user.click(within(budget).getByLabelText("стёкла"));
    const mini = input("Программа mini: ставка, % от страховой суммы");
    expect(mini).toHaveValue("0.6");
    await user.clear(mini);
    await user.type(mini, "0.65");
    const six = input("Срок 6: коэффициент");
    await user.clear(six);
    await user.type(six, "0.72");
    await user.click(screen.getByText("Добавить шаг", { selector: "button" }));
    await user.type(input("Шаг 2: название"), "rubles");
    await user.selectOptions(input("Шаг 2: что округляется"), "premium");
    await user.clear(input("Шаг 2: знаков"));
    await user.type(input("Шаг 2: знаков"), "0");
    const payments = screen.getByText("Оплата (число платежей)", { selector: "legend" }).closest("fieldset")!;
    await user.click(within(payments).getByLabelText("5"));
    // 5 payments have no coefficient row yet: a warning at the instalment table, acknowledged here.
    expect((await screen.findAllByText(/нет значения для installments: 5/)).length).toBeGreaterThanOrEqual(1);
    const summary = within(screen.getByText("Проверка тарифа", { selector: "h2" }).closest("section")!);
    await user.click(summary.getByLabelText("Учтено"));
    // Two steps rounding the premium in a row are allowed; the book validates.
    await user.click(saveButton());
    const body = save.mock.calls[0]![0].body as ReturnType<typeof book>;
    expect(body.programmes[1].risks).toContain("glass");
    expect(body.programmes[2].pricing.rate).toBe("0.0065");
    expect(body.policyTerms[5]).toEqual({ months: 6, factor: "0.72" });
    expect(body.rounding.steps).toEqual([...book().rounding.steps, { id: "rubles", target: "premium", decimals: 0 }]);
    expect(body.eligibility.installments).toContain(5);
  });

  it("writes a single-component book back without inventing a damage/theft split", () => {
    const single = book();
    single.components = { single: single.components.damage };
    const { body } = toBody(toForm(single));
    expect(Object.keys(body.components as object)).toEqual(["single"]);
    expect(lintRateBook(body).filter((i) => i.severity === "error" && i.path.startsWith("components"))).toEqual([]);
  });
});
