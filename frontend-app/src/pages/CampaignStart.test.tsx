import { screen } from "@testing-library/preact";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { jeanne, mockApi, problem, renderAt, signInStored } from "../test/api";
import { campaign, next, participation, qcu, results } from "../test/journey";

const LANDING = "GET /api/v1/campaigns-to-join/TUMYUZ238";
const JOIN = "POST /api/v1/campaign-participations";
const missing = problem(422, "VALIDATION_ERROR", {
  errors: [{ field: "participant_external_id", code: "MISSING_EXTERNAL_ID", message: "required" }],
});

describe("Starting a campaign", () => {
  it("shows the four rules once, then the first challenge", async () => {
    mockApi({
      [LANDING]: { status: 200, body: campaign },
      "GET /api/v1/me": { status: 200, body: jeanne },
      [JOIN]: { status: 201, body: participation() },
      "GET /api/v1/assessments/34/next-challenge": { status: 200, body: next(qcu) },
    });
    signInStored();
    renderAt("/campagnes/TUMYUZ238/demarrer");
    const user = userEvent.setup();

    const titles = [
      "Vous pouvez chercher sur internet",
      "Des tutos pour apprendre",
      "Pas de limite de temps",
      "Une difficulté adaptée",
    ];
    for (const [i, title] of titles.entries()) {
      const heading = await screen.findByRole("heading", { level: 1, name: title });
      expect(screen.getByText(`Étape ${i + 1} sur 4`)).toBeInTheDocument();
      if (i > 0) expect(heading).toHaveFocus();
      await user.click(screen.getByRole("button", { name: i < 3 ? "Suivant" : "C'est parti" }));
    }
    expect(window.location.pathname).toBe("/evaluation/34");
    expect(await screen.findByRole("heading", { name: "Question 1" })).toBeInTheDocument();
    // The campaign title remembered at the start is in the challenge header.
    expect(screen.getByText("Diagnostic de rentrée")).toBeInTheDocument();
  });

  it("asks for the external id with the campaign's label and shows the server's errors on it", async () => {
    const api = mockApi({
      [LANDING]: {
        status: 200,
        body: { ...campaign, external_id_label: "E-mail professionnel", external_id_type: "EMAIL" },
      },
      "GET /api/v1/me": { status: 200, body: jeanne },
      [JOIN]: [
        missing,
        problem(422, "VALIDATION_ERROR", {
          errors: [{ field: "participant_external_id", code: "TOO_LONG", message: "At most 255 characters." }],
        }),
        { status: 201, body: participation() },
      ],
    });
    signInStored();
    renderAt("/campagnes/TUMYUZ238/demarrer");
    const user = userEvent.setup();

    expect(await screen.findByRole("heading", { name: "Avant de commencer" })).toBeInTheDocument();
    const field = screen.getByLabelText("E-mail professionnel");
    expect(field).toHaveAttribute("type", "email");

    await user.click(screen.getByRole("button", { name: "C'est parti" }));
    expect(field).toHaveAccessibleDescription("Ce champ est obligatoire pour commencer le parcours.");
    expect(field).toHaveFocus();

    await user.type(field, "pas-un-email");
    await user.click(screen.getByRole("button", { name: "C'est parti" }));
    expect(field).toHaveAccessibleDescription("L'adresse e-mail n'est pas valide.");
    expect(api.to(JOIN)).toHaveLength(1);

    await user.clear(field);
    await user.type(field, "jeanne@entreprise.fr");
    await user.click(screen.getByRole("button", { name: "C'est parti" }));
    expect(await screen.findByText("Ce texte est trop long.")).toBeInTheDocument();
    expect(field).toHaveAttribute("aria-invalid", "true");

    await user.click(screen.getByRole("button", { name: "C'est parti" }));
    expect(await screen.findByRole("heading", { name: "Vous pouvez chercher sur internet" })).toBeInTheDocument();
    expect(api.to(JOIN).map((c) => c.data)).toEqual([
      { campaign_code: "TUMYUZ238" },
      { campaign_code: "TUMYUZ238", participant_external_id: "jeanne@entreprise.fr" },
      { campaign_code: "TUMYUZ238", participant_external_id: "jeanne@entreprise.fr" },
    ]);
  });

  it("uses a text input for a free-text external id", async () => {
    mockApi({
      [LANDING]: { status: 200, body: { ...campaign, external_id_label: "Numéro étudiant", external_id_type: "STRING" } },
      "GET /api/v1/me": { status: 200, body: jeanne },
      [JOIN]: missing,
    });
    signInStored();
    renderAt("/campagnes/TUMYUZ238/demarrer");
    expect(await screen.findByLabelText("Numéro étudiant")).toHaveAttribute("type", "text");
    expect(screen.getByRole("link", { name: "Annuler" })).toHaveAttribute("href", "/campagnes/TUMYUZ238");
  });

  it("goes to the results of a participation already shared", async () => {
    mockApi({
      [LANDING]: { status: 200, body: campaign },
      "GET /api/v1/me": { status: 200, body: jeanne },
      [JOIN]: { status: 200, body: participation({ resumed: true, status: "SHARED" }) },
      "GET /api/v1/campaign-participations/12/results": {
        status: 200,
        body: results({ status: "SHARED" }),
      },
      "GET /api/v1/framework": { status: 200, body: { release_id: "r1", locale: "fr", areas: [] } },
    });
    signInStored();
    renderAt("/campagnes/TUMYUZ238/demarrer");
    expect(await screen.findByText(/Vos résultats ont été envoyés/)).toBeInTheDocument();
    expect(window.location.pathname).toBe("/campagnes/TUMYUZ238/resultats");
  });

  it("explains that an archived campaign cannot be joined", async () => {
    mockApi({
      [LANDING]: { status: 200, body: { ...campaign, is_archived: true } },
      "GET /api/v1/me": { status: 200, body: jeanne },
      [JOIN]: problem(403, "CAMPAIGN_ARCHIVED"),
    });
    signInStored();
    renderAt("/campagnes/TUMYUZ238/demarrer");
    expect(await screen.findByRole("alert")).toHaveTextContent("Ce parcours a été archivé");
    expect(screen.getByRole("link", { name: "Retour à la page du parcours" })).toBeInTheDocument();
  });

  it("explains that the organiser deleted the participation and it cannot be taken again", async () => {
    mockApi({
      [LANDING]: { status: 200, body: campaign },
      "GET /api/v1/me": { status: 200, body: jeanne },
      [JOIN]: problem(403, "PARTICIPATION_DELETED"),
    });
    signInStored();
    renderAt("/campagnes/TUMYUZ238/demarrer");
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "L'organisateur de ce parcours a supprimé votre participation : vous ne pouvez pas le repasser.",
    );
  });

  it("sends a guest to the log-in page and back", () => {
    mockApi({});
    renderAt("/campagnes/TUMYUZ238/demarrer");
    expect(window.location.pathname).toBe("/connexion");
    expect(new URLSearchParams(window.location.search).get("redirect")).toBe("/campagnes/TUMYUZ238/demarrer");
  });
});
