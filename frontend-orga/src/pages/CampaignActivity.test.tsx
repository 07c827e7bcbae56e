import { screen, within } from "@testing-library/preact";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { collegeAdmin, jeanneAccepted, mockApi, renderAt, signInStored, summary, type Reply } from "../test/api";

const activity = {
  statuses: { started: 2, to_share: 1, shared: 3 },
  days: [
    { day: "2025-03-03", started: 4, shared: 0 },
    { day: "2025-03-04", started: 0, shared: 0 },
    { day: "2025-03-05", started: 2, shared: 3 },
  ],
  stages: [
    { rank: 1, threshold: 0, title: "Moins de 50 %", description: "Des bases à consolider.", participants: 1 },
    { rank: 2, threshold: 50, title: "50 % et plus", description: "Des bases solides.", participants: 2 },
  ],
  mastery_bands: [
    { low: 0, high: 20, stars: 1, participants: 1 },
    { low: 21, high: 50, stars: 2, participants: 0 },
    { low: 51, high: 80, stars: 3, participants: 0 },
    { low: 81, high: 100, stars: 4, participants: 2 },
  ],
};

async function openActivity(reply: Reply) {
  mockApi({
    "GET /api/v1/me": { status: 200, body: jeanneAccepted },
    "GET /api/v1/me/memberships": { status: 200, body: { items: [collegeAdmin] } },
    "GET /api/v1/campaigns/42": { status: 200, body: summary() },
    "GET /api/v1/campaigns/42/participants": { status: 200, body: { items: [], total: 0, page: 1, page_size: 25 } },
    "GET /api/v1/campaigns/42/activity": reply,
  });
  signInStored();
  renderAt("/orga/campagnes/42");
  await userEvent.click(await screen.findByRole("tab", { name: "Activité" }));
}

describe("Activité tab", () => {
  it("says every count in words: statuses, days, stages and mastery bands with their stars", async () => {
    await openActivity({ status: 200, body: activity });

    const statuses = await screen.findByRole("table", { name: "Répartition des 6 participants par statut" });
    const rows = within(statuses).getAllByRole("row").slice(1).map((row) => row.textContent);
    expect(rows).toEqual(["En cours de test2 sur 6", "En attente1 sur 6", "Résultats reçus3 sur 6"]);

    expect(
      screen.getByRole("img", {
        name: "Sur 3 jour(s) : 6 participation(s) commencée(s) et 3 envoi(s) de résultats.",
      }),
    ).toBeInTheDocument();
    const days = screen.getByRole("table", { name: "Participations commencées et résultats envoyés, jour par jour" });
    expect(within(days).getAllByRole("row")).toHaveLength(4);

    const stages = screen.getByRole("table", { name: /par palier atteint/ });
    expect(within(stages).getByRole("rowheader", { name: /Palier 2 sur 2 : 50 % et plus/ })).toBeInTheDocument();
    expect(within(stages).getByText("2 sur 3")).toBeInTheDocument();

    const bands = screen.getByRole("table", { name: /par niveau de maîtrise/ });
    const best = within(bands).getByRole("rowheader", { name: /De 81 à 100 %/ });
    expect(best).toHaveTextContent("4 étoiles sur 4 : très bon niveau");
  });

  it("shows no stage or band before anyone shares", async () => {
    await openActivity({
      status: 200,
      body: { ...activity, statuses: { started: 1, to_share: 1, shared: 0 }, stages: [], mastery_bands: [] },
    });
    expect(await screen.findByText(/Aucun participant n'a encore envoyé ses résultats/)).toBeInTheDocument();
    expect(screen.queryByRole("table", { name: /niveau de maîtrise/ })).not.toBeInTheDocument();
  });
});
