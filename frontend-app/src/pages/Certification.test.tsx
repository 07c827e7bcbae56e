import { screen, within } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { jeanne, mockApi, renderAt, signInStored } from "../test/api";
import { card, profile } from "../test/profile";

function open(body = profile()) {
  mockApi({
    "GET /api/v1/me": { status: 200, body: jeanne },
    "GET /api/v1/me/profile": { status: 200, body },
  });
  signInStored();
  renderAt("/certification");
}

describe("Certification page", () => {
  it("says what is missing before the profile is certifiable", async () => {
    open(profile([card("1.1", { level: 2, pix: 16, status: "STARTED" }), card("4.1", { level: 1, pix: 8, status: "STARTED" })]));
    expect(await screen.findByRole("heading", { level: 2, name: "Votre profil n'est pas encore certifiable." })).toBeInTheDocument();
    expect(screen.getByText("Compétences au niveau 1 ou plus : 2 sur les 5 nécessaires.")).toBeInTheDocument();
    expect(screen.getByText("Il vous manque le niveau 1 dans 3 compétence(s) de plus.")).toBeInTheDocument();
    const reached = within(screen.getByRole("main")).getAllByRole("listitem");
    expect(reached.map((li) => li.textContent)).toEqual([
      "✓ 1.1 Mener une recherche et une veille d'information – Niveau 2",
      "✓ 4.1 Sécuriser l'environnement numérique – Niveau 1",
    ]);
    expect(screen.getByRole("link", { name: "Me tester sur mes compétences" })).toHaveAttribute("href", "/competences");
    expect(screen.queryByText(/Bravo/)).not.toBeInTheDocument();
  });

  it("congratulates a certifiable profile", async () => {
    const five = ["1.1", "1.2", "2.1", "3.1", "5.1"].map((index) => card(index, { level: 1, pix: 8, status: "STARTED" }));
    open(profile(five, { certifiable: true }));
    expect(await screen.findByRole("heading", { level: 2, name: "Bravo, votre profil est certifiable !" })).toBeInTheDocument();
    expect(screen.getByText(/Vous avez atteint le niveau 1 ou plus dans 5 compétences/)).toBeInTheDocument();
    expect(screen.queryByText(/Il vous manque/)).not.toBeInTheDocument();
  });

  it("says so when no competence is at level 1 yet", async () => {
    open();
    expect(await screen.findByText("Aucune compétence au niveau 1 pour l'instant.")).toBeInTheDocument();
    expect(screen.getByText("Il vous manque le niveau 1 dans 5 compétence(s) de plus.")).toBeInTheDocument();
  });
});
