import { screen, waitFor } from "@testing-library/preact";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { setLocale } from "@pix-libre/shared/i18n";
import { collegeAdmin, jeanneAccepted, mockApi, problem, renderAt, signInStored, tokens, type Reply } from "../test/api";

const preview = { organization_name: "Collège Jean Moulin", email: "jeanne@example.org", role: "MEMBER" };
const URL = "/orga/rejoindre?invitation=5&code=secret";

function open(reply: Reply, extra: Record<string, Reply | Reply[]> = {}) {
  return mockApi({ "GET /api/v1/invitations/5": reply, ...extra });
}

describe("Invitation page", () => {
  it("names the organisation and joins after logging in", async () => {
    const user = userEvent.setup();
    const api = open(
      { status: 200, body: preview },
      {
        "POST /api/v1/token": { status: 200, body: tokens },
        "GET /api/v1/me": { status: 200, body: jeanneAccepted },
        "GET /api/v1/me/memberships": [{ status: 200, body: { items: [] } }, { status: 200, body: { items: [collegeAdmin] } }],
        "POST /api/v1/invitations/5/acceptance": { status: 200, body: collegeAdmin },
        "GET /api/v1/organizations/7/campaigns": {
          status: 200,
          body: { items: [], total: 0, page: 1, page_size: 25, organization_has_campaigns: false },
        },
      },
    );
    renderAt(URL);
    expect(await screen.findByRole("heading", { level: 1, name: "Rejoindre « Collège Jean Moulin » sur Pix Orga" })).toBeInTheDocument();
    expect(screen.getByLabelText("Adresse e-mail")).toHaveValue("jeanne@example.org");
    await user.type(screen.getByLabelText("Mot de passe"), "Secret123");
    await user.click(screen.getByRole("button", { name: "Je me connecte" }));
    await user.click(await screen.findByRole("button", { name: "Rejoindre l'organisation" }));
    expect(api.to("POST /api/v1/invitations/5/acceptance")[0]?.data).toEqual({ code: "secret" });
    await waitFor(() => expect(window.location.pathname).toBe("/orga/campagnes"));
  });

  it("says that an accepted invitation was already used and offers to log in", async () => {
    open(problem(409, "INVITATION_ALREADY_ACCEPTED"));
    renderAt(URL);
    expect(await screen.findByText("Cette invitation a déjà été acceptée.")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Se connecter à Pix Orga" })).toHaveAttribute("href", "/orga/connexion");
    expect(screen.queryByText(/annulée/)).not.toBeInTheDocument();
    expect(screen.queryByText(/nouvelle invitation/)).not.toBeInTheDocument();
  });

  it("says that a cancelled invitation was withdrawn by the administrator", async () => {
    open(problem(409, "INVITATION_CANCELLED"));
    renderAt(URL);
    expect(await screen.findByText(/Cette invitation a été annulée par l'administrateur/)).toBeInTheDocument();
    expect(screen.getByText(/envoyer une nouvelle invitation/)).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "Se connecter à Pix Orga" })).not.toBeInTheDocument();
  });

  it("speaks English too", async () => {
    setLocale("en");
    open(problem(409, "INVITATION_CANCELLED"));
    renderAt(URL);
    expect(await screen.findByText(/This invitation was cancelled by the organisation's administrator/)).toBeInTheDocument();
  });

  it("joins straight away for a signed-in user", async () => {
    const user = userEvent.setup();
    const api = open(
      { status: 200, body: preview },
      {
        "GET /api/v1/me": { status: 200, body: jeanneAccepted },
        "GET /api/v1/me/memberships": { status: 200, body: { items: [] } },
        "POST /api/v1/invitations/5/acceptance": problem(409, "INVITATION_ALREADY_ACCEPTED"),
      },
    );
    signInStored();
    renderAt(URL);
    expect(await screen.findByText("Vous êtes connecté(e) en tant que Jeanne Dupont (jeanne@example.fr).")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Rejoindre l'organisation" }));
    expect(await screen.findByText("Cette invitation a déjà été acceptée.")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Accéder à Pix Orga" })).toHaveAttribute("href", "/orga/campagnes");
    expect(api.to("POST /api/v1/invitations/5/acceptance")).toHaveLength(1);
  });
});
