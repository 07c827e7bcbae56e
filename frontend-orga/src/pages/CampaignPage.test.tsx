import { screen, waitFor, within } from "@testing-library/preact";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import {
  campaign,
  collegeAdmin,
  jeanneAccepted,
  lyceeMember,
  mockApi,
  noCampaigns,
  problem,
  renderAt,
  signInStored,
  summary,
  type Call,
  type Reply,
} from "../test/api";

const participants = [
  { participation_id: 1, first_name: "Ada", last_name: "Lovelace", external_id: "E-1", status: "STARTED", created_at: "2025-03-03T10:00:00Z", shared_at: null, mastery_percent: null },
  { participation_id: 2, first_name: "Alan", last_name: "Turing", external_id: "E-2", status: "TO_SHARE", created_at: "2025-03-03T10:00:00Z", shared_at: null, mastery_percent: null },
  { participation_id: 3, first_name: "Grace", last_name: "Hopper", external_id: "E-3", status: "SHARED", created_at: "2025-03-03T10:00:00Z", shared_at: "2025-03-04T10:00:00Z", mastery_percent: 15 },
  { participation_id: 4, first_name: "Katherine", last_name: "Johnson", external_id: "E-4", status: "SHARED", created_at: "2025-03-03T10:00:00Z", shared_at: "2025-03-04T10:00:00Z", mastery_percent: 50 },
  { participation_id: 5, first_name: "Margaret", last_name: "Hamilton", external_id: "E-5", status: "SHARED", created_at: "2025-03-03T10:00:00Z", shared_at: "2025-03-04T10:00:00Z", mastery_percent: 51 },
  { participation_id: 6, first_name: "Hedy", last_name: "Lamarr", external_id: "E-6", status: "SHARED", created_at: "2025-03-03T10:00:00Z", shared_at: "2025-03-04T10:00:00Z", mastery_percent: 81 },
];

function setUp(
  extra: Record<string, Reply | Reply[] | ((call: Call) => Reply)> = {},
  memberships: unknown[] = [collegeAdmin],
  path = "/orga/campagnes/42",
) {
  const api = mockApi({
    "GET /api/v1/me": { status: 200, body: jeanneAccepted },
    "GET /api/v1/me/memberships": { status: 200, body: { items: memberships } },
    "GET /api/v1/campaigns/42": { status: 200, body: summary({ external_id_label: "Numéro étudiant", external_id_type: "STRING" }) },
    "GET /api/v1/campaigns/42/participants": (call) => ({
      status: 200,
      body: {
        items: participants.filter((p) => !call.query.status || p.status === call.query.status),
        total: participants.length,
        page: 1,
        page_size: 25,
      },
    }),
    ...extra,
  });
  signInStored();
  renderAt(path);
  return api;
}

