/**
 * What the profile, a competence page and the certification page read the same way from a
 * profile card: its state (and so its action), starting or resuming its evaluation, the reset
 * delay.
 */
import { api, type CompetenceCard, type Framework } from "@pix-libre/shared/api/client";
import type { MessageKey } from "@pix-libre/shared/i18n";
import { navigate } from "@pix-libre/shared/navigation";
import { rememberCompetenceRun } from "./journey";

/** Never tested (or reset), an evaluation in progress, or tested with no evaluation running. */
export type CardState = "todo" | "running" | "tested";

export function cardState(card: CompetenceCard): CardState {
  if (card.evaluation_assessment_id != null) return "running";
  return card.status === "STARTED" ? "tested" : "todo";
}

export const STATUS_LABEL: Record<CardState, MessageKey> = {
  todo: "profile.status.todo",
  running: "profile.status.running",
  tested: "profile.status.tested",
};

export const ACTION_LABEL: Record<CardState, MessageKey> = {
  todo: "profile.action.todo",
  running: "profile.action.running",
  tested: "profile.action.tested",
};

/** Level 1 in this many competences makes a profile certifiable. */
export const CERTIFIABLE_COMPETENCES = 5;

/**
 * Starts (or resumes) the competence evaluation, remembers which competence the assessment
 * tests (for the challenge header and the end of the test), then opens its first challenge.
 */
export async function playCompetence(card: CompetenceCard): Promise<void> {
  const evaluation = await api.startCompetenceEvaluation(card.index);
  rememberCompetenceRun({ assessmentId: evaluation.assessment_id, index: card.index, name: card.name });
  navigate(`/evaluation/${evaluation.assessment_id}`);
}

/** Whole days until a date, at least 1 while it is in the future. */
export function daysUntil(date: Date, now = new Date()): number {
  return Math.max(1, Math.ceil((date.getTime() - now.getTime()) / 86_400_000));
}

export function formatDate(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { dateStyle: "long" }).format(date);
}

export type Area = Framework["areas"][number];
export type FrameworkCompetence = Area["competences"][number];

/** The framework's competences by index, with the area each belongs to. */
export function competencesOf(
  framework: Framework | null,
): Record<string, { competence: FrameworkCompetence; area: Area }> {
  const found: Record<string, { competence: FrameworkCompetence; area: Area }> = {};
  for (const area of framework?.areas ?? []) {
    for (const competence of area.competences) found[competence.index] = { competence, area };
  }
  return found;
}
