import { screen, waitFor, within } from "@testing-library/preact";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { jeanne, mockApi, problem, renderAt, signInStored, tokens } from "../test/api";
import { campaign, next, participation, qcu } from "../test/journey";

const LANDING = "GET /api/v1/campaigns-to-join/TUMYUZ238";

describe("Campaign landing page", () => {
  it("shows the campaign's title, organisation, text and the consent notice", async () => {
    mockApi({ [LANDING]: { status: 200, body: campaign } });
    renderAt("/campagnes/tumyuz238");
    expect(await screen.findByRole("heading", { level: 1 })).toHaveTextContent("Diagnostic de rentrée");
    await waitFor(() => expect(document.title).toBe("Diagnostic de rentrée | Pix libre"));
    expect(screen.getByText("Lycée Jean Moulin")).toBeInTheDocument();
    expect(screen.getByText("à tous").tagName).toBe("EM");
    expect(screen.getByText("rechercher").tagName).toBe("LI");
    expect(screen.getByText(/ne lui seront transmis qu'avec votre accord/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Je commence" })).toBeInTheDocument();
  });

  it("shows the organisation's logo, when it has one, beside its name", async () => {
    const logo = "data:image/png;base64,iVBORw0KGgo=";
    mockApi({ [LANDING]: { status: 200, body: { ...campaign, organization_logo_url: logo } } });
    renderAt("/campagnes/TUMYUZ238");
    const organization = (await screen.findByText("Lycée Jean Moulin")).closest("p")!;
    expect(organization.querySelector("img")).toHaveAttribute("src", logo);
    expect(organization.querySelector("img")).toHaveAttribute("alt", "");
  });

  it("sends a guest to sign up, with a way to log in instead, then back to the campaign", async () => {
    const api = mockApi({
      [LANDING]: { status: 200, body: campaign },
      "POST /api/v1/users": { status: 201, body: jeanne },
      "POST /api/v1/token": { status: 200, body: tokens },
      "GET /api/v1/me": { status: 200, body: jeanne },
      "POST /api/v1/campaign-participations": { status: 201, body: participation() },
    });
    renderAt("/campagnes/TUMYUZ238");
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Je commence" }));

    expect(window.location.pathname).toBe("/inscription");
    expect(new URLSearchParams(window.location.search).get("redirect")).toBe("/campagnes/TUMYUZ238/demarrer");
    expect(within(screen.getByRole("main")).getByRole("link", { name: "Se connecter" })).toHaveAttribute(
      "href",
      "/connexion?redirect=%2Fcampagnes%2FTUMYUZ238%2Fdemarrer",
    );

    await user.type(screen.getByLabelText("Prénom"), "Jeanne");
    await user.type(screen.getByLabelText("Nom"), "Dupont");
    await user.type(screen.getByLabelText("Adresse e-mail"), "jeanne@example.fr");
    await user.type(screen.getByLabelText("Mot de passe"), "Secret123");
    await user.click(screen.getByLabelText("J'accepte les conditions d'utilisation de Pix"));
    await user.click(screen.getByRole("button", { name: "Je m'inscris" }));

    expect(await screen.findByRole("heading", { name: "Vous pouvez chercher sur internet" })).toBeInTheDocument();
    expect(window.location.pathname).toBe("/campagnes/TUMYUZ238/demarrer");
    expect(api.to("POST /api/v1/campaign-participations")[0]?.data).toEqual({ campaign_code: "TUMYUZ238" });
  });

  it("lets a signed-in learner start directly", async () => {
    mockApi({
      [LANDING]: { status: 200, body: campaign },
      "GET /api/v1/me": { status: 200, body: jeanne },
      "POST /api/v1/campaign-participations": { status: 200, body: participation({ resumed: true }) },
      "GET /api/v1/assessments/34/next-challenge": { status: 200, body: next(qcu, 2) },
    });
    signInStored();
    renderAt("/campagnes/TUMYUZ238");
    expect(screen.queryByText("Vous avez déjà un compte ?")).not.toBeInTheDocument();
    await userEvent.click(await screen.findByRole("button", { name: "Je commence" }));
    // Resumed: no rules again, straight back to the challenge.
    expect(await screen.findByRole("heading", { name: "Question 3" })).toBeInTheDocument();
    expect(window.location.pathname).toBe("/evaluation/34");
  });

  it("says clearly when no campaign has this code, with a way back", async () => {
    mockApi({ [LANDING]: problem(404, "CAMPAIGN_CODE_NOT_FOUND") });
    renderAt("/campagnes/TUMYUZ238");
    expect(await screen.findByRole("heading", { level: 1 })).toHaveTextContent("Parcours introuvable");
    expect(screen.getByRole("alert")).toHaveTextContent("Aucun parcours ne correspond au code TUMYUZ238");
    expect(screen.getByRole("link", { name: "Saisir un autre code" })).toHaveAttribute("href", "/");
  });

  it("says when a direct link carries a malformed code, without asking the API", async () => {
    const api = mockApi({});
    renderAt("/campagnes/NOPE");
    expect(await screen.findByRole("alert")).toHaveTextContent(/n'est pas valide/);
    expect(api.calls).toHaveLength(0);
  });

  it("tells that an archived campaign cannot be started", async () => {
    mockApi({ [LANDING]: { status: 200, body: { ...campaign, is_archived: true } } });
    renderAt("/campagnes/TUMYUZ238");
    expect(await screen.findByText(/a été archivé par son organisateur/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Je commence" })).not.toBeInTheDocument();
  });

  it("shows a not-found page for unknown paths", () => {
    mockApi({});
    renderAt("/nulle-part");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Page introuvable");
  });
});
