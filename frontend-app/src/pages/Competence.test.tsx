import { screen, waitFor } from "@testing-library/preact";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { jeanne, mockApi, problem, renderAt, signInStored } from "../test/api";
import { card, fullFramework, profile, tutorial } from "../test/profile";

const DAY = 86_400_000;

function open(first = card("1.1"), extra = {}, path = "/competences/1.1") {
  const api = mockApi({
    "GET /api/v1/me": { status: 200, body: jeanne },
    "GET /api/v1/me/profile": { status: 200, body: profile([first]) },
    "GET /api/v1/framework": { status: 200, body: fullFramework },
    "GET /api/v1/me/tutorials/recommended": {
      status: 200,
      body: {
        items: [
          tutorial("t1", { saved: true, useful: true }),
          tutorial("t2"),
          tutorial("t3", { competence_index: "2.1" }),
        ],
      },
    },
    ...extra,
  });
  signInStored();
  renderAt(path);
  return api;
}

const tested = (extra = {}) =>
  card("1.1", {
    level: 2,
    pix: 19,
    status: "STARTED",
    reset_available_at: new Date(Date.now() - DAY).toISOString(),
    ...extra,
  });

describe("Competence page", () => {
  it("shows the competence, its area, description, level and pix, and its own tutorials", async () => {
    open(tested());
    expect(
      await screen.findByRole("heading", { level: 1, name: "1.1 Mener une recherche et une veille d'information" }),
    ).toBeInTheDocument();
    expect(screen.getByText("Domaine 1 : Information et données")).toBeInTheDocument();
    expect(screen.getByText("Chercher une information et suivre l'actualité d'un sujet.")).toBeInTheDocument();
    expect(screen.getByText("Niveau", { selector: "dt" }).nextElementSibling).toHaveTextContent("2");
    expect(screen.getByText("Pix", { selector: "dt" }).nextElementSibling).toHaveTextContent("19");
    expect(screen.getByText("Testé")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Améliorer" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Tuto t1 (nouvelle fenêtre)" })).toHaveAttribute("target", "_blank");
    expect(screen.getByRole("link", { name: "Tuto t2 (nouvelle fenêtre)" })).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: /Tuto t3/ })).not.toBeInTheDocument();
    // What the API says is already saved or useful shows as pressed.
    expect(screen.getByRole("button", { name: "Enregistré : Tuto t1" })).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByRole("button", { name: "Tuto utile : Tuto t1" })).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByRole("button", { name: "Enregistrer : Tuto t2" })).toHaveAttribute("aria-pressed", "false");
  });

  it("saves a recommended tutorial and says so", async () => {
    const api = open(tested(), { "PUT /api/v1/me/saved-tutorials/t2": { status: 204 } });
    await userEvent.click(await screen.findByRole("button", { name: "Enregistrer : Tuto t2" }));
    expect(await screen.findByRole("button", { name: "Enregistré : Tuto t2" })).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByText("Tuto enregistré : vous le retrouverez dans Mes tutos.")).toBeInTheDocument();
    expect(api.to("PUT /api/v1/me/saved-tutorials/t2")).toHaveLength(1);
  });

  it("resumes the evaluation in progress", async () => {
    const api = open(card("1.1", { status: "STARTED", evaluation_assessment_id: 55 }), {
      "POST /api/v1/competence-evaluations": {
        status: 200,
        body: { assessment_id: 55, competence_index: "1.1", resumed: true },
      },
    });
    expect(await screen.findByText("Test en cours")).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Remettre à zéro" })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Reprendre" }));
    await waitFor(() => expect(window.location.pathname).toBe("/evaluation/55"));
    expect(api.to("POST /api/v1/competence-evaluations")).toHaveLength(1);
  });

  it("resets after a confirmation, then shows the competence to start again", async () => {
    const api = open(tested(), {
      "GET /api/v1/me/profile": [
        { status: 200, body: profile([tested()]) },
        { status: 200, body: profile() },
      ],
      "POST /api/v1/me/competences/1.1/reset": { status: 204 },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Remettre à zéro" }));
    const confirmTitle = screen.getByRole("heading", { name: "Remettre à zéro cette compétence ?" });
    expect(confirmTitle).toHaveFocus();
    expect(screen.getByText(/Votre niveau 2 et vos 19 pix/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Annuler" }));
    expect(api.to("POST /api/v1/me/competences/1.1/reset")).toHaveLength(0);

    await user.click(screen.getByRole("button", { name: "Remettre à zéro" }));
    await user.click(screen.getByRole("button", { name: "Oui, remettre à zéro" }));
    expect(await screen.findByText(/La compétence a été remise à zéro/)).toBeInTheDocument();
    expect(api.to("POST /api/v1/me/competences/1.1/reset")).toHaveLength(1);
    expect(await screen.findByText("À tester")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Commencer" })).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Remettre à zéro" })).not.toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 1 })).toHaveFocus();
  });

  it("tells until when a reset must wait (7 days after the last answer)", async () => {
    open(tested({ reset_available_at: new Date(Date.now() + 3 * DAY - 60_000).toISOString() }));
    expect(await screen.findByText(/à zéro à partir du .* soit dans 3 jour\(s\)/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Remettre à zéro" })).not.toBeInTheDocument();
  });

  it("shows the delay when the API refuses the reset as too early", async () => {
    open(tested(), {
      "POST /api/v1/me/competences/1.1/reset": problem(409, "NOT_ALLOWED_YET", {
        available_at: new Date(Date.now() + 2 * DAY - 60_000).toISOString(),
      }),
    });
    await userEvent.click(await screen.findByRole("button", { name: "Remettre à zéro" }));
    await userEvent.click(screen.getByRole("button", { name: "Oui, remettre à zéro" }));
    expect(await screen.findByText(/soit dans 2 jour\(s\)/)).toBeInTheDocument();
  });

  it("says when the competence does not exist", async () => {
    open(card("1.1"), {}, "/competences/9.9");
    expect(await screen.findByRole("heading", { level: 1, name: "Cette compétence n'existe pas." })).toBeInTheDocument();
  });

  it("has an empty state for tutorials", async () => {
    open(card("1.1"), { "GET /api/v1/me/tutorials/recommended": { status: 200, body: { items: [] } } });
    expect(await screen.findByText(/Pas de tuto recommandé pour cette compétence/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Commencer" })).toBeInTheDocument();
  });
});
