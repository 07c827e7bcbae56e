import { render as preactRender } from "preact";
import { render, screen } from "@testing-library/preact";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { useKeyedState } from "./keyed";

const renders: string[] = [];

function Pager({ filters }: { filters: string }) {
  const [page, setPage] = useKeyedState(filters, 1);
  renders.push(`${filters}:${page}`);
  return (
    <button type="button" onClick={() => setPage(page + 1)}>
      {`page ${page}`}
    </button>
  );
}

describe("useKeyedState()", () => {
  it("keeps a value set for the current key, even one set before any effect ran", async () => {
    // Rendered outside testing-library's act(), so effects wait for the next frame as in a
    // browser; the click comes before it, and nothing may undo it afterwards.
    const root = document.body.appendChild(document.createElement("div"));
    try {
      preactRender(<Pager filters="a" />, root);
      root.querySelector("button")!.click();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(root.textContent).toBe("page 2");
    } finally {
      preactRender(null, root);
      root.remove();
    }
  });

  it("reads the initial value in the very render the key changes, and again on coming back", async () => {
    renders.length = 0;
    const { rerender } = render(<Pager filters="a" />);
    await userEvent.click(screen.getByRole("button"));
    expect(screen.getByRole("button")).toHaveTextContent("page 2");

    rerender(<Pager filters="b" />);
    expect(screen.getByRole("button")).toHaveTextContent("page 1");
    // No render ever showed the old key's page with the new key.
    expect(renders).not.toContain("b:2");

    rerender(<Pager filters="a" />);
    expect(screen.getByRole("button")).toHaveTextContent("page 1");
  });

  it("never reads a value set for a key gone by as the new key's", async () => {
    let setForA: ((page: number) => void) | undefined;
    function Late({ filters }: { filters: string }) {
      const [page, setPage] = useKeyedState(filters, 1);
      if (filters === "a") setForA = setPage;
      return <p>{`page ${page}`}</p>;
    }
    const { container, rerender } = render(<Late filters="a" />);
    rerender(<Late filters="b" />);
    setForA!(7);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(container.textContent).toBe("page 1");
  });
});
