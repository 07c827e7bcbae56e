import { screen } from "@testing-library/preact";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { jeanne, mockApi, problem, renderAt, tokens } from "../test/api";

async function logIn() {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText("Adresse e-mail"), "jeanne@example.fr");
  await user.type(screen.getByLabelText("Mot de passe"), "Secret123");
  await user.click(screen.getByRole("button", { name: "Je me connecte" }));
}

describe("Orga log-in page", () => {
  it("is where a visitor lands, under the /orga prefix", async () => {
    mockApi({});
    renderAt("/orga/campagnes");
    expect(await screen.findByRole("heading", { level: 1 })).toHaveTextContent("Connectez-vous à Pix Orga");
    expect(window.location.pathname).toBe("/orga/connexion");
    expect(window.location.search).toBe("?redirect=%2Fcampagnes");
  });

  it("shows one generic message when the credentials are wrong", async () => {
    mockApi({ "POST /api/v1/token": problem(401, "INVALID_CREDENTIALS") });
    renderAt("/orga/connexion");
    await logIn();
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "L'adresse e-mail ou le mot de passe est incorrect.",
    );
  });

  it("explains that the account is temporarily blocked", async () => {
    mockApi({
      "POST /api/v1/token": problem(403, "ACCOUNT_TEMPORARILY_BLOCKED", {
        blocked_until: "2031-03-14T13:05:00Z",
      }),
    });
    renderAt("/orga/connexion");
    await logIn();
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("temporairement bloqué");
    expect(alert).toHaveTextContent(/réessayer à partir du 14 mars 2031/);
  });

  it("signs in with the pix-orga client, then asks to accept the Orga terms", async () => {
    const api = mockApi({
      "POST /api/v1/token": { status: 200, body: tokens },
      "GET /api/v1/me": { status: 200, body: jeanne },
    });
    renderAt("/orga/connexion");
    await logIn();
    expect(
      await screen.findByRole("heading", { level: 1, name: "Conditions d'utilisation de Pix Orga" }),
    ).toBeInTheDocument();
    expect(window.location.pathname).toBe("/orga/cgu");
    expect(api.to("POST /api/v1/token")[0]?.data).toMatchObject({
      grant_type: "password",
      username: "jeanne@example.fr",
      client_id: "pix-orga",
    });
    // Memberships are only asked for once the terms are accepted.
    expect(api.to("GET /api/v1/me/memberships")).toHaveLength(0);
  });
});
