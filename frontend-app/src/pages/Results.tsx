import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import { ApiError, api, type Results as ResultsData } from "@pix-libre/shared/api/client";
import { Alert } from "@pix-libre/shared/components/Alert";
import { usePageTitle } from "@pix-libre/shared/components/usePageTitle";
import { errorMessage, useI18n } from "@pix-libre/shared/i18n";
import { Link, navigate, type PageProps } from "@pix-libre/shared/navigation";
import { focusHeadingIfLost } from "../focus";
import { journeyOfCampaign, rememberJourney, type Journey } from "../journey";

type State =
  | { kind: "loading" }
  | { kind: "none" }
  | { kind: "failed"; message: string }
  | {
      kind: "ready";
      journey: Journey;
      results: ResultsData;
      names: Record<string, string>;
      /** A profiles collection: no test, the learner sends their Pix profile as it is. */
      profiles: boolean;
      /** The organisation archived the campaign: results can no longer be sent. */
      archived: boolean;
    };

/** The learner's results in a campaign, and "J'envoie mes résultats". Printable. */
export function Results({ params }: PageProps) {
  const { t, locale } = useI18n();
  const code = (params.code ?? "").toUpperCase();
  const [state, setState] = useState<State>({ kind: "loading" });
  const [shareError, setShareError] = useState<string>();
  const [sharing, setSharing] = useState(false);
  const [justShared, setJustShared] = useState(false);
  const confirmation = useRef<HTMLParagraphElement>(null);
  const [againError, setAgainError] = useState<string>();
  const [starting, setStarting] = useState(false);

  useEffect(() => {
    let live = true;
    (async () => {
      try {
        const journey = await journeyOfCampaign(code);
        if (!journey) {
          if (live) setState({ kind: "none" });
          return;
        }
        const [results, framework, campaign] = await Promise.all([
          api.results(journey.participationId, locale),
          api.framework(locale).catch(() => null),
          api.campaignToJoin(code).catch(() => null),
        ]);
        if (!journey.title && campaign?.title) journey.title = campaign.title;
        const names: Record<string, string> = {};
        for (const area of framework?.areas ?? []) {
          for (const competence of area.competences) names[competence.index] = competence.name;
        }
        const profiles = campaign?.type === "PROFILES_COLLECTION";
        const archived = campaign?.is_archived ?? false;
        if (live) setState({ kind: "ready", journey, results, names, profiles, archived });
      } catch (error) {
        if (!live) return;
        if (error instanceof ApiError && error.status === 404) setState({ kind: "none" });
        else setState({ kind: "failed", message: errorMessage(t, error) });
      }
    })();
    return () => {
      live = false;
    };
  }, [code, locale]);

  useLayoutEffect(() => {
    if (state.kind !== "loading") focusHeadingIfLost();
  }, [state.kind]);

  usePageTitle(t("results.title"));

  async function share() {
    if (state.kind !== "ready" || sharing) return;
    setSharing(true);
    setShareError(undefined);
    try {
      const results = await api.shareResults(state.journey.participationId, locale);
      setState({ ...state, results });
      setJustShared(true);
    } catch (error) {
      if (error instanceof ApiError && error.code === "PARTICIPATION_ALREADY_SHARED") {
        setState({ ...state, results: { ...state.results, status: "SHARED" } });
        setJustShared(true);
      } else {
        setShareError(errorMessage(t, error));
      }
    } finally {
      setSharing(false);
    }
  }

  /** "Je retente": improve before sharing, or a new participation after sharing. */
  async function playAgain() {
    if (state.kind !== "ready" || starting) return;
    const { journey, results } = state;
    setStarting(true);
    setAgainError(undefined);
    try {
      const participation = results.can_improve
        ? await api.improveParticipation(journey.participationId)
        : await api.retryParticipation(journey.participationId);
      rememberJourney({
        ...journey,
        participationId: participation.id,
        assessmentId: participation.assessment_id,
      });
      if (participation.assessment_id !== null) navigate(`/evaluation/${participation.assessment_id}`);
    } catch (error) {
      setAgainError(errorMessage(t, error));
      setStarting(false);
    }
  }

  useLayoutEffect(() => {
    // The button is gone: focus goes to the sentence that replaced it.
    if (justShared) confirmation.current?.focus();
  }, [justShared]);

  if (state.kind === "loading") {
    return (
      <section class="page">
        <p role="status">{t("app.loading")}</p>
      </section>
    );
  }
  if (state.kind !== "ready") {
    return (
      <section class="page page--narrow">
        <h1>{t("results.title")}</h1>
        <Alert kind={state.kind === "none" ? "info" : "error"}>
          {state.kind === "none" ? t("results.none") : state.message}
        </Alert>
        <p>
          <Link href={`/campagnes/${code}`}>{t("start.backToCampaign")}</Link>
        </p>
      </section>
    );
  }

  const { journey, results, names, profiles, archived } = state;
  const shared = results.status === "SHARED";
  const stage = results.stage;
  const competences = [...results.competences].sort((a, b) =>
    a.index.localeCompare(b.index, undefined, { numeric: true }),
  );

  return (
    <section class="page results">
      {journey.title && <p class="results__campaign">{journey.title}</p>}
      <h1>{t("results.title")}</h1>

      {!results.completed && (
        <Alert kind="info">
          <p>{t("results.notCompleted")}</p>
          {journey.assessmentId !== null && (
            <p>
              <Link href={`/evaluation/${journey.assessmentId}`} class="button button--small">
                {t("home.resume")}
              </Link>
            </p>
          )}
        </Alert>
      )}

      <div class="card results__summary">
        {profiles ? (
          <p class="results__mastery">
            {t("results.profileBefore")}{" "}
            <strong class="results__percent">{t("results.pix", { n: results.pix_score })}</strong>
          </p>
        ) : (
          <>
            <p class="results__mastery">
              {t("results.masteryBefore")}{" "}
              <strong class="results__percent">{t("results.percent", { n: results.mastery_percent })}</strong>{" "}
              {t("results.masteryAfter")}
            </p>
            <p class="results__skills">
              {t("results.skills", { validated: results.validated, tested: results.tested })}
            </p>
          </>
        )}

        {stage && (
          <div class="stage">
            {stage.total > 1 && (
              <p
                class="stage__stars"
                role="img"
                aria-label={t("results.stars", { n: stage.reached - 1, total: stage.total - 1 })}
              >
                {Array.from({ length: stage.total - 1 }, (_, i) => (
                  <span class={i < stage.reached - 1 ? "star star--on" : "star"}>{i < stage.reached - 1 ? "★" : "☆"}</span>
                ))}
              </p>
            )}
            <h2 class="stage__title">{stage.title}</h2>
            <p class="stage__message">{stage.message}</p>
          </div>
        )}

        <div class="results__share" aria-live="polite">
          {shared ? (
            <p ref={confirmation} tabIndex={-1} class="alert alert--success results__shared">
              <span aria-hidden="true">✓ </span>
              {profiles ? t("results.profileShared") : t("results.shared")}
            </p>
          ) : (
            results.completed &&
            (archived ? (
              <Alert kind="info">{t("error.CAMPAIGN_ARCHIVED")}</Alert>
            ) : (
              <>
                <p>{profiles ? t("results.profileShareIntro") : t("results.shareIntro")}</p>
                {shareError && <Alert>{shareError}</Alert>}
                <button type="button" class="button" aria-disabled={sharing} onClick={() => void share()}>
                  {sharing ? t("form.sending") : profiles ? t("results.profileShare") : t("results.share")}
                </button>
              </>
            ))
          )}
        </div>
      </div>

      {(results.can_improve || results.can_retry) && (
        <div class="card results__again no-print">
          <h2>{t("results.againTitle")}</h2>
          <p>{results.can_improve ? t("results.improveIntro") : t("results.retryIntro")}</p>
          {againError && <Alert>{againError}</Alert>}
          <button type="button" class="button button--secondary" aria-disabled={starting} onClick={() => void playAgain()}>
            {starting ? t("form.sending") : t("results.again")}
          </button>
        </div>
      )}

      {competences.length > 0 && (
        <div class="card">
          <h2>{t("results.details")}</h2>
          <table class="competence-results">
            <caption class="visually-hidden">{t("results.tableCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("results.competence")}</th>
                <th scope="col">{t("results.result")}</th>
              </tr>
            </thead>
            <tbody>
              {competences.map((competence) => (
                <tr>
                  <th scope="row">
                    <span class="competence-results__index">{competence.index}</span>{" "}
                    {names[competence.index] ?? ""}
                  </th>
                  <td>
                    <div class="bar" aria-hidden="true">
                      <div class="bar__fill" style={{ width: `${Math.max(0, Math.min(100, competence.percent))}%` }} />
                    </div>
                    <span class="bar__text">{t("results.percent", { n: competence.percent })}</span>{" "}
                    <span class="bar__detail">
                      {t("results.competenceSkills", { validated: competence.validated, tested: competence.tested })}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {results.badges.length > 0 && (
        <div class="card">
          <h2>{t("results.badges")}</h2>
          <ul class="badges">
            {results.badges.map((badge) => (
              <li class={`badge${badge.acquired ? " badge--acquired" : ""}`} key={badge.key}>
                <span class="badge__icon" aria-hidden="true">
                  {badge.acquired ? "🏅" : "○"}
                </span>
                <span class="badge__title">{badge.title}</span>
                <span class="badge__status">
                  {badge.acquired ? t("results.badgeAcquired") : t("results.badgeNotAcquired")}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}

      <p class="results__print no-print">
        <button type="button" class="button button--secondary" onClick={() => window.print()}>
          {t("results.print")}
        </button>
      </p>
    </section>
  );
}
