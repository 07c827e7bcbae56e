import { screen } from "@testing-library/preact";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { collegeAdmin, jeanneAccepted, mockApi, noCampaigns, renderAt, signInStored } from "../test/api";

describe("Language switch", () => {
  it("switches Orga to English, roles included", async () => {
    mockApi({
      "GET /api/v1/me": { status: 200, body: jeanneAccepted },
      "GET /api/v1/me/memberships": { status: 200, body: { items: [collegeAdmin] } },
      "GET /api/v1/organizations/7/campaigns": { status: 200, body: noCampaigns },
    });
    signInStored();
    renderAt("/orga/campagnes");
    await screen.findByRole("heading", { level: 2, name: "Créez votre première campagne" });

    await userEvent.click(screen.getByRole("button", { name: /English/ }));

    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Campaigns");
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent("Create your first campaign");
    expect(screen.getByText(/Administrator/)).toBeInTheDocument();
    expect(document.documentElement.lang).toBe("en");
    expect(localStorage.getItem("pix-orga.locale")).toBe("en");
  });
});
