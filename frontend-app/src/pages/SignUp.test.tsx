import { screen, waitFor } from "@testing-library/preact";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { jeanne, mockApi, problem, renderAt, tokens } from "../test/api";

async function fillForm(password = "Secret123") {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText("Prénom"), "Jeanne");
  await user.type(screen.getByLabelText("Nom"), "Dupont");
  await user.type(screen.getByLabelText("Adresse e-mail"), "jeanne@example.fr");
  await user.type(screen.getByLabelText("Mot de passe"), password);
  await user.click(screen.getByLabelText("J'accepte les conditions d'utilisation de Pix"));
  return user;
}

describe("Sign-up page", () => {
  it("shows the password rule and lets the user reveal the password", async () => {
    mockApi({});
    renderAt("/inscription");
    const password = screen.getByLabelText("Mot de passe");
    expect(password).toHaveAccessibleDescription(
      "Au moins 8 caractères, dont une majuscule, une minuscule et un chiffre.",
    );
    expect(password).toHaveAttribute("type", "password");
    await userEvent.click(screen.getByRole("button", { name: "Afficher le mot de passe" }));
    expect(password).toHaveAttribute("type", "text");
    expect(screen.getByRole("button", { name: "Masquer le mot de passe" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
  });

  it("shows the field errors of a 422 answer next to their fields", async () => {
    const api = mockApi({
      "POST /api/v1/users": problem(422, "VALIDATION_ERROR", {
        errors: [
          { field: "password", code: "WEAK_PASSWORD", message: "weak" },
          { field: "last_name", code: "SOME_NEW_RULE", message: "Le nom est trop long." },
        ],
      }),
    });
    renderAt("/inscription");
    const user = await fillForm();
    await user.click(screen.getByRole("button", { name: "Je m'inscris" }));

    const password = screen.getByLabelText("Mot de passe");
    await waitFor(() => expect(password).toHaveAttribute("aria-invalid", "true"));
    expect(password).toHaveAccessibleDescription(
      expect.stringContaining("Le mot de passe doit contenir au moins 8 caractères"),
    );
    expect(screen.getByLabelText("Nom")).toHaveAccessibleDescription("Le nom est trop long.");
    const alerts = screen.getAllByRole("alert").map((a) => a.textContent);
    expect(alerts).toContain("Le nom est trop long.");
    // Focus goes to the first invalid field, in page order.
    expect(screen.getByLabelText("Nom")).toHaveFocus();
    expect(api.to("POST /api/v1/token")).toHaveLength(0);
    expect(api.to("POST /api/v1/users")[0]?.data).toEqual({
      first_name: "Jeanne",
      last_name: "Dupont",
      email: "jeanne@example.fr",
      password: "Secret123",
      terms_accepted: true,
      locale: "fr",
    });
  });

  it("says when the email address already has an account", async () => {
    mockApi({ "POST /api/v1/users": problem(409, "EMAIL_ALREADY_USED") });
    renderAt("/inscription");
    const user = await fillForm();
    await user.click(screen.getByRole("button", { name: "Je m'inscris" }));
    await waitFor(() =>
      expect(screen.getByLabelText("Adresse e-mail")).toHaveAccessibleDescription(
        expect.stringContaining("Cette adresse e-mail est déjà utilisée"),
      ),
    );
  });

  it("checks the terms and the password rule before calling the API", async () => {
    const api = mockApi({});
    renderAt("/inscription");
    const user = userEvent.setup();
    await user.type(screen.getByLabelText("Prénom"), "Jeanne");
    await user.type(screen.getByLabelText("Mot de passe"), "short");
    await user.click(screen.getByRole("button", { name: "Je m'inscris" }));
    expect(screen.getByLabelText("Nom")).toHaveAccessibleDescription("Ce champ est obligatoire.");
    expect(screen.getByLabelText("J'accepte les conditions d'utilisation de Pix")).toHaveAccessibleDescription(
      "Vous devez accepter les conditions d'utilisation de Pix.",
    );
    expect(screen.getByLabelText("Mot de passe")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText("Nom")).toHaveFocus();
    expect(api.calls).toHaveLength(0);
  });

  it("signs the new user in and goes home", async () => {
    const api = mockApi({
      "POST /api/v1/users": { status: 201, body: jeanne },
      "POST /api/v1/token": { status: 200, body: tokens },
      "GET /api/v1/me": { status: 200, body: jeanne },
    });
    renderAt("/inscription");
    const user = await fillForm();
    await user.click(screen.getByRole("button", { name: "Je m'inscris" }));

    expect(await screen.findByRole("button", { name: /Jeanne Dupont/ })).toBeInTheDocument();
    expect(window.location.pathname).toBe("/");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Évaluez, développez");
    expect(api.to("POST /api/v1/token")[0]?.data).toEqual({
      grant_type: "password",
      username: "jeanne@example.fr",
      password: "Secret123",
      client_id: "pix-app",
    });
    expect(api.to("GET /api/v1/me")[0]?.headers.authorization).toBe("Bearer access-1");
    expect(JSON.parse(localStorage.getItem("pix-app.session") ?? "{}")).toMatchObject({
      accessToken: "access-1",
      refreshToken: "refresh-1",
    });
  });
});
