/** Payloads of the profile, competence and "Mes tutos" endpoints, for the page tests. */
import type { CompetenceCard, Framework, Profile, TutorialCard } from "@pix-libre/shared/api/client";

const NAMES: [string, string][] = [
  ["1.1", "Mener une recherche et une veille d'information"],
  ["1.2", "Gérer des données"],
  ["1.3", "Traiter des données"],
  ["2.1", "Interagir"],
  ["2.2", "Partager et publier"],
  ["2.3", "Collaborer"],
  ["2.4", "S'insérer dans le monde numérique"],
  ["3.1", "Développer des documents textuels"],
  ["3.2", "Développer des documents multimédia"],
  ["3.3", "Adapter les documents à leur finalité"],
  ["3.4", "Programmer"],
  ["4.1", "Sécuriser l'environnement numérique"],
  ["4.2", "Protéger les données personnelles et la vie privée"],
  ["4.3", "Protéger la santé, le bien-être et l'environnement"],
  ["5.1", "Résoudre des problèmes techniques"],
  ["5.2", "Construire un environnement numérique"],
];

const AREAS = ["Information et données", "Communication et collaboration", "Création de contenu", "Protection et sécurité", "Environnement numérique"];

export function card(index: string, extra: Partial<CompetenceCard> = {}): CompetenceCard {
  return {
    index,
    area_code: index.split(".")[0]!,
    name: NAMES.find(([i]) => i === index)![1],
    level: 0,
    pix: 0,
    status: "NOT_STARTED",
    evaluation_assessment_id: null,
    reset_available_at: null,
    ...extra,
  };
}

/** 16 untested competences, some replaced by `changed` (by index). */
export function profile(changed: CompetenceCard[] = [], extra: Partial<Profile> = {}): Profile {
  const competences = NAMES.map(([index]) => changed.find((c) => c.index === index) ?? card(index));
  return {
    competences,
    total_pix: competences.reduce((sum, c) => sum + c.pix, 0),
    max_pix: 1024,
    certifiable: false,
    ...extra,
  };
}

export const fullFramework: Framework = {
  release_id: "r1",
  locale: "fr",
  areas: AREAS.map((title, i) => ({
    code: String(i + 1),
    title,
    competences: NAMES.filter(([index]) => index.startsWith(`${i + 1}.`)).map(([index, name]) => ({
      index,
      name,
      description: index === "1.1" ? "Chercher une information et suivre l'actualité d'un sujet." : "",
      tubes: [],
    })),
  })),
};

export function tutorial(id: string, extra: Partial<TutorialCard> = {}): TutorialCard {
  return {
    id,
    title: `Tuto ${id}`,
    source: "Les bons clics",
    format: "vidéo",
    duration_minutes: 5,
    link: `https://example.org/${id}`,
    competence_index: "1.1",
    saved: false,
    useful: false,
    ...extra,
  };
}
