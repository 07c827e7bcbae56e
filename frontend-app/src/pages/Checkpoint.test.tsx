import { screen, within } from "@testing-library/preact";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { jeanne, mockApi, problem, renderAt, signInStored } from "../test/api";
import { answers, correction, overview } from "../test/journey";

function open(path: string, items = answers.slice(0, 5), extra = {}) {
  const api = mockApi({
    "GET /api/v1/me": { status: 200, body: jeanne },
    "GET /api/v1/me/participations": { status: 200, body: { items: [overview()] } },
    "GET /api/v1/assessments/34/answers": { status: 200, body: { items } },
    "GET /api/v1/answers/106/correction": { status: 200, body: correction },
    ...extra,
  });
  signInStored();
  renderAt(path);
  return api;
}

describe("Checkpoint page", () => {
  it("lists the last five answers with a symbol and words, and continues the journey", async () => {
    open("/evaluation/34/point-etape", answers);
    expect(await screen.findByRole("heading", { level: 1, name: "Avancement du parcours" })).toBeInTheDocument();
    expect(await screen.findByText("Vous avez répondu à 7 questions. Continuez à votre rythme.")).toBeInTheDocument();
    const items = within(within(screen.getByRole("main")).getByRole("list")).getAllByRole("listitem");
    expect(items).toHaveLength(5);
    expect(items[0]).toHaveTextContent("Question numéro 3");
    expect(items[0]).toHaveTextContent("✓Bonne réponse");
    expect(items[1]).toHaveTextContent("✗Question passée");
    expect(items[3]).toHaveTextContent("✗Mauvaise réponse");
    expect(screen.getByRole("link", { name: "Continuer mon parcours" })).toHaveAttribute("href", "/evaluation/34");
    expect(await screen.findByText("Diagnostic de rentrée")).toBeInTheDocument();
  });

  it("opens « Réponses et tutos » with the solution, the explanation and the tutorials", async () => {
    const api = open("/evaluation/34/point-etape", answers.slice(1, 6), {
      "PUT /api/v1/me/saved-tutorials/tuto-corbeille": { status: 204 },
      "PUT /api/v1/me/tutorial-evaluations/tuto-fichiers": { status: 204 },
    });
    const user = userEvent.setup();
    const toggles = await screen.findAllByRole("button", { name: "Réponses et tutos" });
    const toggle = toggles[4]!;
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    expect(toggle).toHaveAccessibleDescription("Question numéro 6…");
    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-expanded", "true");

    expect(await screen.findByText("Vous n'avez pas la bonne réponse")).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Réponse attendue" })).toBeInTheDocument();
    expect(screen.getByText("dans la corbeille")).toBeInTheDocument();
    expect(screen.getByText(/Un fichier supprimé va d'abord dans la/)).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Pour réussir la prochaine fois" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Pour en apprendre davantage" })).toBeInTheDocument();
    const link = screen.getByRole("link", { name: "La corbeille (nouvelle fenêtre)" });
    expect(link).toHaveAttribute("href", "https://example.org/corbeille");
    expect(link).toHaveAttribute("target", "_blank");
    expect(screen.getByText("vidéo · 7 min · par Xyoo")).toBeInTheDocument();

    const save = screen.getByRole("button", { name: "Enregistrer : La corbeille" });
    await user.click(save);
    expect(await screen.findByRole("button", { name: "Enregistré : La corbeille" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    await user.click(screen.getByRole("button", { name: "Tuto utile : Comprendre les fichiers et les dossiers" }));
    expect(api.to("PUT /api/v1/me/tutorial-evaluations/tuto-fichiers")[0]?.data).toEqual({ useful: true });

    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    expect(api.to("GET /api/v1/answers/106/correction")).toHaveLength(1);
  });

  it("says when a correction cannot be loaded", async () => {
    open("/evaluation/34/point-etape", answers.slice(0, 5), {
      "GET /api/v1/answers/101/correction": problem(500, "INTERNAL"),
    });
    await userEvent.click((await screen.findAllByRole("button", { name: "Réponses et tutos" }))[0]!);
    expect(await screen.findByRole("alert")).toHaveTextContent("Une erreur est survenue");
  });

  it("ends with the answers since the previous checkpoint and a way to the results", async () => {
    open("/evaluation/34/point-etape?fin=1", answers);
    expect(await screen.findByRole("heading", { level: 1, name: "Parcours terminé !" })).toBeInTheDocument();
    expect(await screen.findByText(/Vous avez répondu à toutes les questions \(7\)/)).toBeInTheDocument();
    expect(within(within(screen.getByRole("main")).getByRole("list")).getAllByRole("listitem")).toHaveLength(2);
    expect(await screen.findByRole("link", { name: "Voir mes résultats" })).toHaveAttribute(
      "href",
      "/campagnes/TUMYUZ238/resultats",
    );
    expect(screen.queryByRole("link", { name: "Continuer mon parcours" })).not.toBeInTheDocument();
  });
});
