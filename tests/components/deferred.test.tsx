// @vitest-environment jsdom
import { Suspense, type ReactElement, type ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { act, render, screen } from "@testing-library/react";
import { Deferred } from "@/app/_components/results/deferred";

function later() {
  let resolve!: (node: ReactNode) => void;
  const promise = new Promise<ReactNode>((r) => (resolve = r));
  return { promise, resolve };
}

/** Renders inside an awaited act: the first render suspends. */
async function renderAsync(ui: ReactElement) {
  let utils!: ReturnType<typeof render>;
  await act(async () => {
    utils = render(ui);
  });
  return utils;
}

describe("Deferred (the franchise chart streamed after the offers)", () => {
  it("waits for its content at first, then keeps it until the next content has arrived", async () => {
    const first = later();
    const { rerender } = await renderAsync(
      <Suspense fallback={<p>waiting</p>}>
        <Deferred content={first.promise} />
      </Suspense>,
    );
    expect(screen.getByText("waiting")).toBeInTheDocument();
    await act(async () => first.resolve(<p>chart 1</p>));
    const shown = screen.getByText("chart 1");
    expect(shown.parentElement).toHaveAttribute("aria-busy", "false");

    // A new calculation: the old chart stays, marked busy, and nothing falls back to waiting.
    const second = later();
    await act(async () => {
      rerender(
        <Suspense fallback={<p>waiting</p>}>
          <Deferred content={second.promise} />
        </Suspense>,
      );
    });
    expect(screen.queryByText("waiting")).not.toBeInTheDocument();
    expect(screen.getByText("chart 1").parentElement).toHaveAttribute("aria-busy", "true");
    await act(async () => second.resolve(<p>chart 2</p>));
    expect(screen.queryByText("chart 1")).not.toBeInTheDocument();
    expect(screen.getByText("chart 2").parentElement).toHaveAttribute("aria-busy", "false");
  });

  it("ignores content that arrives after newer content was asked for", async () => {
    const first = later();
    const { rerender } = await renderAsync(
      <Suspense fallback={null}>
        <Deferred content={first.promise} />
      </Suspense>,
    );
    await act(async () => first.resolve(<p>chart 1</p>));
    const slow = later();
    const fast = later();
    await act(async () => {
      rerender(<Suspense fallback={null}><Deferred content={slow.promise} /></Suspense>);
    });
    await act(async () => {
      rerender(<Suspense fallback={null}><Deferred content={fast.promise} /></Suspense>);
    });
    await act(async () => fast.resolve(<p>chart 3</p>));
    await act(async () => slow.resolve(<p>chart 2</p>));
    expect(screen.getByText("chart 3")).toBeInTheDocument();
    expect(screen.queryByText("chart 2")).not.toBeInTheDocument();
  });
});
