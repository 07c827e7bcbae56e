import { screen, waitFor, within } from "@testing-library/preact";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { ORGANIZATION_KEY } from "../auth";
import {
  collegeAdmin,
  jeanneAccepted,
  lyceeMember,
  mockApi,
  noCampaigns,
  renderAt,
  signInStored,
  summary,
  type Call,
  type Reply,
} from "../test/api";

function member(items: unknown[], campaigns: Reply | ((call: Call) => Reply) = { status: 200, body: noCampaigns }) {
  return mockApi({
    "GET /api/v1/me": { status: 200, body: jeanneAccepted },
    "GET /api/v1/me/memberships": { status: 200, body: { items } },
    "GET /api/v1/organizations/7/campaigns": campaigns,
    "GET /api/v1/organizations/9/campaigns": campaigns,
  });
}

function page(items: unknown[], total = items.length, pageNumber = 1) {
  return { status: 200, body: { items, total, page: pageNumber, page_size: 25, organization_has_campaigns: true } };
}

describe("Campaigns page", () => {
  it("shows the empty state with the organisation, the user and their role in the header", async () => {
    member([collegeAdmin]);
    signInStored();
    renderAt("/orga/");

    expect(await screen.findByRole("heading", { level: 1, name: "Campagnes" })).toBeInTheDocument();
    expect(window.location.pathname).toBe("/orga/campagnes");
    expect(
      await screen.findByRole("heading", { level: 2, name: "Créez votre première campagne" }),
    ).toBeInTheDocument();
    expect(screen.queryByRole("tab")).not.toBeInTheDocument();
    const create = screen.getByRole("link", { name: "Créer une campagne" });
    expect(create).toHaveAttribute("href", "/orga/campagnes/creation");

    const header = within(screen.getByRole("banner"));
    expect(header.getByText("Collège Jean Moulin")).toBeInTheDocument();
    expect(header.getByText("Jeanne Dupont")).toBeInTheDocument();
    expect(header.getByText(/Administrateur/)).toBeInTheDocument();
    expect(header.getByRole("button", { name: "Se déconnecter" })).toBeInTheDocument();
  });

  it("shows the organisation's logo beside its name, as decoration", async () => {
    const logo = "https://example.org/logo.png";
    member([{ ...collegeAdmin, organization: { ...collegeAdmin.organization, logo_url: logo } }]);
    signInStored();
    renderAt("/orga/campagnes");
    const header = within(await screen.findByRole("banner"));
    await header.findByText("Collège Jean Moulin");
    const image = screen.getByRole("banner").querySelector("img.org-logo");
    expect(image).toHaveAttribute("src", logo);
    expect(image).toHaveAttribute("alt", "");
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

describe("Campaign list", () => {
  it("lists the campaigns in an accessible table", async () => {
    const api = member([collegeAdmin], page([summary(), summary({ id: 43, code: "ABCDEF123", name: "Rentrée" }, { participants: 0, shared: 0 })]));
    signInStored();
    renderAt("/orga/campagnes");

    const table = await screen.findByRole("table", { name: /Campagnes actives : 2 au total, page 1 sur 1/ });
    const headers = within(table).getAllByRole("columnheader").map((th) => th.textContent);
    expect(headers).toEqual(["Nom", "Code", "Créée par", "Date de création", "Participants", "Résultats reçus"]);
    const link = within(table).getByRole("link", { name: "Garantie jeunes - mars" });
    expect(link).toHaveAttribute("href", "/orga/campagnes/42");
    const row = within(table).getByRole("row", { name: /Garantie jeunes/ });
    expect(within(row).getAllByRole("cell").map((td) => td.textContent)).toEqual([
      "TUMYUZ238",
      "Jeanne Dupont",
      "02/03/2025",
      "3",
      "1",
    ]);
    expect(api.to("GET /api/v1/organizations/7/campaigns")[0]!.query).toEqual({ page: "1", page_size: "25", sort: "-created_at" });
    expect(screen.getByRole("tab", { name: "Campagnes actives" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("button", { name: "Toutes les campagnes" })).toHaveAttribute("aria-pressed", "true");
  });

  it("sorts, and filters by another owner among the members, back at page 1", async () => {
    const user = userEvent.setup();
    const api = mockApi({
      "GET /api/v1/me": { status: 200, body: jeanneAccepted },
      "GET /api/v1/me/memberships": { status: 200, body: { items: [collegeAdmin] } },
      "GET /api/v1/organizations/7/campaigns": (call) =>
        page([summary({ name: `Page ${call.query.page}` })], 30, Number(call.query.page)),
      "GET /api/v1/organizations/7/members": {
        status: 200,
        body: {
          items: [
            { membership_id: 1, user_id: 1, first_name: "Jeanne", last_name: "Dupont", email: "j@example.org", role: "ADMIN" },
            { membership_id: 2, user_id: 2, first_name: "Zoé", last_name: "Martin", email: "z@example.org", role: "MEMBER" },
          ],
        },
      },
    });
    signInStored();
    renderAt("/orga/campagnes");
    await user.click(await screen.findByRole("button", { name: "Page suivante" }));
    await screen.findByText("Page 2 sur 2");

    await user.selectOptions(await screen.findByLabelText("Propriétaire"), "Zoé Martin");
    await user.selectOptions(screen.getByLabelText("Trier par"), "Nom, de A à Z");
    await waitFor(() =>
      expect(api.to("GET /api/v1/organizations/7/campaigns").at(-1)!.query).toEqual({
        owner_id: "2",
        sort: "name",
        page: "1",
        page_size: "25",
      }),
    );
    expect(await screen.findByRole("columnheader", { name: "Nom" })).toHaveAttribute("aria-sort", "ascending");
    // "Mes campagnes" is an owner filter of its own: the choice of another owner is hidden.
    await user.click(screen.getByRole("button", { name: "Mes campagnes" }));
    expect(screen.queryByLabelText("Propriétaire")).not.toBeInTheDocument();
    await waitFor(() =>
      expect(api.to("GET /api/v1/organizations/7/campaigns").at(-1)!.query).toEqual({
        mine: "true",
        sort: "name",
        page: "1",
        page_size: "25",
      }),
    );
    // Back to "Toutes les campagnes", the owner chosen before applies again.
    await user.click(screen.getByRole("button", { name: "Toutes les campagnes" }));
    expect(screen.getByLabelText("Propriétaire")).toHaveDisplayValue("Zoé Martin");
    await waitFor(() =>
      expect(api.to("GET /api/v1/organizations/7/campaigns").at(-1)!.query).toEqual({
        owner_id: "2",
        sort: "name",
        page: "1",
        page_size: "25",
      }),
    );
  });

  it("forgets the owner chosen in one organisation when another is opened", async () => {
    const user = userEvent.setup();
    const team = {
      status: 200,
      body: { items: [1, 2].map((n) => ({ membership_id: n, user_id: n, first_name: `P${n}`, last_name: "Nom", email: `p${n}@example.org`, role: "ADMIN" })) },
    };
    const api = mockApi({
      "GET /api/v1/me": { status: 200, body: jeanneAccepted },
      "GET /api/v1/me/memberships": { status: 200, body: { items: [collegeAdmin, lyceeMember] } },
      "GET /api/v1/organizations/7/campaigns": page([summary()]),
      "GET /api/v1/organizations/9/campaigns": page([summary()]),
      "GET /api/v1/organizations/7/members": team,
      "GET /api/v1/organizations/9/members": team,
    });
    signInStored();
    renderAt("/orga/campagnes");
    await user.selectOptions(await screen.findByLabelText("Propriétaire"), "P2 Nom");
    await waitFor(() => expect(api.to("GET /api/v1/organizations/7/campaigns").at(-1)!.query.owner_id).toBe("2"));

    await user.selectOptions(screen.getByLabelText("Organisation"), "Lycée Victor Hugo");
    await waitFor(() => expect(api.to("GET /api/v1/organizations/9/campaigns")).not.toHaveLength(0));
    expect(api.to("GET /api/v1/organizations/9/campaigns").every((call) => call.query.owner_id === undefined)).toBe(true);
    expect(await screen.findByLabelText("Propriétaire")).toHaveDisplayValue("Tous les propriétaires");
  });

  it("says when no campaign matches the search, and searches once typing pauses", async () => {
    const api = member([collegeAdmin], (call) =>
      call.query.name ? page([]) : page([summary()]),
    );
    signInStored();
    renderAt("/orga/campagnes");
    await screen.findByRole("table");

    await userEvent.type(screen.getByLabelText("Rechercher une campagne par son nom"), "zzz");
    expect(await screen.findByText("Aucune campagne ne correspond à votre recherche.")).toBeInTheDocument();
    expect(screen.queryByText("Créez votre première campagne")).not.toBeInTheDocument();
    const searches = api.to("GET /api/v1/organizations/7/campaigns").filter((c) => c.query.name);
    expect(searches.map((c) => c.query.name)).toEqual(["zzz"]);
  });

  it("filters archived and my campaigns, and pages through them", async () => {
    const api = member([collegeAdmin], (call) =>
      page([summary({ name: `Page ${call.query.page}` })], 30, Number(call.query.page)),
    );
    signInStored();
    renderAt("/orga/campagnes");
    expect(await screen.findByText("Page 1 sur 2")).toBeInTheDocument();

    await userEvent.click(screen.getByRole("button", { name: "Page suivante" }));
    expect(await screen.findByRole("link", { name: "Page 2" })).toBeInTheDocument();
    expect(screen.getByText("Page 2 sur 2")).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole("table")).toHaveFocus());

    await userEvent.click(screen.getByRole("tab", { name: "Campagnes archivées" }));
    await userEvent.click(screen.getByRole("button", { name: "Mes campagnes" }));
    await waitFor(() =>
      expect(api.to("GET /api/v1/organizations/7/campaigns").at(-1)!.query).toEqual({
        archived: "true",
        mine: "true",
        page: "1",
        page_size: "25",
        sort: "-created_at",
      }),
    );
    expect(await screen.findByRole("table", { name: /Campagnes archivées/ })).toBeInTheDocument();
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
