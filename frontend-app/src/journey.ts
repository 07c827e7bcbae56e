/**
 * What the journey pages need to know about each other: the challenge page is addressed by
 * assessment id, the results page by campaign code, and neither answer carries the other
 * (nor the campaign title shown in the challenge header). The start page remembers the link
 * here (localStorage, forgotten at sign-out); a page opened without it (another device, an old
 * bookmark) asks the API for the learner's participations.
 */
import { api, type ParticipationOverview } from "@pix-libre/shared/api/client";
import { sessionStore } from "@pix-libre/shared/session";
import { STORAGE_PREFIX } from "./config";

export interface Journey {
  code: string;
  title: string;
  participationId: number;
  assessmentId: number | null;
}

const KEY = `${STORAGE_PREFIX}.journeys`;
const EVALUATIONS_KEY = `${STORAGE_PREFIX}.competence-evaluations`;

/** A competence evaluation started from the profile: what its challenge pages show and link to. */
export interface CompetenceRun {
  assessmentId: number;
  index: string;
  name: string;
}

function readAll(): Journey[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? "[]");
    return Array.isArray(parsed) ? (parsed as Journey[]) : [];
  } catch {
    return [];
  }
}

export function rememberJourney(journey: Journey): void {
  const others = readAll().filter((j) => j.participationId !== journey.participationId);
  // Most recent first; a few are plenty (the API knows them all).
  localStorage.setItem(KEY, JSON.stringify([journey, ...others].slice(0, 20)));
}

export function forgetJourneys(): void {
  localStorage.removeItem(KEY);
  localStorage.removeItem(EVALUATIONS_KEY);
}

// Another person may sign in on this browser next: their journeys are not these.
sessionStore.subscribe(() => {
  if (!sessionStore.get()) forgetJourneys();
});

/** Remembers the participations listed by the API (newest first). */
export function rememberParticipations(items: ParticipationOverview[]): Journey[] {
  const journeys = items.map((p) => ({
    code: p.campaign_code,
    title: p.campaign_title ?? "",
    participationId: p.id,
    assessmentId: p.assessment_id ?? null,
  }));
  for (const journey of [...journeys].reverse()) rememberJourney(journey);
  return journeys;
}

/** The learner's participations as the API lists them, remembered on the way. */
export async function loadParticipations(): Promise<Journey[]> {
  return rememberParticipations((await api.myParticipations()).items);
}

async function find(match: (journey: Journey) => boolean): Promise<Journey | null> {
  const known = readAll().find(match);
  if (known) return known;
  try {
    return (await loadParticipations()).find(match) ?? null;
  } catch {
    return null;
  }
}

export function journeyOfAssessment(assessmentId: number): Promise<Journey | null> {
  return find((j) => j.assessmentId === assessmentId);
}

/** The latest participation in the campaign with this code. */
export function journeyOfCampaign(code: string): Promise<Journey | null> {
  return find((j) => j.code === code);
}

function readRuns(): CompetenceRun[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(EVALUATIONS_KEY) ?? "[]");
    return Array.isArray(parsed) ? (parsed as CompetenceRun[]) : [];
  } catch {
    return [];
  }
}

export function rememberCompetenceRun(run: CompetenceRun): void {
  const others = readRuns().filter((r) => r.assessmentId !== run.assessmentId);
  localStorage.setItem(EVALUATIONS_KEY, JSON.stringify([run, ...others].slice(0, 20)));
}

/** What an assessment belongs to: a campaign journey, a competence evaluation, or unknown. */
export interface AssessmentContext {
  journey: Journey | null;
  competence: CompetenceRun | null;
}

/**
 * Looks in what this browser remembers first, then in the learner's participations, then in
 * the profile (a competence evaluation in progress started on another device).
 */
export async function contextOfAssessment(
  assessmentId: number,
  locale: string,
): Promise<AssessmentContext> {
  const run = readRuns().find((r) => r.assessmentId === assessmentId);
  if (run) return { journey: null, competence: run };
  const journey = await journeyOfAssessment(assessmentId);
  if (journey) return { journey, competence: null };
  try {
    const card = (await api.profile(locale)).competences.find(
      (c) => c.evaluation_assessment_id === assessmentId,
    );
    if (card) {
      const found = { assessmentId, index: card.index, name: card.name };
      rememberCompetenceRun(found);
      return { journey: null, competence: found };
    }
  } catch {
    // Unknown then: the pages fall back on neutral words and links.
  }
  return { journey: null, competence: null };
}
