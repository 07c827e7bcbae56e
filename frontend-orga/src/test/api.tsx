import { render } from "@testing-library/preact";
import { syncLocation } from "@pix-libre/shared/navigation";
import { jeanne } from "@pix-libre/shared/test/api";
import { App } from "../App";

// The fetch mock, problem documents, stored session and fixtures shared with the learner app;
// Orga's own fixtures follow.
export {
  jeanne,
  mockApi,
  problem,
  signInStored,
  tokens,
  type Call,
  type Reply,
} from "@pix-libre/shared/test/api";

export const jeanneAccepted = { ...jeanne, orga_terms_accepted_at: "2025-02-01T10:00:00Z" };

export const collegeAdmin = {
  organization: { id: 7, name: "Collège Jean Moulin", type: "SCO", logo_url: null as string | null },
  role: "ADMIN",
};

export const lyceeMember = {
  organization: { id: 9, name: "Lycée Victor Hugo", type: "SCO", logo_url: null as string | null },
  role: "MEMBER",
};

export const noCampaigns = {
  items: [],
  total: 0,
  page: 1,
  page_size: 25,
  organization_has_campaigns: false,
};

export function campaign(overrides: Record<string, unknown> = {}) {
  return {
    id: 42,
    code: "TUMYUZ238",
    organization_id: 7,
    name: "Garantie jeunes - mars",
    type: "ASSESSMENT",
    title: "Diagnostic Pix emploi",
    landing_text: "Bienvenue !\n\n- **mesurer** vos compétences ;\n- *progresser*.",
    target_profile_id: "pix-emploi-diagnostic",
    competence_index: null,
    external_id_label: null,
    external_id_type: null,
    multiple_sendings: false,
    owner_id: 1,
    creator_id: 1,
    created_at: "2025-03-02T09:00:00Z",
    archived_at: null,
    ...overrides,
  };
}

export function summary(overrides: Record<string, unknown> = {}, counts: Record<string, unknown> = {}) {
  return {
    campaign: campaign(overrides),
    owner_name: "Jeanne Dupont",
    participants: 3,
    shared: 1,
    direct_link: "/campagnes/TUMYUZ238",
    ...counts,
  };
}

/** Renders the whole app at a URL, as a browser opening it would. */
export function renderAt(path: string) {
  window.history.replaceState(null, "", path);
  syncLocation();
  return render(<App />);
}
