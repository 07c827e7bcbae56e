import { screen, waitFor, within } from "@testing-library/preact";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { collegeAdmin, jeanneAccepted, mockApi, problem, renderAt, signInStored, type Reply } from "../test/api";

const members = [
  { membership_id: 2, user_id: 5, first_name: "Zoé", last_name: "Martin", email: "zoe@example.org", role: "MEMBER" },
  { membership_id: 1, user_id: 1, first_name: "Jeanne", last_name: "Dupont", email: "jeanne@example.org", role: "ADMIN" },
  { membership_id: 3, user_id: 6, first_name: "Émile", last_name: "Bernard", email: "emile@example.org", role: "MEMBER" },
];
const pending = { id: 9, email: "nouveau@example.org", role: "MEMBER", status: "pending", updated_at: "2025-03-03T10:00:00Z" };

function open(membership: unknown, extra: Record<string, Reply | Reply[]> = {}) {
  const api = mockApi({
    "GET /api/v1/me": { status: 200, body: jeanneAccepted },
    "GET /api/v1/me/memberships": { status: 200, body: { items: [membership] } },
    "GET /api/v1/organizations/7/members": { status: 200, body: { items: members } },
    "GET /api/v1/organizations/7/invitations": { status: 200, body: { items: [pending] } },
    ...extra,
  });
  signInStored();
  renderAt("/orga/equipe");
  return api;
}

describe("Équipe", () => {
  it("lists members alphabetically with their role; a member gets no admin tools", async () => {
    const api = open({ ...collegeAdmin, role: "MEMBER" });
    const table = await screen.findByRole("table", { name: /par ordre alphabétique/ });
    const names = within(table).getAllByRole("rowheader").map((cell) => cell.textContent);
    expect(names).toEqual(["Bernard", "Dupont (vous)", "Martin"]);
    expect(within(table).getAllByText("Membre")).toHaveLength(2);
    expect(screen.queryByRole("button", { name: "Inviter" })).not.toBeInTheDocument();
    expect(api.to("GET /api/v1/organizations/7/invitations")).toHaveLength(0);
    expect(screen.getByRole("link", { name: "Équipe" })).toHaveAttribute("aria-current", "page");
  });

  it("lets an administrator invite, re-send and cancel", async () => {
    const user = userEvent.setup();
    const api = open(collegeAdmin, {
      "POST /api/v1/organizations/7/invitations": { status: 201, body: pending },
      "DELETE /api/v1/organizations/7/invitations/9": { status: 204 },
    });
    await user.type(await screen.findByLabelText("Adresse e-mail"), "nouveau@example.org");
    await user.selectOptions(screen.getByLabelText("Rôle"), "ADMIN");
    await user.click(screen.getByRole("button", { name: "Inviter" }));
    expect(await screen.findByText("Une invitation a été envoyée à nouveau@example.org.")).toBeInTheDocument();
    expect(api.to("POST /api/v1/organizations/7/invitations")[0]?.data).toEqual({ email: "nouveau@example.org", role: "ADMIN" });

    await user.click(await screen.findByRole("button", { name: "Renvoyer nouveau@example.org" }));
    expect(await screen.findByText("L'invitation a été renvoyée à nouveau@example.org.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Annuler l'invitation nouveau@example.org" }));
    expect(await screen.findByText("L'invitation de nouveau@example.org a été annulée.")).toBeInTheDocument();
    expect(api.to("DELETE /api/v1/organizations/7/invitations/9")).toHaveLength(1);
  });

  it("shows the API's refusal to leave the organisation without an administrator", async () => {
    const user = userEvent.setup();
    open(collegeAdmin, { "DELETE /api/v1/organizations/7/members/1": problem(409, "LAST_ADMINISTRATOR") });
    await user.click(await screen.findByRole("button", { name: "Retirer Jeanne Dupont" }));
    await user.click(await screen.findByRole("button", { name: "Oui, retirer" }));
    expect(
      await screen.findByText("L'organisation doit garder au moins un administrateur : ce changement est impossible."),
    ).toBeInTheDocument();
  });

  it("changes a member's role", async () => {
    const user = userEvent.setup();
    const api = open(collegeAdmin, {
      "PATCH /api/v1/organizations/7/members/2": { status: 200, body: { ...members[0], role: "ADMIN" } },
    });
    await user.selectOptions(await screen.findByLabelText("Rôle de Zoé Martin"), "ADMIN");
    await user.click(await screen.findByRole("button", { name: "Enregistrer le rôle Zoé Martin" }));
    await waitFor(() => expect(api.to("PATCH /api/v1/organizations/7/members/2")[0]?.data).toEqual({ role: "ADMIN" }));
    expect(await screen.findByText("Zoé Martin est maintenant Administrateur.")).toBeInTheDocument();
  });
});
