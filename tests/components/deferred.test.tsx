// @vitest-environment jsdom
import { startTransition, type ReactElement, type ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { act, render, screen } from "@testing-library/react";
import { Deferred } from "@/app/_components/results/deferred";

function later() {
  let resolve!: (node: ReactNode) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<ReactNode>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
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
  it("shows a busy placeholder at first, then the content; keeps it until the next content has arrived", async () => {
    const first = later();
    const { container, rerender } = await renderAsync(<Deferred content={first.promise} />);
    // Its own Suspense boundary: a placeholder, marked busy, nothing of the content yet.
    expect(container.querySelectorAll('[aria-busy="true"]')).toHaveLength(1);
    expect(container.textContent).toBe("");
    await act(async () => first.resolve(<p>chart 1</p>));
    expect(container.firstElementChild).toHaveAttribute("aria-busy", "false");
    expect(container.querySelectorAll('[aria-busy="true"]')).toHaveLength(0);

    // A new calculation, as the router delivers it (in a transition): the old chart stays, marked
    // busy, and nothing falls back to the placeholder.
    const second = later();
    await act(async () => {
      startTransition(() => rerender(<Deferred content={second.promise} />));
    });
    expect(screen.getByText("chart 1")).toBeInTheDocument();
    expect(container.firstElementChild).toHaveAttribute("aria-busy", "true");
    expect(container.querySelectorAll('[aria-busy="true"]')).toHaveLength(1);
    await act(async () => second.resolve(<p>chart 2</p>));
    expect(screen.queryByText("chart 1")).not.toBeInTheDocument();
    expect(screen.getByText("chart 2")).toBeInTheDocument();
    expect(container.firstElementChild).toHaveAttribute("aria-busy", "false");
  });

  it("keeps the content through an update outside a transition too", async () => {
    const first = later();
    const { container, rerender } = await renderAsync(<Deferred content={first.promise} />);
    await act(async () => first.resolve(<p>chart 1</p>));
    const second = later();
    await act(async () => {
      rerender(<Deferred content={second.promise} />);
    });
    expect(screen.getByText("chart 1")).toBeInTheDocument();
    expect(container.firstElementChild).toHaveAttribute("aria-busy", "true");
    await act(async () => second.resolve(<p>chart 2</p>));
    expect(screen.getByText("chart 2")).toBeInTheDocument();
    expect(container.firstElementChild).toHaveAttribute("aria-busy", "false");
  });

  it("ignores content that arrives after newer content was asked for", async () => {
    const first = later();
    const { container, rerender } = await renderAsync(<Deferred content={first.promise} />);
    await act(async () => first.resolve(<p>chart 1</p>));
    const slow = later();
    const fast = later();
    await act(async () => {
      rerender(<Deferred content={slow.promise} />);
    });
    await act(async () => {
      rerender(<Deferred content={fast.promise} />);
    });
    await act(async () => fast.resolve(<p>chart 3</p>));
    await act(async () => slow.resolve(<p>chart 2</p>));
    expect(screen.getByText("chart 3")).toBeInTheDocument();
    expect(screen.queryByText("chart 2")).not.toBeInTheDocument();
    expect(container.firstElementChild).toHaveAttribute("aria-busy", "false");
  });

  it("keeps the previous content, still marked busy, when the new content fails", async () => {
    const first = later();
    const { container, rerender } = await renderAsync(<Deferred content={first.promise} />);
    await act(async () => first.resolve(<p>chart 1</p>));
    const failing = later();
    await act(async () => {
      rerender(<Deferred content={failing.promise} />);
    });
    await act(async () => failing.reject(new Error("render failed")));
    expect(screen.getByText("chart 1")).toBeInTheDocument();
    expect(container.firstElementChild).toHaveAttribute("aria-busy", "true");
  });
});
