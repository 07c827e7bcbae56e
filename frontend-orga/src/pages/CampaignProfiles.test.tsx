import { screen, waitFor, within } from "@testing-library/preact";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { setLocale } from "@pix-libre/shared/i18n";
import { collegeAdmin, jeanneAccepted, mockApi, renderAt, signInStored, summary, type Call, type Reply } from "../test/api";

const NAMES = ["Mener une recherche", "Gérer des données", "Traiter des données"];

function profile(id: number, first: string, last: string, extra: Record<string, unknown> = {}) {
  return {
    participation_id: id,
    first_name: first,
    last_name: last,
    external_id: `M-${id}`,
    shared_at: "2026-03-04T09:00:00Z",
    total_pix: 120,
    certifiable: true,
    certifiable_competences: 6,
    competences: NAMES.map((name, i) => ({ index: `1.${i + 1}`, name, level: i + 1, pix: 8 * (i + 1) })),
    ...extra,
  };
}

const anna = profile(1, "Anna", "Arnaud", { total_pix: 312, certifiable: true, certifiable_competences: 3 });
const bruno = profile(2, "Bruno", "Zeller", { external_id: null, total_pix: 16, certifiable: false, certifiable_competences: 1 });

function collection(overrides: Record<string, unknown> = {}) {
  return summary(
    {
      type: "PROFILES_COLLECTION",
      title: null,
      target_profile_id: null,
      external_id_label: "Matricule",
      external_id_type: "STRING",
      ...overrides,
    },
    { participants: 3, shared: 2 },
  );
}

function setUp(profiles: Reply | ((call: Call) => Reply), path = "/orga/campagnes/42/profils", campaign = collection()) {
  const api = mockApi({
    "GET /api/v1/me": { status: 200, body: jeanneAccepted },
    "GET /api/v1/me/memberships": { status: 200, body: { items: [collegeAdmin] } },
    "GET /api/v1/campaigns/42": { status: 200, body: campaign },
    "GET /api/v1/campaigns/42/participants": { status: 200, body: { items: [], total: 0, page: 1, page_size: 25 } },
    "GET /api/v1/campaigns/42/profiles": profiles,
  });
  signInStored();
  renderAt(path);
  return api;
}

const page = (items: unknown[], total = items.length, number = 1): Reply => ({
  status: 200,
  body: { items, total, page: number, page_size: 25 },
});

