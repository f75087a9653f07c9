// @vitest-environment jsdom
import { expect, test } from "vitest";
import { render, screen } from "@testing-library/react";
test("jsx", () => {
  render(<button>hi</button>);
  expect(screen.getByRole("button", { name: "hi" })).toBeInTheDocument();
});
