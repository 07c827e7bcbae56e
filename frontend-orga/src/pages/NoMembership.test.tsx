import { screen, waitFor } from "@testing-library/preact";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { jeanneAccepted, mockApi, renderAt, signInStored } from "../test/api";

describe("No-membership page", () => {
  it("explains how to get access and lets the user log out", async () => {
    const api = mockApi({
      "GET /api/v1/me": { status: 200, body: jeanneAccepted },
      "GET /api/v1/me/memberships": { status: 200, body: { items: [] } },
      "POST /api/v1/token/revoke": { status: 204 },
    });
    signInStored("access-1", "refresh-1");
    renderAt("/orga/campagnes");

    expect(
      await screen.findByRole("heading", { level: 1, name: "Vous n'êtes membre d'aucune organisation" }),
    ).toBeInTheDocument();
    expect(window.location.pathname).toBe("/orga/aucune-organisation");
    expect(screen.getByText(/demandez à l'administrateur de votre organisation/)).toBeInTheDocument();

    await userEvent.click(screen.getByRole("button", { name: "Se déconnecter" }));

    expect(await screen.findByRole("heading", { level: 1, name: "Connectez-vous à Pix Orga" })).toBeInTheDocument();
    await waitFor(() => expect(window.location.pathname).toBe("/orga/connexion"));
    expect(api.to("POST /api/v1/token/revoke")[0]?.data).toEqual({ refresh_token: "refresh-1" });
    expect(localStorage.getItem("pix-orga.session")).toBeNull();
  });
});
