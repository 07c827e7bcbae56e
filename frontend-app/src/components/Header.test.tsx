import { screen, waitFor } from "@testing-library/preact";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { jeanne, mockApi, renderAt, signInStored } from "../test/api";

describe("Header", () => {
  it("offers log-in and sign-up to a visitor", () => {
    mockApi({});
    renderAt("/");
    expect(screen.getByRole("link", { name: "Se connecter" })).toHaveAttribute("href", "/connexion");
    expect(screen.getByRole("link", { name: "S'inscrire" })).toHaveAttribute("href", "/inscription");
  });

  it("shows the signed-in user's name and logs out through the revoke endpoint", async () => {
    const api = mockApi({
      "GET /api/v1/me": { status: 200, body: jeanne },
      "POST /api/v1/token/revoke": { status: 204 },
    });
    signInStored("access-1", "refresh-1");
    renderAt("/");
    const user = userEvent.setup();

    const menu = await screen.findByRole("button", { name: /Jeanne Dupont/ });
    expect(menu).toHaveAttribute("aria-expanded", "false");
    await user.click(menu);
    expect(menu).toHaveAttribute("aria-expanded", "true");
    await user.click(screen.getByRole("button", { name: "Se déconnecter" }));

    await waitFor(() => expect(screen.getByRole("link", { name: "Se connecter" })).toBeInTheDocument());
    expect(api.to("POST /api/v1/token/revoke")[0]?.data).toEqual({ refresh_token: "refresh-1" });
    expect(localStorage.getItem("pix-app.session")).toBeNull();
  });

  it("closes the account menu with Escape and gives focus back to its button", async () => {
    mockApi({ "GET /api/v1/me": { status: 200, body: jeanne } });
    signInStored();
    renderAt("/");
    const user = userEvent.setup();
    const menu = await screen.findByRole("button", { name: /Jeanne Dupont/ });
    await user.click(menu);
    expect(screen.getByRole("button", { name: "Se déconnecter" })).toBeVisible();
    await user.keyboard("{Escape}");
    expect(menu).toHaveAttribute("aria-expanded", "false");
    expect(menu).toHaveFocus();
  });

  it("still logs out locally when the revoke call fails", async () => {
    mockApi({
      "GET /api/v1/me": { status: 200, body: jeanne },
      "POST /api/v1/token/revoke": { status: 500, body: {} },
    });
    signInStored();
    renderAt("/");
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: /Jeanne Dupont/ }));
    await user.click(screen.getByRole("button", { name: "Se déconnecter" }));
    await waitFor(() => expect(localStorage.getItem("pix-app.session")).toBeNull());
  });
});
