// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from "vitest";
import { act, render, screen } from "@testing-library/react";
import { ImpactProgress } from "@/app/editor/_components/impact-progress";

const router = vi.hoisted(() => ({ refresh: vi.fn() }));
vi.mock("next/navigation", () => ({ useRouter: () => router }));

beforeEach(() => {
  vi.useFakeTimers();
  router.refresh.mockClear();
});

/** The progress endpoint's answers in turn (the server's analysis moving on). */
function answers(...list: { done?: number; total?: number; ready: boolean }[]) {
  const asked: number[] = [];
  const ask = async (id: number) => {
    asked.push(id);
    const next = list.shift();
    if (!next) throw new Error("no more answers");
    return { done: next.done ?? 0, total: next.total ?? 0, ready: next.ready };
  };
  return { ask, asked };
}

const tick = () => act(async () => void (await vi.advanceTimersByTimeAsync(400)));

describe("ImpactProgress (a large portfolio's analysis under way)", () => {
  it("shows an accessible progress bar that follows the analysis, then loads the page again for the report", async () => {
    const server = answers({ done: 1000, total: 3000, ready: false }, { done: 2500, total: 3000, ready: false }, { ready: true });
    render(<ImpactProgress versionId={7} initial={{ done: 250, total: 3000 }} ask={server.ask} />);
    const bar = screen.getByRole("progressbar", { name: "Портфель считается обеими редакциями" });
    expect(bar).toHaveAttribute("aria-valuenow", "250");
    expect(bar).toHaveAttribute("aria-valuemax", "3000");
    // (ru-RU groups thousands with a no-break space.)
    expect(bar.getAttribute("aria-valuetext")!.replace(/\s/g, " ")).toBe("Посчитано 250 из 3 000 запросов (8 %)");

    await tick();
    expect(bar).toHaveAttribute("aria-valuenow", "1000");
    expect(screen.getByText(/Посчитано 1.000 из 3.000 запросов \(33 %\)/)).toBeInTheDocument();
    await tick();
    expect(bar).toHaveAttribute("aria-valuenow", "2500");
    expect(router.refresh).not.toHaveBeenCalled();
    await tick();
    expect(bar).toHaveAttribute("aria-valuenow", "3000");
    expect(router.refresh).toHaveBeenCalledTimes(1);
    expect(server.asked).toEqual([7, 7, 7]);
    // Ready: it stops asking.
    await tick();
    expect(server.asked).toHaveLength(3);
  });

  it("says so when the server cannot be asked, and asks again", async () => {
    const server = answers({ done: 600, total: 3000, ready: false });
    render(<ImpactProgress versionId={3} initial={{ done: 0, total: 3000 }} ask={server.ask} />);
    await tick();
    expect(screen.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "600");
    await tick(); // the answers have run out: a failure
    expect(screen.getByText("Не удалось узнать, как идёт расчёт; пробуем ещё раз.")).toBeInTheDocument();
    expect(screen.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "600");
  });
});
