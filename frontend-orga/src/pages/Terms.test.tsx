import { screen } from "@testing-library/preact";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { collegeAdmin, jeanne, jeanneAccepted, mockApi, problem, renderAt, signInStored } from "../test/api";

describe("Orga terms page", () => {
  it("records the acceptance and continues to the organisation's campaigns", async () => {
    const api = mockApi({
      "GET /api/v1/me": { status: 200, body: jeanne },
      "POST /api/v1/me/orga-terms-acceptance": { status: 200, body: jeanneAccepted },
      "GET /api/v1/me/memberships": { status: 200, body: { items: [collegeAdmin] } },
    });
    signInStored();
    renderAt("/orga/");
    const user = userEvent.setup();

    expect(
      await screen.findByRole("heading", { level: 1, name: "Conditions d'utilisation de Pix Orga" }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "J'accepte les conditions d'utilisation" }));

    expect(await screen.findByRole("heading", { level: 1, name: "Campagnes" })).toBeInTheDocument();
    expect(window.location.pathname).toBe("/orga/campagnes");
    expect(api.to("POST /api/v1/me/orga-terms-acceptance")[0]?.headers.authorization).toBe(
      "Bearer access-1",
    );
  });

  it("says so when the acceptance could not be recorded", async () => {
    mockApi({
      "GET /api/v1/me": { status: 200, body: jeanne },
      "POST /api/v1/me/orga-terms-acceptance": problem(500, "INTERNAL_ERROR"),
    });
    signInStored();
    renderAt("/orga/cgu");
    await userEvent.click(
      await screen.findByRole("button", { name: "J'accepte les conditions d'utilisation" }),
    );
    expect(await screen.findByRole("alert")).toHaveTextContent("Une erreur est survenue");
    expect(window.location.pathname).toBe("/orga/cgu");
  });

  it("is skipped once the terms are accepted", async () => {
    mockApi({
      "GET /api/v1/me": { status: 200, body: jeanneAccepted },
      "GET /api/v1/me/memberships": { status: 200, body: { items: [collegeAdmin] } },
    });
    signInStored();
    renderAt("/orga/cgu");
    expect(await screen.findByRole("heading", { level: 1, name: "Campagnes" })).toBeInTheDocument();
  });
});
