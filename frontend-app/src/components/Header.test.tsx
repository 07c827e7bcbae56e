import { screen, waitFor, within } from "@testing-library/preact";
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

  it("gives a signed-in learner the links to their places, the current one marked", async () => {
    mockApi({
      "GET /api/v1/me": { status: 200, body: jeanne },
      "GET /api/v1/me/participations": { status: 200, body: { items: [] } },
    });
    signInStored();
    renderAt("/");
    const nav = screen.getByRole("navigation", { name: "Navigation principale" });
    const links = within(nav).getAllByRole("link").map((link) => [link.textContent, link.getAttribute("href")]);
    expect(links).toEqual([
      ["Accueil", "/"],
      ["Mes parcours", "/mes-parcours"],
      ["Compétences", "/competences"],
      ["Mes tutos", "/mes-tutos"],
      ["Certification", "/certification"],
    ]);
    expect(within(nav).getByRole("link", { name: "Accueil" })).toHaveAttribute("aria-current", "page");
    expect(within(nav).getByRole("link", { name: "Compétences" })).not.toHaveAttribute("aria-current");
    expect(within(nav).queryByRole("link", { name: "Se connecter" })).not.toBeInTheDocument();
  });

  it("marks the section of a page inside it, and folds the links behind Menu until opened", async () => {
    mockApi({
      "GET /api/v1/me": { status: 200, body: jeanne },
      "GET /api/v1/me/profile": { status: 500, body: {} },
      "GET /api/v1/me/tutorials/recommended": { status: 200, body: { items: [] } },
      "GET /api/v1/framework": { status: 200, body: { release_id: "r", locale: "fr", areas: [] } },
      "GET /api/v1/me/tutorials/saved": { status: 200, body: { items: [] } },
    });
    signInStored();
    renderAt("/competences/1.1");
    const user = userEvent.setup();
    const nav = screen.getByRole("navigation", { name: "Navigation principale" });
    expect(within(nav).getByRole("link", { name: "Compétences" })).toHaveAttribute("aria-current", "true");

    const menu = within(nav).getByRole("button", { name: "Menu" });
    expect(menu).toHaveAttribute("aria-expanded", "false");
    expect(menu).toHaveAttribute("aria-controls", "main-links");
    await user.click(menu);
    expect(menu).toHaveAttribute("aria-expanded", "true");
    expect(document.getElementById("main-links")).toHaveClass("header__main-links--open");
    // Following a link closes it again.
    await user.click(within(nav).getByRole("link", { name: "Mes tutos" }));
    await waitFor(() => expect(menu).toHaveAttribute("aria-expanded", "false"));
    expect(window.location.pathname).toBe("/mes-tutos");
    expect(within(nav).getByRole("link", { name: "Mes tutos" })).toHaveAttribute("aria-current", "page");
  });
});
