import { screen, within } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { jeanne, mockApi, renderAt, signInStored } from "../test/api";
import { overview } from "../test/journey";

function open(items = [overview()]) {
  const api = mockApi({
    "GET /api/v1/me": { status: 200, body: jeanne },
    "GET /api/v1/me/participations": { status: 200, body: { items } },
  });
  signInStored();
  renderAt("/mes-parcours");
  return api;
}

describe("Mes parcours page", () => {
  it("shows each participation with its status in words and its action", async () => {
    const api = open([
      overview(),
      overview({ id: 13, campaign_code: "ABCDEF123", campaign_title: "Parcours Cléa", status: "TO_SHARE" }),
      overview({
        id: 14,
        campaign_code: "GHIJKL456",
        campaign_title: null,
        status: "SHARED",
        shared_at: "2025-10-02T10:00:00Z",
        mastery_percent: 72,
      }),
      overview({ id: 15, campaign_code: "MNOPQR789", campaign_title: "Profil", assessment_id: null }),
    ]);
    expect(await screen.findByRole("heading", { level: 1, name: "Mes parcours" })).toBeInTheDocument();
    const cards = await within(screen.getByRole("main")).findAllByRole("listitem");
    expect(cards).toHaveLength(4);

    expect(cards[0]).toHaveTextContent("Diagnostic de rentrée");
    expect(cards[0]).toHaveTextContent("Proposé par Lycée Jean Moulin");
    expect(cards[0]).toHaveTextContent("Statut : En cours");
    expect(cards[0]).toHaveTextContent("Commencé le 1 septembre 2025");
    expect(within(cards[0]!).getByRole("link", { name: "Reprendre : Diagnostic de rentrée" })).toHaveAttribute(
      "href",
      "/evaluation/34",
    );

    expect(cards[1]).toHaveTextContent("À envoyer");
    expect(within(cards[1]!).getByRole("link", { name: "J'envoie mes résultats : Parcours Cléa" })).toHaveAttribute(
      "href",
      "/campagnes/ABCDEF123/resultats",
    );

    expect(cards[2]).toHaveTextContent("GHIJKL456");
    expect(cards[2]).toHaveTextContent("Résultats envoyés");
    expect(cards[2]).toHaveTextContent("Envoyé le 2 octobre 2025 · 72 % de réussite");
    expect(within(cards[2]!).getByRole("link", { name: "Voir mes résultats : GHIJKL456" })).toBeInTheDocument();

    expect(within(cards[3]!).getByRole("link", { name: "J'envoie mon profil : Profil" })).toHaveAttribute(
      "href",
      "/campagnes/MNOPQR789/resultats",
    );

    // The resume banners of the home page, from the same list: one request only.
    const banners = screen.getByRole("region", { name: "Vos parcours en cours" });
    expect(banners).toHaveTextContent("Vous n'avez pas terminé le parcours « Diagnostic de rentrée ».");
    expect(banners).toHaveTextContent("Vous n'avez pas encore envoyé vos résultats du parcours « Parcours Cléa ».");
    expect(api.to("GET /api/v1/me/participations")).toHaveLength(1);
  });

  it("says a campaign was archived: nothing left to resume or send, shared results still readable", async () => {
    open([
      overview({ disabled_at: "2025-09-20T10:00:00Z" }),
      overview({
        id: 14,
        campaign_code: "GHIJKL456",
        campaign_title: "Parcours Cléa",
        status: "SHARED",
        shared_at: "2025-09-02T10:00:00Z",
        mastery_percent: 40,
        disabled_at: "2025-09-20T10:00:00Z",
      }),
    ]);
    const cards = await within(screen.getByRole("main")).findAllByRole("listitem");
    expect(cards[0]).toHaveTextContent(
      "Parcours archivé par l'organisateur le 20 septembre 2025 : il ne peut plus être continué ni envoyé.",
    );
    expect(within(cards[0]!).queryByRole("link")).not.toBeInTheDocument();
    expect(cards[1]).toHaveTextContent("Parcours archivé par l'organisateur le 20 septembre 2025.");
    expect(cards[1]).not.toHaveTextContent("ne peut plus être continué");
    expect(within(cards[1]!).getByRole("link", { name: "Voir mes résultats : Parcours Cléa" })).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "Vos parcours en cours" })).not.toBeInTheDocument();
  });

  it("has an empty state leading to the code form", async () => {
    open([]);
    expect(await screen.findByText("Vous n'avez encore commencé aucun parcours.")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "J'ai un code" })).toHaveAttribute("href", "/");
  });
});
