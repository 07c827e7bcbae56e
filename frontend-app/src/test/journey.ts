/** Payloads of the journey endpoints, as the API sends them, for the page tests. */
import type {
  AnswerSummary,
  CampaignToJoin,
  Challenge,
  Correction,
  Framework,
  NextChallenge,
  Participation,
  ParticipationOverview,
  Results,
} from "@pix-libre/shared/api/client";

export const campaign: CampaignToJoin = {
  code: "TUMYUZ238",
  type: "ASSESSMENT",
  title: "Diagnostic de rentrée",
  landing_html: "<p>Bienvenue <em>à tous</em> !</p><ul><li>rechercher</li></ul>",
  organization_name: "Lycée Jean Moulin",
  organization_type: "SCO",
  organization_logo_url: null,
  external_id_label: null,
  external_id_type: null,
  multiple_sendings: false,
  is_archived: false,
};

export function participation(extra: Partial<Participation> = {}): Participation {
  return {
    id: 12,
    campaign_id: 3,
    status: "STARTED",
    created_at: "2025-09-01T08:00:00Z",
    shared_at: null,
    assessment_id: 34,
    resumed: false,
    ...extra,
  };
}

export const qcu: Challenge = {
  id: "@corbeille2-a",
  type: "QCU",
  instruction_html: "<p>Où retrouver un fichier supprimé ?</p>",
  choices: [
    { value: "1", label_html: "dans les dossiers temporaires" },
    { value: "2", label_html: "dans la <strong>corbeille</strong>" },
    { value: "3", label_html: "dans la bibliothèque" },
  ],
  segments: null,
  timer: null,
  focused: false,
  illustration: null,
  attachments: [],
};

export const qcm: Challenge = {
  ...qcu,
  id: "@navigateur3-b",
  type: "QCM",
  instruction_html: "<p>Quels sont des navigateurs ?</p>",
  choices: [
    { value: "1", label_html: "Firefox" },
    { value: "2", label_html: "Word" },
    { value: "3", label_html: "Chromium" },
  ],
};

export const qroc: Challenge = {
  ...qcu,
  id: "@url1-a",
  type: "QROC",
  instruction_html: "<p>Quelle est l'extension de ce fichier ?</p>",
  choices: null,
  segments: [{ kind: "input", key: "ext", placeholder: "par exemple : pdf" }],
};

export const qrocm: Challenge = {
  ...qcu,
  id: "@droitsAcces2-a",
  type: "QROCM-ind",
  instruction_html: "<p>Qui peut <strong>modifier</strong> le document ?</p>",
  choices: null,
  segments: [
    { kind: "text", text: "Karim : " },
    { kind: "select", key: "karim", options: ["oui", "non"] },
    { kind: "text", text: "\n\nLe **suivi** des " },
    { kind: "input", key: "b", label: "Deuxième mot", placeholder: "mot" },
    { kind: "text", text: "\n" },
  ],
  illustration: { url: "/api/v1/content-assets/r1/assets/2.3/partage.svg", alt: "Fenêtre de partage" },
  attachments: [{ url: "/api/v1/content-assets/r1/assets/2.3/budget.ods" }],
};

export function next(challenge: Challenge, answered = 0): NextChallenge {
  return { status: "challenge", assessment_id: 34, answered_count: answered, challenge };
}

export const finished: NextChallenge = { status: "finished", assessment_id: 34, answered_count: 7 };

export function overview(extra: Partial<ParticipationOverview> = {}): ParticipationOverview {
  return {
    id: 12,
    campaign_code: "TUMYUZ238",
    campaign_title: "Diagnostic de rentrée",
    organization_name: "Lycée Jean Moulin",
    status: "STARTED",
    assessment_id: 34,
    created_at: "2025-09-01T08:00:00Z",
    shared_at: null,
    mastery_percent: null,
    disabled_at: null,
    ...extra,
  };
}

export const answers: AnswerSummary[] = [1, 2, 3, 4, 5, 6, 7].map((n) => ({
  id: 100 + n,
  challenge_id: `@c${n}`,
  result: n % 2 ? "ok" : n === 4 ? "aband" : "ko",
  instruction_preview: `Question numéro ${n}…`,
}));

export const correction: Correction = {
  answer_id: 106,
  challenge_id: "@c6",
  result: "ko",
  instruction_html: "<p>Où retrouver un fichier supprimé ?</p>",
  solution_text: ["dans la corbeille"],
  explanation_html: "<p>Un fichier supprimé va d'abord dans la <strong>corbeille</strong>.</p>",
  tutorials: [
    {
      id: "tuto-corbeille",
      title: "La corbeille",
      source: "Xyoo",
      format: "vidéo",
      duration_minutes: 7,
      link: "https://example.org/corbeille",
    },
  ],
  learning_more_tutorials: [
    {
      id: "tuto-fichiers",
      title: "Comprendre les fichiers et les dossiers",
      source: "lecoinretraite",
      format: "page",
      duration_minutes: 9,
      link: "https://example.org/fichiers",
    },
  ],
};

export function results(extra: Partial<Results> = {}): Results {
  return {
    participation_id: 12,
    status: "STARTED",
    completed: true,
    mastery_percent: 65,
    validated: 13,
    tested: 20,
    competences: [
      { index: "1.2", percent: 60, validated: 3, tested: 5 },
      { index: "1.1", percent: 50, validated: 2, tested: 4 },
    ],
    stage: {
      reached: 2,
      total: 3,
      title: "Les premières bases sont là !",
      message: "Continuez à vous entraîner.",
    },
    badges: [
      { key: "pix-emploi", title: "Pix emploi – Prêt pour le CléA numérique", acquired: false },
      { key: "curieux", title: "Curieux du numérique", acquired: true },
    ],
    pix_score: 40,
    can_improve: false,
    improve_available_at: null,
    can_retry: false,
    retry_available_at: null,
    ...extra,
  };
}

export const framework: Framework = {
  release_id: "r1",
  locale: "fr",
  areas: [
    {
      code: "1",
      title: "Information et données",
      competences: [
        { index: "1.1", name: "Mener une recherche et une veille d'information", description: "", tubes: [] },
        { index: "1.2", name: "Gérer des données", description: "", tubes: [] },
      ],
    },
  ],
};
