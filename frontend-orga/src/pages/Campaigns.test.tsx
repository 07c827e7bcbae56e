import { screen, within } from "@testing-library/preact";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { ORGANIZATION_KEY } from "../auth";
import { collegeAdmin, jeanneAccepted, lyceeMember, mockApi, renderAt, signInStored } from "../test/api";

function member(items: unknown[]) {
  return mockApi({
    "GET /api/v1/me": { status: 200, body: jeanneAccepted },
    "GET /api/v1/me/memberships": { status: 200, body: { items } },
  });
}

describe("Campaigns page", () => {
  it("shows the empty state with the organisation, the user and their role in the header", async () => {
    member([collegeAdmin]);
    signInStored();
    renderAt("/orga/");

    expect(await screen.findByRole("heading", { level: 1, name: "Campagnes" })).toBeInTheDocument();
    expect(window.location.pathname).toBe("/orga/campagnes");
    expect(screen.getByRole("heading", { level: 2, name: "Créez votre première campagne" })).toBeInTheDocument();
    const create = screen.getByRole("button", { name: "Créer une campagne" });
    expect(create).toBeDisabled();
    expect(create).toHaveAccessibleDescription("La création de campagnes sera bientôt disponible.");

    const header = within(screen.getByRole("banner"));
    expect(header.getByText("Collège Jean Moulin")).toBeInTheDocument();
    expect(header.getByText("Jeanne Dupont")).toBeInTheDocument();
    expect(header.getByText(/Administrateur/)).toBeInTheDocument();
    expect(header.getByRole("button", { name: "Se déconnecter" })).toBeInTheDocument();
  });

  it("switches between organisations and remembers the choice", async () => {
    member([collegeAdmin, lyceeMember]);
    signInStored();
    renderAt("/orga/campagnes");

    const switcher = await screen.findByLabelText("Organisation");
    expect(switcher).toHaveDisplayValue("Collège Jean Moulin");
    await userEvent.selectOptions(switcher, "Lycée Victor Hugo");

    expect(switcher).toHaveDisplayValue("Lycée Victor Hugo");
    expect(within(screen.getByRole("banner")).getByText(/Membre/)).toBeInTheDocument();
    expect(localStorage.getItem(ORGANIZATION_KEY)).toBe("9");
  });

  it("opens the remembered organisation", async () => {
    localStorage.setItem(ORGANIZATION_KEY, "9");
    const { reloadOrganizationId } = await import("../auth");
    reloadOrganizationId();
    member([collegeAdmin, lyceeMember]);
    signInStored();
    renderAt("/orga/campagnes");
    expect(await screen.findByLabelText("Organisation")).toHaveDisplayValue("Lycée Victor Hugo");
  });

  it("handles the /orga path without its trailing slash", async () => {
    member([collegeAdmin]);
    signInStored();
    renderAt("/orga");
    expect(await screen.findByRole("heading", { level: 1, name: "Campagnes" })).toBeInTheDocument();
    expect(window.location.pathname).toBe("/orga/campagnes");
  });
});

describe("Orga start-up", () => {
  it("offers to retry when the account cannot be loaded", async () => {
    const api = mockApi({
      "GET /api/v1/me": [
        { status: 503, body: { code: "UNAVAILABLE" } },
        { status: 200, body: jeanneAccepted },
      ],
      "GET /api/v1/me/memberships": { status: 200, body: { items: [collegeAdmin] } },
    });
    signInStored();
    renderAt("/orga/campagnes");
    expect(await screen.findByRole("alert")).toHaveTextContent("Impossible de charger votre espace Pix Orga.");
    await userEvent.click(screen.getByRole("button", { name: "Réessayer" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Campagnes" })).toBeInTheDocument();
    expect(api.to("GET /api/v1/me")).toHaveLength(2);
  });
});
