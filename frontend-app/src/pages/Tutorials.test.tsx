import { screen, waitFor, within } from "@testing-library/preact";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { jeanne, mockApi, problem, renderAt, signInStored } from "../test/api";
import { fullFramework, tutorial } from "../test/profile";

function open(path: string, recommended = [tutorial("t1"), tutorial("t2", { competence_index: "2.1" })], saved = [tutorial("t9", { saved: true })], extra = {}) {
  const api = mockApi({
    "GET /api/v1/me": { status: 200, body: jeanne },
    "GET /api/v1/me/tutorials/recommended": { status: 200, body: { items: recommended } },
    "GET /api/v1/me/tutorials/saved": { status: 200, body: { items: saved } },
    "GET /api/v1/framework": { status: 200, body: fullFramework },
    ...extra,
  });
  signInStored();
  renderAt(path);
  return api;
}

describe("Mes tutos page", () => {
  it("opens on the recommended tutorials, grouped by competence, the tab marked current", async () => {
    open("/mes-tutos");
    expect(await screen.findByRole("heading", { level: 1, name: "Mes tutos" })).toBeInTheDocument();
    const tabs = screen.getByRole("navigation", { name: "Catégories de tutos" });
    expect(within(tabs).getByRole("link", { name: "Recommandés" })).toHaveAttribute("aria-current", "page");
    expect(within(tabs).getByRole("link", { name: "Enregistrés" })).not.toHaveAttribute("aria-current");
    const group = await screen.findByRole("region", { name: "1.1 Mener une recherche et une veille d'information" });
    expect(within(group).getByRole("link", { name: "Tuto t1 (nouvelle fenêtre)" })).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "2.1 Interagir" })).toHaveTextContent("Tuto t2");
  });

  it("saves a recommended tutorial and rates one useful", async () => {
    const api = open("/mes-tutos/recommandes", undefined, undefined, {
      "PUT /api/v1/me/saved-tutorials/t1": { status: 204 },
      "PUT /api/v1/me/tutorial-evaluations/t2": { status: 204 },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Enregistrer : Tuto t1" }));
    expect(await screen.findByRole("button", { name: "Enregistré : Tuto t1" })).toHaveAttribute("aria-pressed", "true");
    await user.click(screen.getByRole("button", { name: "Tuto utile : Tuto t2" }));
    await waitFor(() =>
      expect(screen.getByRole("button", { name: "Tuto utile : Tuto t2" })).toHaveAttribute("aria-pressed", "true"),
    );
    expect(api.to("PUT /api/v1/me/tutorial-evaluations/t2")[0]?.data).toEqual({ useful: true });
  });

  it("lists the saved tutorials and unsaves one, saying so", async () => {
    const api = open("/mes-tutos/enregistres", undefined, undefined, {
      "DELETE /api/v1/me/saved-tutorials/t9": { status: 204 },
    });
    const tabs = await screen.findByRole("navigation", { name: "Catégories de tutos" });
    expect(within(tabs).getByRole("link", { name: "Enregistrés" })).toHaveAttribute("aria-current", "page");
    expect(await screen.findByText("1.1 Mener une recherche et une veille d'information")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Enregistré : Tuto t9" }));
    expect(await screen.findByRole("button", { name: "Enregistrer : Tuto t9" })).toHaveAttribute("aria-pressed", "false");
    expect(screen.getByText("Tuto retiré de vos tutos enregistrés.")).toBeInTheDocument();
    expect(api.to("DELETE /api/v1/me/saved-tutorials/t9")).toHaveLength(1);
    expect(api.to("GET /api/v1/me/tutorials/recommended")).toHaveLength(0);
  });

  it("has an empty state on each tab", async () => {
    open("/mes-tutos/recommandes", [], []);
    expect(await screen.findByText(/Pas encore de tuto recommandé/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Me tester sur une compétence" })).toHaveAttribute("href", "/competences");
    await userEvent.click(screen.getByRole("link", { name: "Enregistrés" }));
    expect(await screen.findByText(/Vous n'avez enregistré aucun tuto/)).toBeInTheDocument();
    expect(window.location.pathname).toBe("/mes-tutos/enregistres");
  });

  it("says when the list cannot be loaded", async () => {
    open("/mes-tutos", [], [], { "GET /api/v1/me/tutorials/recommended": problem(500, "INTERNAL") });
    expect(await screen.findByRole("alert")).toHaveTextContent("Une erreur est survenue");
  });
});
