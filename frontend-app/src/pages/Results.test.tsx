import { screen, within } from "@testing-library/preact";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { jeanne, mockApi, problem, renderAt, signInStored, type Reply } from "../test/api";
import { campaign, framework, next, overview, participation, qcu, results } from "../test/journey";

const RESULTS = "GET /api/v1/campaign-participations/12/results";
const SHARE = "POST /api/v1/campaign-participations/12/share";

function open(extra: Record<string, Reply> = {}) {
  const api = mockApi({
    "GET /api/v1/me": { status: 200, body: jeanne },
    "GET /api/v1/me/participations": { status: 200, body: { items: [overview({ status: "TO_SHARE" })] } },
    "GET /api/v1/framework": { status: 200, body: framework },
    [RESULTS]: { status: 200, body: results() },
    [SHARE]: { status: 200, body: results({ status: "SHARED" }) },
    ...extra,
  });
  signInStored();
  renderAt("/campagnes/TUMYUZ238/resultats");
  return api;
}

describe("Results page", () => {
  it("shows the mastery, the stage, each competence by name and the badges", async () => {
    const api = open();
    expect(await screen.findByRole("heading", { level: 1, name: "Vos résultats" })).toBeInTheDocument();
    expect(screen.getByText("Diagnostic de rentrée")).toBeInTheDocument();
    expect(screen.getByText(/Vous maîtrisez/)).toHaveTextContent("Vous maîtrisez 65 % des compétences testées.");
    expect(screen.getByRole("img", { name: "Palier : 1 étoile(s) sur 2" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Les premières bases sont là !" })).toBeInTheDocument();

    const table = screen.getByRole("table", { name: "Résultat par compétence testée" });
    const rows = within(table).getAllByRole("row");
    expect(rows[1]).toHaveTextContent("1.1 Mener une recherche et une veille d'information");
    expect(rows[1]).toHaveTextContent("50 %");
    expect(rows[2]).toHaveTextContent("1.2 Gérer des données");
    expect(rows[2]).toHaveTextContent("60 %");

    const badges = within(screen.getByRole("heading", { name: "Badges" }).parentElement!).getAllByRole("listitem");
    expect(badges[0]).toHaveTextContent("Pix emploi – Prêt pour le CléA numériqueNon obtenu");
    expect(badges[1]).toHaveTextContent("Curieux du numériqueObtenu");
    expect(api.to(RESULTS).map((c) => c.query)).toEqual([{ locale: "fr" }]);
  });

  it("sends the results once, then says so and removes the button", async () => {
    const api = open();
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "J'envoie mes résultats" }));
    const confirmation = await screen.findByText(/Vos résultats ont été envoyés/);
    expect(confirmation).toHaveFocus();
    expect(confirmation.closest("[aria-live]")).toHaveAttribute("aria-live", "polite");
    expect(screen.queryByRole("button", { name: "J'envoie mes résultats" })).not.toBeInTheDocument();
    expect(api.to(SHARE)).toHaveLength(1);
  });

  it("shows why sending failed", async () => {
    open({ [SHARE]: problem(403, "CAMPAIGN_ARCHIVED") });
    await userEvent.click(await screen.findByRole("button", { name: "J'envoie mes résultats" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Ce parcours a été archivé");
    expect(screen.getByRole("button", { name: "J'envoie mes résultats" })).toBeInTheDocument();
  });

  it("says, instead of offering to send, that the organisation archived the campaign", async () => {
    open({ "GET /api/v1/campaigns-to-join/TUMYUZ238": { status: 200, body: { ...campaign, is_archived: true } } });
    expect(await screen.findByText("Ce parcours a été archivé : il ne peut plus être commencé ni envoyé.")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "J'envoie mes résultats" })).not.toBeInTheDocument();
  });

  it("offers no sending for a journey not finished", async () => {
    open({ [RESULTS]: { status: 200, body: results({ completed: false, stage: null, badges: [] }) } });
    expect(await screen.findByText(/Vous n'avez pas terminé ce parcours/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Reprendre" })).toHaveAttribute("href", "/evaluation/34");
    expect(screen.queryByRole("button", { name: "J'envoie mes résultats" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Je retente" })).not.toBeInTheDocument();
  });

  it("offers « Je retente » when the API allows improving, and starts again", async () => {
    const api = open({
      [RESULTS]: { status: 200, body: results({ mastery_percent: 40, can_improve: true }) },
      "POST /api/v1/campaign-participations/12/improvement": {
        status: 201,
        body: participation({ assessment_id: 56 }),
      },
      "GET /api/v1/assessments/56/next-challenge": { status: 200, body: { ...next(qcu, 0), assessment_id: 56 } },
    });
    expect(await screen.findByRole("heading", { name: "Envie d'améliorer vos résultats ?" })).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Je retente" }));
    expect(await screen.findByRole("heading", { name: "Question 1" })).toBeInTheDocument();
    expect(window.location.pathname).toBe("/evaluation/56");
    expect(api.to("POST /api/v1/campaign-participations/12/improvement")).toHaveLength(1);
    // The header still names the campaign: the new test is remembered with it.
    expect(screen.getByText("Diagnostic de rentrée")).toBeInTheDocument();
  });

  it("sends the Pix profile of a profiles collection", async () => {
    const profile = results({
      mastery_percent: 0,
      validated: 0,
      tested: 0,
      competences: [],
      stage: null,
      badges: [],
      pix_score: 120,
    });
    const api = open({
      "GET /api/v1/campaigns-to-join/TUMYUZ238": {
        status: 200,
        body: { ...campaign, type: "PROFILES_COLLECTION" },
      },
      [RESULTS]: { status: 200, body: profile },
      [SHARE]: { status: 200, body: { ...profile, status: "SHARED" } },
    });
    expect(await screen.findByText(/Votre profil Pix compte aujourd'hui/)).toHaveTextContent("120 pix");
    expect(screen.queryByText(/Vous maîtrisez/)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "J'envoie mon profil" }));
    expect(await screen.findByText(/Votre profil a été envoyé/)).toHaveFocus();
    expect(api.to(SHARE)).toHaveLength(1);
  });

  it("says when the learner has no participation in this campaign", async () => {
    mockApi({
      "GET /api/v1/me": { status: 200, body: jeanne },
      "GET /api/v1/me/participations": { status: 200, body: { items: [] } },
    });
    signInStored();
    renderAt("/campagnes/ABCDEF123/resultats");
    expect(await screen.findByText(/pas de participation à ce parcours/)).toBeInTheDocument();
  });
});
