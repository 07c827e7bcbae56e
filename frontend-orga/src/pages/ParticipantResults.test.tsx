import { screen, within } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { collegeAdmin, jeanneAccepted, mockApi, problem, renderAt, signInStored, type Reply } from "../test/api";

const results = {
  participation_id: 3,
  status: "SHARED",
  completed: true,
  mastery_percent: 67,
  validated: 2,
  tested: 3,
  competences: [{ index: "1.1", percent: 67, validated: 2, tested: 3 }],
  stage: { reached: 2, total: 3, title: "Les bases sont là", message: "Continuez !" },
  badges: [{ key: "B", title: "Prêt pour le CléA numérique", acquired: false }],
  pix_score: 12,
  can_improve: false,
  improve_available_at: null,
  can_retry: false,
  retry_available_at: null,
  first_name: "Grace",
  last_name: "Hopper",
  external_id: null,
  created_at: "2025-03-03T10:00:00Z",
  shared_at: "2025-03-04T10:00:00Z",
};

function open(reply: Reply) {
  mockApi({
    "GET /api/v1/me": { status: 200, body: jeanneAccepted },
    "GET /api/v1/me/memberships": { status: 200, body: { items: [collegeAdmin] } },
    "GET /api/v1/campaigns/42/participants/3/results": reply,
    "GET /api/v1/framework": {
      status: 200,
      body: { areas: [{ code: "1", title: "Informations", competences: [{ index: "1.1", name: "Mener une recherche" }] }] },
    },
  });
  signInStored();
  renderAt("/orga/campagnes/42/participants/3");
}

describe("Participant's results", () => {
  it("shows dates, skills, overall % with stars, competences, stage and badges", async () => {
    open({ status: 200, body: results });
    expect(await screen.findByRole("heading", { level: 1, name: "Grace Hopper" })).toBeInTheDocument();
    expect(screen.getByText("03/03/2025")).toBeInTheDocument();
    expect(screen.getByText("04/03/2025")).toBeInTheDocument();
    expect(screen.getByText("2 sur 3 acquis évalués")).toBeInTheDocument();
    expect(screen.getByText("3 étoiles sur 4 : niveau satisfaisant")).toBeInTheDocument();
    const row = await screen.findByRole("row", { name: /Mener une recherche/ });
    expect(within(row).getAllByRole("cell").map((c) => c.textContent)).toEqual(["67 %", "2", "3"]);
    expect(screen.getByText("Palier 2 sur 3")).toBeInTheDocument();
    expect(screen.getByText("Non obtenu")).toBeInTheDocument();
  });

  it("says when the participant has not sent the results", async () => {
    open(problem(403, "RESULTS_NOT_SHARED"));
    expect(await screen.findByText("Ce participant ne vous a pas encore envoyé ses résultats.")).toBeInTheDocument();
  });
});
