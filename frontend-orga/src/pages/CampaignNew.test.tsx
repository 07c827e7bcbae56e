import { screen } from "@testing-library/preact";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import {
  campaign,
  collegeAdmin,
  jeanneAccepted,
  mockApi,
  problem,
  renderAt,
  signInStored,
  summary,
  type Reply,
} from "../test/api";

const framework = {
  release_id: "r1",
  locale: "fr",
  areas: [
    {
      code: "1",
      title: "Information et données",
      competences: [
        { index: "1.1", name: "Mener une recherche et une veille d'information", description: "", tubes: [] },
        { index: "1.3", name: "Traiter des données", description: "", tubes: [] },
      ],
    },
  ],
};

function setUp(create: Reply) {
  const api = mockApi({
    "GET /api/v1/me": { status: 200, body: jeanneAccepted },
    "GET /api/v1/me/memberships": { status: 200, body: { items: [collegeAdmin] } },
    "POST /api/v1/organizations/7/campaigns": create,
    "GET /api/v1/framework": { status: 200, body: framework },
    "GET /api/v1/campaigns/42": { status: 200, body: summary() },
    "GET /api/v1/campaigns/42/participants": {
      status: 200,
      body: { items: [], total: 0, page: 1, page_size: 25 },
    },
  });
  signInStored();
  renderAt("/orga/campagnes/creation");
  return api;
}

describe("Campaign creation", () => {
  it("creates an assessment on a target profile with an external id, then opens it", async () => {
    const api = setUp({ status: 201, body: campaign() });
    await userEvent.type(await screen.findByLabelText("Nom de la campagne"), "Garantie jeunes - mars");
    expect(screen.getByRole("radio", { name: "Évaluer les participants" })).toBeChecked();
    await userEvent.selectOptions(screen.getByLabelText("Que souhaitez-vous tester ?"), "Pix emploi – Diagnostic initial");
    await userEvent.click(screen.getByRole("radio", { name: "Oui" }));
    await userEvent.type(screen.getByLabelText("Libellé de l'identifiant"), "Numéro étudiant");
    await userEvent.click(screen.getByRole("radio", { name: "adresse e-mail" }));
    await userEvent.type(screen.getByLabelText("Titre du parcours"), "Diagnostic Pix emploi");
    const landing = screen.getByLabelText("Texte de la page d'accueil");
    expect(landing).toHaveAccessibleDescription(/\*italique\*, \*\*gras\*\*, listes/);
    await userEvent.type(landing, "Bienvenue");
    await userEvent.click(screen.getByLabelText(/envoyer leurs résultats plusieurs fois/));
    await userEvent.click(screen.getByRole("button", { name: "Créer la campagne" }));

    expect(await screen.findByRole("heading", { level: 1, name: "Garantie jeunes - mars" })).toBeInTheDocument();
    expect(window.location.pathname).toBe("/orga/campagnes/42");
    expect(api.to("POST /api/v1/organizations/7/campaigns")[0]!.data).toEqual({
      name: "Garantie jeunes - mars",
      type: "ASSESSMENT",
      target_profile_id: "pix-emploi-diagnostic",
      title: "Diagnostic Pix emploi",
      landing_text: "Bienvenue",
      external_id_label: "Numéro étudiant",
      external_id_type: "EMAIL",
      multiple_sendings: true,
    });
  });

  it("offers one whole competence from the framework", async () => {
    const api = setUp({ status: 201, body: campaign({ target_profile_id: null, competence_index: "1.3" }) });
    await userEvent.type(await screen.findByLabelText("Nom de la campagne"), "Tableurs");
    await userEvent.selectOptions(screen.getByLabelText("Que souhaitez-vous tester ?"), "Toute une compétence");
    const competence = await screen.findByLabelText("Compétence à tester");
    await screen.findByRole("option", { name: "1.3 Traiter des données" });
    await userEvent.selectOptions(competence, "1.3");
    await userEvent.click(screen.getByRole("button", { name: "Créer la campagne" }));
    await screen.findByRole("heading", { level: 1, name: "Garantie jeunes - mars" });
    expect(api.to("POST /api/v1/organizations/7/campaigns")[0]!.data).toMatchObject({ competence_index: "1.3" });
  });

  it("hides what to test and the title for a profiles collection", async () => {
    const api = setUp({ status: 201, body: campaign({ type: "PROFILES_COLLECTION" }) });
    await userEvent.type(await screen.findByLabelText("Nom de la campagne"), "Profils");
    await userEvent.click(screen.getByRole("radio", { name: "Collecter les profils Pix des participants" }));
    expect(screen.queryByLabelText("Que souhaitez-vous tester ?")).not.toBeInTheDocument();
    expect(screen.queryByLabelText("Titre du parcours")).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Créer la campagne" }));
    await screen.findByRole("heading", { level: 1 , name: "Garantie jeunes - mars" });
    expect(api.to("POST /api/v1/organizations/7/campaigns")[0]!.data).toEqual({
      name: "Profils",
      type: "PROFILES_COLLECTION",
      landing_text: null,
      multiple_sendings: false,
    });
  });

  it("checks the name and the test before sending", async () => {
    const api = setUp({ status: 201, body: campaign() });
    await userEvent.click(await screen.findByRole("button", { name: "Créer la campagne" }));
    const name = screen.getByLabelText("Nom de la campagne");
    expect(name).toHaveAccessibleDescription(/Veuillez donner un nom à la campagne\./);
    expect(name).toHaveFocus();
    expect(screen.getByLabelText("Que souhaitez-vous tester ?")).toHaveAccessibleDescription(
      "Veuillez choisir ce que vous souhaitez tester.",
    );
    expect(api.to("POST /api/v1/organizations/7/campaigns")).toHaveLength(0);
  });

  it("shows each error of a 422 on its field", async () => {
    setUp(
      problem(422, "VALIDATION_ERROR", {
        errors: [
          { field: "name", code: "CAMPAIGN_NAME_IS_REQUIRED", message: "Name required" },
          { field: "target_profile_id", code: "TARGET_PROFILE_NOT_FOUND", message: "Unknown" },
          { field: "landing_text", code: "LANDING_TEXT_IS_TOO_LONG", message: "Too long" },
          { field: "external_id_type", code: "MISSING_EXTERNAL_ID_TYPE", message: "Missing" },
        ],
      }),
    );
    await userEvent.type(await screen.findByLabelText("Nom de la campagne"), "  x");
    await userEvent.selectOptions(screen.getByLabelText("Que souhaitez-vous tester ?"), "pix-emploi-clea");
    await userEvent.click(screen.getByRole("radio", { name: "Oui" }));
    await userEvent.type(screen.getByLabelText("Libellé de l'identifiant"), "Numéro");
    await userEvent.click(screen.getByRole("button", { name: "Créer la campagne" }));

    const name = screen.getByLabelText("Nom de la campagne");
    await screen.findAllByRole("alert");
    expect(name).toHaveAccessibleDescription(/Veuillez donner un nom à la campagne\./);
    expect(name).toHaveFocus();
    expect(screen.getByLabelText("Que souhaitez-vous tester ?")).toHaveAccessibleDescription("Ce parcours n'existe pas.");
    expect(screen.getByLabelText("Texte de la page d'accueil")).toHaveAccessibleDescription(
      /ne doit pas dépasser 5 000 caractères/,
    );
    expect(screen.getByRole("group", { name: "Type de l'identifiant" })).toHaveAccessibleDescription(
      "Veuillez choisir le type de l'identifiant.",
    );
    expect(window.location.pathname).toBe("/orga/campagnes/creation");
  });
});
