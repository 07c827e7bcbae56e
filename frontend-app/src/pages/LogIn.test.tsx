import { screen, waitFor } from "@testing-library/preact";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { jeanne, mockApi, problem, renderAt, signInStored, tokens } from "../test/api";
import { campaign } from "../test/journey";

async function logIn(email = "jeanne@example.fr", password = "Secret123") {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText("Adresse e-mail"), email);
  await user.type(screen.getByLabelText("Mot de passe"), password);
  await user.click(screen.getByRole("button", { name: "Je me connecte" }));
}

describe("Log-in page", () => {
  it("shows one generic message when the credentials are wrong", async () => {
    mockApi({ "POST /api/v1/token": problem(401, "INVALID_CREDENTIALS") });
    renderAt("/connexion");
    await logIn("jeanne@example.fr", "Wrong1234");
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "L'adresse e-mail ou le mot de passe est incorrect.",
    );
    expect(window.location.pathname).toBe("/connexion");
  });

  it("explains that the account is temporarily blocked, and until when", async () => {
    mockApi({
      "POST /api/v1/token": problem(403, "ACCOUNT_TEMPORARILY_BLOCKED", {
        detail: "Too many failed attempts: this account is blocked for a while.",
        blocked_until: "2031-03-14T13:05:00Z",
      }),
    });
    renderAt("/connexion");
    await logIn();
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Votre compte est temporairement bloqué");
    expect(alert).toHaveTextContent(/Vous pourrez réessayer à partir du 14 mars 2031/);
    expect(alert).not.toHaveTextContent("Too many failed attempts");
  });

  it("asks for the missing fields without calling the API", async () => {
    const api = mockApi({});
    renderAt("/connexion");
    await userEvent.click(screen.getByRole("button", { name: "Je me connecte" }));
    expect(screen.getByLabelText("Adresse e-mail")).toHaveAccessibleDescription("Ce champ est obligatoire.");
    expect(screen.getByLabelText("Adresse e-mail")).toHaveFocus();
    expect(api.calls).toHaveLength(0);
  });

  it("signs in with the pix-app client and returns to the page asked for", async () => {
    const api = mockApi({
      "POST /api/v1/token": { status: 200, body: tokens },
      "GET /api/v1/me": { status: 200, body: jeanne },
      "GET /api/v1/campaigns-to-join/TUMYUZ238": { status: 200, body: campaign },
    });
    renderAt("/connexion?redirect=%2Fcampagnes%2FTUMYUZ238");
    await logIn();
    expect(await screen.findByRole("heading", { name: "Diagnostic de rentrée" })).toBeInTheDocument();
    expect(window.location.pathname).toBe("/campagnes/TUMYUZ238");
    expect(api.to("POST /api/v1/token")[0]?.data).toMatchObject({ client_id: "pix-app" });
    expect(api.to("POST /api/v1/token")[0]?.headers["content-type"]).toBe(
      "application/x-www-form-urlencoded",
    );
  });

  it("is not shown to a signed-in user", async () => {
    mockApi({ "GET /api/v1/me": { status: 200, body: jeanne } });
    signInStored();
    renderAt("/connexion");
    await waitFor(() => expect(window.location.pathname).toBe("/"));
  });
});
