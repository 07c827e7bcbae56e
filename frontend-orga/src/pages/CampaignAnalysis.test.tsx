import { screen, within } from "@testing-library/preact";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { collegeAdmin, jeanneAccepted, mockApi, renderAt, signInStored, summary } from "../test/api";

const analysis = {
  shared_participants: 2,
  competences: [
    { index: "1.1", name: "Mener une recherche", area_code: "1", targeted_skills: 4, average_validated: 1.5, percent: 38 },
  ],
  tubes: [
    {
      tube_id: "@copie",
      title: "Copier un fichier",
      description: "Dupliquer un document.",
      competence_index: "1.1",
      competence_name: "Mener une recherche",
      average_score: 20,
      relevance_dots: 4,
      relevance_label: "Très fortement recommandé",
      tutorials: 2,
    },
  ],
};

async function openTab(name: string, body: unknown = analysis) {
  mockApi({
    "GET /api/v1/me": { status: 200, body: jeanneAccepted },
    "GET /api/v1/me/memberships": { status: 200, body: { items: [collegeAdmin] } },
    "GET /api/v1/campaigns/42": { status: 200, body: summary() },
    "GET /api/v1/campaigns/42/participants": { status: 200, body: { items: [], total: 0, page: 1, page_size: 25 } },
    "GET /api/v1/campaigns/42/analysis": { status: 200, body },
  });
  signInStored();
  renderAt("/orga/campagnes/42");
  await userEvent.click(await screen.findByRole("tab", { name }));
}

describe("Résultats collectifs and Analyse tabs", () => {
  it("show per competence the average %, the average validated skills and the skills assessed", async () => {
    await openTab("Résultats collectifs");
    const table = await screen.findByRole("table", { name: "Moyenne des résultats par compétence" });
    const row = within(table).getByRole("row", { name: /Mener une recherche/ });
    expect(row).toHaveTextContent("38 %");
    expect(row).toHaveTextContent("1,5");
    expect(within(row).getAllByRole("cell").at(-1)).toHaveTextContent("4");
  });

  it("lists topics with their dots in words, competence and tutorials", async () => {
    await openTab("Analyse");
    const table = await screen.findByRole("table", { name: /Sujets à travailler/ });
    const row = within(table).getByRole("row", { name: /Copier un fichier/ });
    expect(row).toHaveTextContent("Très fortement recommandé (4 sur 4)");
    expect(row).toHaveTextContent("1.1 Mener une recherche");
    expect(row).toHaveTextContent("2 tuto(s)");
  });

  it("wait for shared results", async () => {
    await openTab("Analyse", { shared_participants: 0, competences: [], tubes: [] });
    expect(await screen.findByText(/l'analyse apparaîtra ici/)).toBeInTheDocument();
  });
});
