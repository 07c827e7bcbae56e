import { screen, waitFor, within } from "@testing-library/preact";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { jeanne, mockApi, problem, renderAt, signInStored } from "../test/api";
import { card, fullFramework, profile } from "../test/profile";

function open(body = profile(), extra = {}) {
  const api = mockApi({
    "GET /api/v1/me": { status: 200, body: jeanne },
    "GET /api/v1/me/profile": { status: 200, body },
    "GET /api/v1/framework": { status: 200, body: fullFramework },
    ...extra,
  });
  signInStored();
  renderAt("/competences");
  return api;
}

const area = (name: RegExp) => screen.getByRole("region", { name });

describe("Profile page", () => {
  it("shows the 16 competences grouped by the 5 areas and the total out of 1024", async () => {
    open();
    expect(await screen.findByRole("heading", { level: 1, name: "Mon profil" })).toBeInTheDocument();
    expect(await screen.findByText("0 pix sur 1024")).toBeInTheDocument();
    expect(screen.getAllByRole("heading", { level: 2, name: /^\d\. / })).toHaveLength(5);
    expect(screen.getAllByRole("heading", { level: 3 })).toHaveLength(16);
    const first = area(/Information et données/);
    expect(within(first).getAllByRole("listitem")).toHaveLength(3);
    expect(within(area(/Environnement numérique/)).getAllByRole("listitem")).toHaveLength(2);
    expect(within(first).getByRole("link", { name: "1.1 Mener une recherche et une veille d'information" })).toHaveAttribute(
      "href",
      "/competences/1.1",
    );
    expect(screen.queryByText(/votre profil est certifiable/)).not.toBeInTheDocument();
  });

  it("gives each card its level, pix, status in words and the matching action", async () => {
    open(
      profile([
        card("1.2", { level: 2, pix: 19, status: "STARTED", evaluation_assessment_id: 77 }),
        card("1.3", { level: 1, pix: 8, status: "STARTED" }),
      ]),
    );
    const items = within(await screen.findByRole("region", { name: /Information et données/ })).getAllByRole("listitem");
    expect(items[0]).toHaveTextContent("Niveau 0 · 0 pix");
    expect(items[0]).toHaveTextContent("À tester");
    expect(within(items[0]!).getByRole("button")).toHaveAccessibleName(
      "Commencer : Mener une recherche et une veille d'information",
    );
    expect(items[1]).toHaveTextContent("Niveau 2 · 19 pix");
    expect(items[1]).toHaveTextContent("Test en cours");
    expect(within(items[1]!).getByRole("button")).toHaveAccessibleName("Reprendre : Gérer des données");
    expect(items[2]).toHaveTextContent("Testé");
    expect(within(items[2]!).getByRole("button")).toHaveAccessibleName("Améliorer : Traiter des données");
    expect(screen.getByText("27 pix sur 1024")).toBeInTheDocument();
  });

  it("starts a competence evaluation from a card and opens its first challenge", async () => {
    const api = open(profile(), {
      "POST /api/v1/competence-evaluations": {
        status: 201,
        body: { assessment_id: 90, competence_index: "2.1", resumed: false },
      },
      "GET /api/v1/assessments/90/next-challenge": { status: 200, body: { status: "finished", assessment_id: 90, answered_count: 3 } },
      "GET /api/v1/assessments/90/answers": { status: 200, body: { items: [] } },
    });
    await userEvent.click(await screen.findByRole("button", { name: "Commencer : Interagir" }));
    await waitFor(() => expect(window.location.pathname).toBe("/evaluation/90/point-etape"));
    expect(api.to("POST /api/v1/competence-evaluations")[0]?.data).toEqual({ competence_index: "2.1" });
    // The test is the competence's: its name heads it and the end leads back to it.
    expect(await screen.findByText("2.1 Interagir")).toBeInTheDocument();
    expect(await screen.findByRole("link", { name: "Voir ma compétence" })).toHaveAttribute("href", "/competences/2.1");
    expect(screen.getByRole("link", { name: /^Quitter/ })).toHaveAttribute("href", "/competences/2.1");
  });

  it("says why a competence evaluation could not start", async () => {
    open(profile(), { "POST /api/v1/competence-evaluations": problem(500, "INTERNAL") });
    await userEvent.click(await screen.findByRole("button", { name: "Commencer : Interagir" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Une erreur est survenue");
    expect(window.location.pathname).toBe("/competences");
  });

  it("congratulates a certifiable profile and links to the certification", async () => {
    open(profile([], { certifiable: true }));
    expect(await screen.findByText(/Bravo, votre profil est certifiable/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Voir la certification" })).toHaveAttribute("href", "/certification");
  });

  it("sends a guest to the log-in page", async () => {
    mockApi({});
    renderAt("/competences");
    await waitFor(() => expect(window.location.pathname).toBe("/connexion"));
    expect(window.location.search).toBe("?redirect=%2Fcompetences");
  });
});
