import { screen } from "@testing-library/preact";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { mockApi, problem, renderAt } from "../test/api";

describe("Change-password page (from the reset email)", () => {
  it("sends the token with the new password", async () => {
    const api = mockApi({ "POST /api/v1/password-resets": { status: 204 } });
    renderAt("/changer-mot-de-passe?token=abc");
    const user = userEvent.setup();
    await user.type(screen.getByLabelText("Nouveau mot de passe"), "Nouveau123");
    await user.click(screen.getByRole("button", { name: "Enregistrer le mot de passe" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Votre mot de passe a été changé.");
    expect(api.to("POST /api/v1/password-resets")[0]?.data).toEqual({
      token: "abc",
      new_password: "Nouveau123",
    });
  });

  it("offers a new link when the token is no longer valid", async () => {
    mockApi({ "POST /api/v1/password-resets": problem(400, "INVALID_RESET_TOKEN") });
    renderAt("/changer-mot-de-passe?token=old");
    const user = userEvent.setup();
    await user.type(screen.getByLabelText("Nouveau mot de passe"), "Nouveau123");
    await user.click(screen.getByRole("button", { name: "Enregistrer le mot de passe" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("n'est plus valide");
    expect(screen.getByRole("link", { name: "Demander un nouveau lien" })).toBeInTheDocument();
  });
});