describe("Profils tab of a profiles collection", () => {
  it("replaces Résultats collectifs and Analyse, and opens from the participants list", async () => {
    const user = userEvent.setup();
    setUp(page([anna, bruno]), "/orga/campagnes/42");
    const tabs = await screen.findAllByRole("tab");
    expect(tabs.map((tab) => tab.textContent)).toEqual(["Activité", "Participants (3)", "Profils", "Détails"]);
    await user.click(screen.getByRole("tab", { name: "Profils" }));
    expect(window.location.pathname).toBe("/orga/campagnes/42/profils");
    expect(await screen.findByRole("table", { name: /Profils reçus : 2 au total/ })).toBeInTheDocument();
  });

  it("lists each profile: name, external id, sending date, total pix and whether it is certifiable", async () => {
    const api = setUp(page([anna, bruno]));
    const table = await screen.findByRole("table", { name: "Profils reçus : 2 au total, page 1 sur 1" });
    expect(screen.getByRole("tab", { name: "Profils" })).toHaveAttribute("aria-selected", "true");
    expect(within(table).getAllByRole("columnheader").map((th) => th.textContent)).toEqual([
      "Nom",
      "Prénom",
      "Matricule",
      "Envoyé le",
      "Pix (total)",
      "Certifiable",
      "Niveaux",
    ]);
    const cells = (name: string) =>
      within(within(table).getByRole("row", { name: new RegExp(`^${name}`) }))
        .getAllByRole("cell")
        .map((cell) => cell.textContent);
    expect(cells("Arnaud")).toEqual(["Anna", "M-1", "04/03/2026", "312", "Oui", "Voir"]);
    expect(cells("Zeller")).toEqual(["Bruno", "", "04/03/2026", "16", "Non", "Voir"]);
    expect(api.to("GET /api/v1/campaigns/42/profiles")[0]!.query).toEqual({ page: "1", page_size: "25" });
  });

  it("opens and closes one learner's level per competence, by keyboard", async () => {
    const user = userEvent.setup();
    setUp(page([anna, bruno]));
    const show = await screen.findByRole("button", { name: "Voir les niveaux (Anna Arnaud)" });
    expect(show).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByRole("table", { name: /Niveau et pix par compétence/ })).not.toBeInTheDocument();
    show.focus();
    await user.keyboard("{Enter}");
    const hide = screen.getByRole("button", { name: "Masquer les niveaux (Anna Arnaud)" });
    expect(hide).toHaveAttribute("aria-expanded", "true");
    expect(hide).toHaveFocus();
    const levels = screen.getByRole("table", { name: "Niveau et pix par compétence : Anna Arnaud" });
    expect(document.getElementById(hide.getAttribute("aria-controls")!)).toContainElement(levels);
    expect(screen.getByText("Compétences certifiables (niveau 1 ou plus) : 3 sur 3")).toBeInTheDocument();
    expect(
      within(levels)
        .getAllByRole("row")
        .slice(1)
        .map((row) => row.textContent),
    ).toEqual(["1.1 Mener une recherche18", "1.2 Gérer des données216", "1.3 Traiter des données324"]);
    await user.keyboard(" ");
    expect(screen.getByRole("button", { name: "Voir les niveaux (Anna Arnaud)" })).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByRole("table", { name: /Niveau et pix par compétence/ })).not.toBeInTheDocument();
  });

  it("has no external id column when the campaign asks for none", async () => {
    setUp(page([anna]), undefined, collection({ external_id_label: null, external_id_type: null }));
    const table = await screen.findByRole("table", { name: /Profils reçus/ });
    expect(within(table).queryByRole("columnheader", { name: "Matricule" })).not.toBeInTheDocument();
    expect(within(table).getAllByRole("columnheader")).toHaveLength(6);
  });

  it("pages like the participants list", async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 25 }, (_, i) => profile(i + 1, "Léa", `Nom${String(i).padStart(2, "0")}`));
    const api = setUp((call) =>
      call.query.page === "2" ? page([profile(26, "Zoé", "Zola")], 26, 2) : page(many, 26, 1),
    );
    expect(await screen.findByRole("table", { name: "Profils reçus : 26 au total, page 1 sur 2" })).toBeInTheDocument();
    const pagination = screen.getByRole("navigation", { name: "Pagination des profils" });
    await user.click(within(pagination).getByRole("button", { name: "Page suivante" }));
    const second = await screen.findByRole("table", { name: "Profils reçus : 26 au total, page 2 sur 2" });
    expect(within(second).getByText("Zola")).toBeInTheDocument();
    await waitFor(() => expect(second).toHaveFocus());
    expect(api.to("GET /api/v1/campaigns/42/profiles").at(-1)!.query).toEqual({ page: "2", page_size: "25" });
  });

  it("says when no profile was received yet, with no filter to offer", async () => {
    setUp(page([]));
    expect(await screen.findByText(/Aucun profil reçu pour le moment/)).toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
    expect(screen.queryByRole("searchbox")).not.toBeInTheDocument();
  });

  it("searches a participant, debounced, and counts the profiles found", async () => {
    const user = userEvent.setup();
    const api = setUp((call) => (call.query.search === "arn" ? page([anna]) : page([anna, bruno])));
    expect(await screen.findByText("2 profils")).toHaveAttribute("role", "status");
    const search = screen.getByRole("searchbox", { name: "Rechercher un participant" });
    expect(search).toHaveAccessibleDescription("Nom, prénom ou identifiant");
    await user.type(search, "  arn ");
    expect(await screen.findByText("1 profil")).toHaveAttribute("role", "status");
    expect(screen.queryByText("Zeller")).not.toBeInTheDocument();
    expect(search).toHaveFocus();
    // Typed quickly: one request for the whole word, trimmed.
    const calls = api.to("GET /api/v1/campaigns/42/profiles").map((call) => call.query);
    expect(calls).toEqual([
      { page: "1", page_size: "25" },
      { search: "arn", page: "1", page_size: "25" },
    ]);
  });

  it("filters by certifiability (Tous / Oui / Non), back to page 1", async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 25 }, (_, i) => profile(i + 1, "Léa", `Nom${String(i).padStart(2, "0")}`));
    const api = setUp((call) => {
      if (call.query.certifiable === "false") return page([bruno]);
      return call.query.page === "2" ? page([profile(26, "Zoé", "Zola")], 26, 2) : page(many, 26, 1);
    });
    await screen.findByRole("table", { name: "Profils reçus : 26 au total, page 1 sur 2" });
    await user.click(screen.getByRole("button", { name: "Page suivante" }));
    await screen.findByRole("table", { name: "Profils reçus : 26 au total, page 2 sur 2" });
    const select = screen.getByRole("combobox", { name: "Certifiable" });
    expect(within(select).getAllByRole("option").map((o) => o.textContent)).toEqual(["Tous", "Oui", "Non"]);
    select.focus();
    await user.selectOptions(select, "Non");
    expect(await screen.findByRole("table", { name: "Profils reçus : 1 au total, page 1 sur 1" })).toBeInTheDocument();
    expect(api.to("GET /api/v1/campaigns/42/profiles").at(-1)!.query).toEqual({
      certifiable: "false",
      page: "1",
      page_size: "25",
    });
    await user.selectOptions(select, "Oui");
    await waitFor(() =>
      expect(api.to("GET /api/v1/campaigns/42/profiles").at(-1)!.query).toEqual({
        certifiable: "true",
        page: "1",
        page_size: "25",
      }),
    );
    await user.selectOptions(select, "Tous");
    await waitFor(() =>
      expect(api.to("GET /api/v1/campaigns/42/profiles").at(-1)!.query).toEqual({ page: "1", page_size: "25" }),
    );
    // Each change of filter asked once, never the old page with the new filter.
    expect(
      api
        .to("GET /api/v1/campaigns/42/profiles")
        .map((call) => call.query)
        .filter((query) => query.page === "2"),
    ).toEqual([{ page: "2", page_size: "25" }]);
  });

  it("says when no profile matches the filters, and keeps the filters to change them", async () => {
    const user = userEvent.setup();
    setUp((call) => (call.query.search ? page([]) : page([anna, bruno])));
    await screen.findByRole("table", { name: /Profils reçus : 2 au total/ });
    await user.type(screen.getByRole("searchbox", { name: "Rechercher un participant" }), "personne");
    expect(await screen.findByText("Aucun profil ne correspond à ces filtres.")).toBeInTheDocument();
    expect(screen.getByText("0 profil")).toBeInTheDocument();
    expect(screen.queryByText(/Aucun profil reçu pour le moment/)).not.toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
    await user.clear(screen.getByRole("searchbox", { name: "Rechercher un participant" }));
    expect(await screen.findByRole("table", { name: /Profils reçus : 2 au total/ })).toBeInTheDocument();
  });

  it("speaks English too", async () => {
    setLocale("en");
    setUp(page([bruno]));
    const table = await screen.findByRole("table", { name: "Profiles received: 1 in all, page 1 of 1" });
    expect(within(table).getByText("No")).toBeInTheDocument();
    expect(screen.getByText("1 profile")).toBeInTheDocument();
    expect(screen.getByRole("searchbox", { name: "Search for a participant" })).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Certifiable" })).toHaveDisplayValue("All");
    expect(screen.getByRole("tab", { name: "Profiles" })).toHaveAttribute("aria-selected", "true");
  });
});
