// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FranchiseChart } from "@/app/_components/results/franchise-chart";
import { chartView } from "@/app/_components/results/chart-view";
import { scanFranchise } from "@/lib/results/franchise-scan";
import { catalog } from "@/lib/catalog";
import { parseQuoteRequest } from "@/lib/rating";
import { getDiskLibrary } from "@/lib/rate-books/load-from-disk.server";
import { translator } from "./helpers";

function mazdaView() {
  const parsed = parseQuoteRequest({ policyStart: "2026-12-06", region: "38", vehicle: { modelId: "mazda-3", year: 2026, price: 1200000 }, drivers: [{ age: 30, experienceYears: 5 }] }, catalog, "2026-12-06");
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error.issues));
  return chartView(scanFranchise(parsed.request, getDiskLibrary(), catalog), translator("Chart"), "ru")!;
}

describe("the franchise chart", () => {
  const view = mazdaView();

  it("draws every insurer's line and the axis labels, each tick label in its own group", () => {
    render(<FranchiseChart view={view} />);
    const svg = screen.getByTestId("franchise-chart");
    expect(svg.querySelectorAll("polyline")).toHaveLength(view.series.length);
    expect([...svg.querySelectorAll("g.chart-x text")].map((t) => t.textContent)).toEqual(view.xTicks.map(([, label]) => label));
    // The minor ticks (every other one) can be hidden on a phone: their labels and their marks.
    expect(svg.querySelectorAll("g.chart-minor text")).toHaveLength(Math.floor(view.xTicks.length / 2));
    expect(svg.querySelector("path.chart-minor")).not.toBeNull();
  });

  it("draws the table of figures when it is opened, not before", async () => {
    const user = userEvent.setup({ delay: null });
    render(<FranchiseChart view={view} />);
    expect(screen.queryByRole("table")).toBeNull();
    await user.click(screen.getByText(view.tableCaption, { selector: "summary" }));
    const table = screen.getByRole("table", { name: view.tableCaption });
    expect(within(table).getAllByRole("row")).toHaveLength(view.series.length + 1);
    expect(within(table).getByRole("rowheader", { name: view.series[0]!.name })).toBeInTheDocument();
    expect(table).toHaveTextContent(view.series[0]!.cells[0]!.replace(/\s/g, " ").split(" ")[0]!);
  });
});
