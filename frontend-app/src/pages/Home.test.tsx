import { screen } from "@testing-library/preact";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { jeanne, mockApi, renderAt, signInStored } from "../test/api";
import { campaign, overview } from "../test/journey";

describe("Home page", () => {
  it("upper-cases the campaign code and opens the campaign page", async () => {
    mockApi({ "GET /api/v1/campaigns-to-join/TUMYUZ238": { status: 200, body: campaign } });
    renderAt("/");
    const user = userEvent.setup();
    const input = screen.getByLabelText("Code de la campagne");
    expect(input).toHaveAccessibleDescription(expect.stringContaining("6 lettres puis 3 chiffres"));
    await user.type(input, "tumyuz238");
    expect(input).toHaveValue("TUMYUZ238");
    await user.click(screen.getByRole("button", { name: "Accéder au parcours" }));

    expect(window.location.pathname).toBe("/campagnes/TUMYUZ238");
    const heading = await screen.findByRole("heading", { level: 1, name: "Diagnostic de rentrée" });

    expect(heading).toHaveFocus();
  });

  it("explains the expected format of a malformed code", async () => {
    mockApi({});
    renderAt("/");
    const user = userEvent.setup();
    await user.type(screen.getByLabelText("Code de la campagne"), "ABC12");
    await user.click(screen.getByRole("button", { name: "Accéder au parcours" }));
    expect(screen.getByRole("alert")).toHaveTextContent("6 lettres suivies de 3 chiffres");
    expect(screen.getByLabelText("Code de la campagne")).toHaveFocus();
    expect(window.location.pathname).toBe("/");
  });

  it("offers to resume an unfinished journey and to send finished results", async () => {
    mockApi({
      "GET /api/v1/me": { status: 200, body: jeanne },
      "GET /api/v1/me/participations": {
        status: 200,
        body: {
          items: [
            overview(),
            overview({ id: 13, campaign_code: "ABCDEF123", campaign_title: "Parcours Cléa", status: "TO_SHARE", assessment_id: 35 }),
            overview({ id: 14, campaign_code: "GHIJKL456", status: "SHARED", assessment_id: 36 }),
          ],
        },
      },
    });
    signInStored();
    renderAt("/");
    expect(
      await screen.findByText("Vous n'avez pas terminé le parcours « Diagnostic de rentrée »."),
    ).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Reprendre : Diagnostic de rentrée" })).toHaveAttribute(
      "href",
      "/evaluation/34",
    );
    expect(
      screen.getByText("Vous n'avez pas encore envoyé vos résultats du parcours « Parcours Cléa »."),
    ).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Voir mes résultats : Parcours Cléa" })).toHaveAttribute(
      "href",
      "/campagnes/ABCDEF123/resultats",
    );
    expect(screen.getAllByRole("link", { name: /Reprendre|Voir mes résultats/ })).toHaveLength(2);
  });

  it("shows no banner to a guest", async () => {
    const api = mockApi({});
    renderAt("/");
    expect(screen.getByRole("heading", { level: 1 })).toBeInTheDocument();
    expect(api.to("GET /api/v1/me/participations")).toHaveLength(0);
  });
});