describe("Campaign page", () => {
  it("shows the code, the direct link and the counts, and copies the code", async () => {
    const user = userEvent.setup();
    setUp();
    expect(await screen.findByRole("heading", { level: 1, name: "Garantie jeunes - mars" })).toBeInTheDocument();
    expect(screen.getByText("TUMYUZ238")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "http://localhost:3000/campagnes/TUMYUZ238" })).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Copier le code" }));
    expect(await screen.findByText("Code copié !")).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe("TUMYUZ238");

    await user.click(screen.getByRole("button", { name: "Copier le lien" }));
    expect(await screen.findByText("Lien copié !")).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe("http://localhost:3000/campagnes/TUMYUZ238");
  });

  it("exports the results through a one-time link", async () => {
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.getAttribute("href") ?? "");
    });
    const api = setUp({
      "POST /api/v1/campaigns/42/export-tokens": {
        status: 201,
        body: { token: "t0k", expires_in: 60, url: "/api/v1/campaigns/42/results.csv?token=t0k" },
      },
    });
    await userEvent.click(await screen.findByRole("button", { name: "Exporter les résultats (.csv)" }));
    await waitFor(() => expect(clicked).toEqual(["/api/v1/campaigns/42/results.csv?token=t0k"]));
    expect(api.to("POST /api/v1/campaigns/42/export-tokens")).toHaveLength(1);
  });

  it("archives after a confirmation, then offers to unarchive", async () => {
    const archived = campaign({ archived_at: "2025-04-01T00:00:00Z" });
    const api = setUp({
      "PUT /api/v1/campaigns/42/archive": { status: 200, body: archived },
      "DELETE /api/v1/campaigns/42/archive": { status: 200, body: campaign() },
    });
    await userEvent.click(await screen.findByRole("button", { name: "Archiver" }));
    const confirm = screen.getByRole("group", { name: "Archiver cette campagne ?" });
    expect(confirm).toHaveFocus();
    expect(api.to("PUT /api/v1/campaigns/42/archive")).toHaveLength(0);

    await userEvent.click(within(confirm).getByRole("button", { name: "Oui, archiver" }));
    expect(await screen.findByText("La campagne a été archivée.")).toBeInTheDocument();
    expect(screen.getByText("Archivée")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Modifier" })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole("button", { name: "Désarchiver" }));
    await userEvent.click(screen.getByRole("button", { name: "Oui, désarchiver" }));
    expect(await screen.findByText("La campagne a été désarchivée.")).toBeInTheDocument();
    expect(api.to("DELETE /api/v1/campaigns/42/archive")).toHaveLength(1);
  });

  it("lets a member who does not own the campaign read it only", async () => {
    setUp({ "GET /api/v1/campaigns/42": { status: 200, body: summary({ organization_id: 9, owner_id: 99 }) } }, [lyceeMember]);
    await screen.findByRole("heading", { level: 1, name: "Garantie jeunes - mars" });
    expect(screen.getByRole("button", { name: "Exporter les résultats (.csv)" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Modifier" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Archiver" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Supprimer la campagne" })).not.toBeInTheDocument();
    const table = await screen.findByRole("table", { name: /Participants : 6 au total/ });
    expect(within(table).queryByRole("columnheader", { name: "Actions" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Supprimer la participation/ })).not.toBeInTheDocument();
  });

  it("deletes the campaign after a confirmation that says it is final, and says so on the list", async () => {
    const user = userEvent.setup();
    const api = setUp({
      "DELETE /api/v1/campaigns/42": { status: 204 },
      "GET /api/v1/organizations/7/campaigns": { status: 200, body: noCampaigns },
    });
    const button = await screen.findByRole("button", { name: "Supprimer la campagne" });
    await user.click(button);
    const confirm = screen.getByRole("group", { name: "Supprimer cette campagne ?" });
    expect(confirm).toHaveFocus();
    expect(confirm).toHaveTextContent("« Garantie jeunes - mars » et ses participations (3) seront supprimées");
    expect(confirm).toHaveTextContent("Cette action est définitive.");
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("group", { name: "Supprimer cette campagne ?" })).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    expect(api.to("DELETE /api/v1/campaigns/42")).toHaveLength(0);

    await user.click(button);
    await user.click(screen.getByRole("button", { name: "Oui, supprimer la campagne" }));
    const notice = await screen.findByText("La campagne « Garantie jeunes - mars » a été supprimée.");
    // The button is gone with its page: the focus is on the message, not lost on the body.
    expect(notice.closest("[tabindex]")).toHaveFocus();
    expect(window.location.pathname).toBe("/orga/campagnes");
    expect(api.to("DELETE /api/v1/campaigns/42")).toHaveLength(1);
  });

  it("edits the name, title and landing text", async () => {
    const api = setUp({
      "PATCH /api/v1/campaigns/42": [
        problem(422, "VALIDATION_ERROR", {
          errors: [{ field: "landing_text", code: "LANDING_TEXT_IS_TOO_LONG", message: "Too long" }],
        }),
        { status: 200, body: campaign({ name: "Nouveau nom" }) },
      ],
    });
    await userEvent.click(await screen.findByRole("button", { name: "Modifier" }));
    const name = screen.getByRole("textbox", { name: "Nom de la campagne" });
    expect(name).toHaveFocus();
    await userEvent.clear(name);
    await userEvent.type(name, "Nouveau nom");
    await userEvent.click(screen.getByRole("button", { name: "Enregistrer" }));
    expect(await screen.findByRole("textbox", { name: "Texte de la page d'accueil" })).toHaveAccessibleDescription(
      /ne doit pas dépasser 5 000 caractères/,
    );
    await userEvent.click(screen.getByRole("button", { name: "Enregistrer" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Nouveau nom" })).toBeInTheDocument();
    expect(screen.getByText("Les modifications ont été enregistrées.")).toBeInTheDocument();
    expect(api.to("PATCH /api/v1/campaigns/42")[1]!.data).toMatchObject({ name: "Nouveau nom", title: "Diagnostic Pix emploi" });
  });

  it("says so when the campaign does not exist", async () => {
    setUp({ "GET /api/v1/campaigns/42": problem(404, "CAMPAIGN_NOT_FOUND") });
    expect(await screen.findByRole("heading", { level: 1, name: "Campagne introuvable" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Retour aux campagnes" })).toHaveAttribute("href", "/orga/campagnes");
  });
});

describe("Participants tab", () => {
  it("deletes a participant after a confirmation, then updates the list and the counts", async () => {
    const user = userEvent.setup();
    let deleted = false;
    const api = setUp({
      "DELETE /api/v1/campaigns/42/participants/2": () => {
        deleted = true;
        return { status: 204 };
      },
      "GET /api/v1/campaigns/42": () => ({
        status: 200,
        body: summary({ external_id_label: "Numéro étudiant", external_id_type: "STRING" }, { participants: deleted ? 2 : 3 }),
      }),
      "GET /api/v1/campaigns/42/participants": () => {
        const items = participants.filter((p) => !deleted || p.participation_id !== 2);
        return { status: 200, body: { items, total: items.length, page: 1, page_size: 25 } };
      },
    });
    await user.click(await screen.findByRole("button", { name: "Supprimer la participation de Alan Turing" }));
    const confirm = screen.getByRole("group", { name: "Supprimer la participation de Alan Turing ?" });
    expect(confirm).toHaveFocus();
    expect(confirm).toHaveTextContent("ne pourra plus la rejoindre");
    await user.click(within(confirm).getByRole("button", { name: "Oui, supprimer la participation" }));

    const notice = await screen.findByText("La participation de Alan Turing a été supprimée.");
    expect(notice.closest("[tabindex]")).toHaveFocus();
    await waitFor(() => expect(screen.queryByRole("row", { name: /Turing/ })).not.toBeInTheDocument());
    expect(await screen.findByRole("tab", { name: "Participants (2)" })).toBeInTheDocument();
    expect(api.to("DELETE /api/v1/campaigns/42/participants/2")).toHaveLength(1);
  });

  it("goes back a page when the only participant of the last page is deleted", async () => {
    const user = userEvent.setup();
    let deleted = false;
    const row = (n: number) => ({ ...participants[0]!, participation_id: n, first_name: `P${n}`, last_name: `Nom${n}` });
    setUp({
      "DELETE /api/v1/campaigns/42/participants/26": () => {
        deleted = true;
        return { status: 204 };
      },
      "GET /api/v1/campaigns/42/participants": (call) => {
        const total = deleted ? 25 : 26;
        const items =
          call.query.page === "2" ? (deleted ? [] : [row(26)]) : Array.from({ length: 25 }, (_, i) => row(i + 1));
        return { status: 200, body: { items, total, page: Number(call.query.page ?? 1), page_size: 25 } };
      },
    });
    await user.click(await screen.findByRole("button", { name: "Page suivante" }));
    await user.click(await screen.findByRole("button", { name: "Supprimer la participation de P26 Nom26" }));
    await user.click(screen.getByRole("button", { name: "Oui, supprimer la participation" }));
    expect(await screen.findByRole("table", { name: "Participants : 25 au total, page 1 sur 1" })).toBeInTheDocument();
    expect(screen.queryByText("Aucun participant", { exact: false })).not.toBeInTheDocument();
  });

  it("says why a deletion failed and keeps the participant", async () => {
    const user = userEvent.setup();
    setUp({ "DELETE /api/v1/campaigns/42/participants/2": problem(404, "PARTICIPATION_NOT_FOUND") });
    await user.click(await screen.findByRole("button", { name: "Supprimer la participation de Alan Turing" }));
    await user.click(screen.getByRole("button", { name: "Oui, supprimer la participation" }));
    expect(
      await screen.findByText("Cette participation n'existe plus : elle a peut-être déjà été supprimée."),
    ).toBeInTheDocument();
    expect(screen.getByRole("row", { name: /Turing/ })).toBeInTheDocument();
  });

  it("shows each status, and the mastery with stars and their words", async () => {
    setUp();
    const table = await screen.findByRole("table", { name: /Participants : 6 au total/ });
    expect(within(table).getAllByRole("columnheader").map((th) => th.textContent)).toEqual([
      "Nom",
      "Prénom",
      "Numéro étudiant",
      "Commencé le",
      "Résultat",
      "Actions",
    ]);
    const result = (name: string) => within(within(table).getByRole("row", { name: new RegExp(name) })).getAllByRole("cell").at(3)!;
    expect(result("Lovelace")).toHaveTextContent("En cours de test");
    expect(result("Turing")).toHaveTextContent("En attente");
    expect(result("Hopper")).toHaveTextContent("15 %");
    expect(result("Hopper")).toHaveTextContent("1 étoile sur 4 : niveau insuffisant");
    expect(result("Johnson")).toHaveTextContent("2 étoiles sur 4 : niveau fragile");
    expect(result("Hamilton")).toHaveTextContent("3 étoiles sur 4 : niveau satisfaisant");
    expect(result("Lamarr")).toHaveTextContent("81 %");
    expect(result("Lamarr")).toHaveTextContent("4 étoiles sur 4 : très bon niveau");
    expect(screen.getByRole("tab", { name: "Participants (3)" })).toHaveAttribute("aria-selected", "true");
  });

  it("sends a profiles collection's shared rows to its Profils tab, not to test results", async () => {
    setUp({
      "GET /api/v1/campaigns/42": {
        status: 200,
        body: summary({ type: "PROFILES_COLLECTION", target_profile_id: null, external_id_label: null, external_id_type: null }),
      },
      "GET /api/v1/campaigns/42/profiles": { status: 200, body: { items: [], total: 0, page: 1, page_size: 25 } },
    });
    const table = await screen.findByRole("table", { name: /Participants : 6 au total/ });
    expect(within(table).queryByRole("link", { name: "Hopper" })).not.toBeInTheDocument();
    const row = within(table).getByRole("row", { name: /Hopper/ });
    expect(within(row).queryByText(/étoile/)).not.toBeInTheDocument();
    await userEvent.click(within(row).getByRole("link", { name: "Profil envoyé" }));
    await waitFor(() => expect(window.location.pathname).toBe("/orga/campagnes/42/profils"));
    expect(await screen.findByRole("tab", { name: "Profils" })).toHaveAttribute("aria-selected", "true");
  });

  it("filters by status and searches", async () => {
    const api = setUp();
    await screen.findByRole("table");
    await userEvent.selectOptions(screen.getByLabelText("Statut"), "En attente");
    await waitFor(() => expect(screen.queryByText("Lovelace")).not.toBeInTheDocument());
    expect(screen.getByText("Turing")).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText(/Rechercher un participant/), "tur");
    await waitFor(() =>
      expect(api.to("GET /api/v1/campaigns/42/participants").at(-1)!.query).toEqual({
        status: "TO_SHARE",
        search: "tur",
        page: "1",
        page_size: "25",
      }),
    );
  });

  it("tells when nobody started yet", async () => {
    setUp({
      "GET /api/v1/campaigns/42/participants": { status: 200, body: { items: [], total: 0, page: 1, page_size: 25 } },
    });
    expect(await screen.findByText(/Aucun participant pour le moment/)).toBeInTheDocument();
  });
});

describe("Details tab", () => {
  it("shows what is tested, the external id and a preview of the landing text, by keyboard", async () => {
    setUp();
    const participantsTab = await screen.findByRole("tab", { name: "Participants (3)" });
    participantsTab.focus();
    await userEvent.keyboard("{End}");
    const details = screen.getByRole("tab", { name: "Détails" });
    expect(details).toHaveFocus();
    expect(details).toHaveAttribute("aria-selected", "true");
    const panel = screen.getByRole("tabpanel", { name: "Détails" });
    expect(within(panel).getByText("Pix emploi – Diagnostic initial")).toBeInTheDocument();
    expect(within(panel).getByText("Numéro étudiant (texte)")).toBeInTheDocument();
    expect(within(panel).getByText("mesurer").tagName).toBe("STRONG");
    expect(within(panel).getByText("progresser").tagName).toBe("EM");
    expect(within(panel).getAllByRole("listitem")).toHaveLength(2);
  });
});

describe("The tab in the URL", () => {
  const analysis = { shared_participants: 0, competences: [], tubes: [] };

  it("opens the tab a link names, as after a reload", async () => {
    mockApi({
      "GET /api/v1/me": { status: 200, body: jeanneAccepted },
      "GET /api/v1/me/memberships": { status: 200, body: { items: [collegeAdmin] } },
      "GET /api/v1/campaigns/42": { status: 200, body: summary() },
      "GET /api/v1/campaigns/42/analysis": { status: 200, body: analysis },
    });
    signInStored();
    renderAt("/orga/campagnes/42/analyse");
    expect(await screen.findByRole("tab", { name: "Analyse" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("tabpanel", { name: "Analyse" })).toBeInTheDocument();
  });

  it("puts each chosen tab in the URL, and the back button returns to the previous one", async () => {
    const user = userEvent.setup();
    setUp({
      "GET /api/v1/campaigns/42/analysis": { status: 200, body: analysis },
      "GET /api/v1/campaigns/42/activity": {
        status: 200,
        body: { statuses: { started: 0, to_share: 0, shared: 0 }, days: [], stages: [], mastery_bands: [] },
      },
    });
    await user.click(await screen.findByRole("tab", { name: "Résultats collectifs" }));
    expect(window.location.pathname).toBe("/orga/campagnes/42/resultats-collectifs");
    await user.click(screen.getByRole("tab", { name: "Détails" }));
    expect(window.location.pathname).toBe("/orga/campagnes/42/details");
    // The keyboard moves between tabs without the page taking the focus back to its heading.
    await user.keyboard("{Home}");
    expect(window.location.pathname).toBe("/orga/campagnes/42/activite");
    expect(screen.getByRole("tab", { name: "Activité" })).toHaveFocus();

    window.history.back();
    await waitFor(() => expect(window.location.pathname).toBe("/orga/campagnes/42/details"));
    await waitFor(() => expect(screen.getByRole("tab", { name: "Détails" })).toHaveAttribute("aria-selected", "true"));
    window.history.go(-2);
    await waitFor(() => expect(window.location.pathname).toBe("/orga/campagnes/42"));
    await waitFor(() => expect(screen.getByRole("tab", { name: "Participants (3)" })).toHaveAttribute("aria-selected", "true"));
  });

  it("sends a tab the campaign has not to its main tab, and an unknown one to the not-found page", async () => {
    const api = setUp({}, [collegeAdmin], "/orga/campagnes/42/profils");
    expect(await screen.findByRole("tab", { name: "Participants (3)" })).toHaveAttribute("aria-selected", "true");
    expect(window.location.pathname).toBe("/orga/campagnes/42");
    expect(api.to("GET /api/v1/campaigns/42/profiles")).toHaveLength(0);
  });

  it("says an unknown tab is not a page", async () => {
    setUp({}, [collegeAdmin], "/orga/campagnes/42/nimporte-quoi");
    expect(await screen.findByRole("heading", { level: 1, name: "Page introuvable" })).toBeInTheDocument();
  });
});
