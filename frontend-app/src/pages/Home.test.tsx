import { screen } from "@testing-library/preact";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { mockApi, renderAt } from "../test/api";

describe("Home page", () => {
  it("upper-cases the campaign code and opens the campaign page", async () => {
    mockApi({});
    renderAt("/");
    const user = userEvent.setup();
    const input = screen.getByLabelText("Code de la campagne");
    expect(input).toHaveAccessibleDescription(expect.stringContaining("6 lettres puis 3 chiffres"));
    await user.type(input, "tumyuz238");
    expect(input).toHaveValue("TUMYUZ238");
    await user.click(screen.getByRole("button", { name: "Accéder au parcours" }));

    expect(window.location.pathname).toBe("/campagnes/TUMYUZ238");
    const heading = screen.getByRole("heading", { level: 1, name: "Campagne TUMYUZ238" });
    expect(heading).toHaveFocus();
    expect(screen.getByText(/arrive bientôt/)).toBeInTheDocument();
  });

  it("explains the expected format of a malformed code", async () => {
    mockApi({});
    renderAt("/");
    const user = userEvent.setup();
    await user.type(screen.getByLabelText("Code de la campagne"), "ABC12");
    await user.click(screen.getByRole("button", { name: "Accéder au parcours" }));
    expect(screen.getByRole("alert")).toHaveTextContent("6 lettres suivies de 3 chiffres");
    expect(screen.getByLabelText("Code de la campagne")).toHaveFocus();
    expect(window.location.pathname).toBe("/");
  });
});
