import { screen, waitFor } from "@testing-library/preact";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { jeanne, mockApi, problem, renderAt, signInStored } from "../test/api";

describe("Account page", () => {
  it("sends a visitor to log in first, then back", async () => {
    mockApi({});
    renderAt("/mon-compte");
    await waitFor(() => expect(window.location.pathname).toBe("/connexion"));
    expect(window.location.search).toBe("?redirect=%2Fmon-compte");
  });

  it("changes the password of the signed-in user", async () => {
    const api = mockApi({
      "GET /api/v1/me": { status: 200, body: jeanne },
      "PUT /api/v1/me/password": { status: 204 },
    });
    signInStored();
    renderAt("/mon-compte");
    const user = userEvent.setup();
    expect(await screen.findByText("jeanne@example.fr")).toBeInTheDocument();
    await user.type(screen.getByLabelText("Mot de passe actuel"), "Secret123");
    await user.type(screen.getByLabelText("Nouveau mot de passe"), "Nouveau123");
    await user.click(screen.getByRole("button", { name: "Enregistrer le nouveau mot de passe" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Votre mot de passe a été changé.");
    expect(api.to("PUT /api/v1/me/password")[0]?.data).toEqual({
      current_password: "Secret123",
      new_password: "Nouveau123",
    });
  });

  it("says when the current password is wrong, without signing out", async () => {
    mockApi({
      "GET /api/v1/me": { status: 200, body: jeanne },
      "PUT /api/v1/me/password": problem(400, "WRONG_CURRENT_PASSWORD"),
    });
    signInStored();
    renderAt("/mon-compte");
    const user = userEvent.setup();
    await screen.findByText("jeanne@example.fr");
    await user.type(screen.getByLabelText("Mot de passe actuel"), "Oops1234");
    await user.type(screen.getByLabelText("Nouveau mot de passe"), "Nouveau123");
    await user.click(screen.getByRole("button", { name: "Enregistrer le nouveau mot de passe" }));
    const current = screen.getByLabelText("Mot de passe actuel");
    await waitFor(() => expect(current).toHaveAccessibleDescription("Le mot de passe actuel est incorrect."));
    expect(current).toHaveFocus();
    expect(window.location.pathname).toBe("/mon-compte");
  });
});
