import { useEffect, useLayoutEffect, useState } from "preact/hooks";
import { api, type AnswerSummary, type Correction } from "@pix-libre/shared/api/client";
import { Alert } from "@pix-libre/shared/components/Alert";
import { usePageTitle } from "@pix-libre/shared/components/usePageTitle";
import { errorMessage, useI18n } from "@pix-libre/shared/i18n";
import { Link, type PageProps } from "@pix-libre/shared/navigation";
import { CorrectionView, resultInfo } from "../components/Correction";
import { focusHeadingIfLost } from "../focus";
import { contextOfAssessment, type AssessmentContext } from "../journey";
import { CHECKPOINT_EVERY, assessmentTitle, quitPath } from "./Challenge";

type State =
  | { kind: "loading" }
  | { kind: "failed"; message: string }
  | { kind: "ready"; answers: AnswerSummary[]; total: number };

/**
 * "Point d'étape", after every 5 answers and at the end: the last answers with ✓/✗ and, for
 * each, "Réponses et tutos"; then "Continuer mon parcours" (or "Voir mes résultats").
 */
export function Checkpoint({ params, query }: PageProps) {
  const { t, locale } = useI18n();
  const assessmentId = Number(params.assessmentId);
  const final = query.get("fin") === "1";
  const [state, setState] = useState<State>({ kind: "loading" });
  const [context, setContext] = useState<AssessmentContext | undefined>(undefined);

  useEffect(() => {
    let live = true;
    contextOfAssessment(assessmentId, locale).then((found) => live && setContext(found));
    api.assessmentAnswers(assessmentId).then(
      ({ items }) => {
        if (!live) return;
        // The answers since the previous checkpoint: 5, or fewer at the very end.
        const count = final ? items.length % CHECKPOINT_EVERY || CHECKPOINT_EVERY : CHECKPOINT_EVERY;
        setState({ kind: "ready", answers: items.slice(-count), total: items.length });
      },
      (error: unknown) => live && setState({ kind: "failed", message: errorMessage(t, error) }),
    );
    return () => {
      live = false;
    };
  }, [assessmentId, final]);

  useLayoutEffect(() => {
    if (state.kind !== "loading") focusHeadingIfLost();
  }, [state.kind]);

  const title = final ? t("checkpoint.finalTitle") : t("checkpoint.title");
  usePageTitle(title);

  const journey = context?.journey;
  const competence = context?.competence;
  const resultsHref = journey ? `/campagnes/${journey.code}/resultats` : null;

  return (
    <div class="assessment checkpoint">
      <div class="assessment__banner">
        <p class="assessment__campaign">
          <span class="visually-hidden">
            {competence ? t("challenge.competence") : t("challenge.campaign")}{" "}
          </span>
          {context ? assessmentTitle(t, context) : t("challenge.defaultTitle")}
        </p>
        <Link href={context ? quitPath(context) : "/"} class="assessment__quit">
          {t("challenge.quit")}
        </Link>
      </div>
      <section class="card">
        <h1>{title}</h1>
        {state.kind === "loading" && <p role="status">{t("app.loading")}</p>}
        {state.kind === "failed" && <Alert>{state.message}</Alert>}
        {state.kind === "ready" && (
          <>
            {final ? (
              <>
                <div class="gauge" aria-hidden="true">
                  <div class="gauge__bar" style={{ width: "100%" }} />
                </div>
                <p class="checkpoint__progress">{t("checkpoint.finished", { n: state.total })}</p>
              </>
            ) : (
              <p class="checkpoint__progress">
                {state.total === 1
                  ? t("checkpoint.answeredOne")
                  : t("checkpoint.answered", { n: state.total })}
              </p>
            )}
            <div class="actions checkpoint__next">
              {final ? (
                competence ? (
                  <Link href={`/competences/${competence.index}`} class="button">
                    {t("checkpoint.seeCompetence")}
                  </Link>
                ) : resultsHref ? (
                  <Link href={resultsHref} class="button">
                    {t("checkpoint.seeResults")}
                  </Link>
                ) : (
                  context && (
                    <Link href="/competences" class="button">
                      {t("checkpoint.seeProfile")}
                    </Link>
                  )
                )
              ) : (
                <Link href={`/evaluation/${assessmentId}`} class="button">
                  {t("checkpoint.continue")}
                </Link>
              )}
            </div>
            <h2>{t("checkpoint.answers")}</h2>
            <ol class="answers">
              {state.answers.map((answer) => (
                <AnswerItem answer={answer} key={answer.id} />
              ))}
            </ol>
          </>
        )}
      </section>
    </div>
  );
}

function AnswerItem({ answer }: { answer: AnswerSummary }) {
  const { t } = useI18n();
  const info = resultInfo(answer.result);
  const [open, setOpen] = useState(false);
  const [correction, setCorrection] = useState<Correction>();
  const [error, setError] = useState<string>();
  const panelId = `correction-${answer.id}`;

  function toggle() {
    const next = !open;
    setOpen(next);
    if (next && !correction) {
      setError(undefined);
      api.correction(answer.id).then(setCorrection, (caught: unknown) => setError(errorMessage(t, caught)));
    }
  }

  return (
    <li class={`answer answer--${info.ok ? "ok" : "ko"}`}>
      <div class="answer__row">
        <p class="answer__status">
          <span class="answer__icon" aria-hidden="true">
            {info.symbol}
          </span>
          <span class="answer__label">{t(info.label)}</span>
        </p>
        <p class="answer__question" id={`question-${answer.id}`}>
          {answer.instruction_preview}
        </p>
        <button
          type="button"
          class="button button--small button--secondary answer__toggle"
          aria-expanded={open}
          aria-controls={panelId}
          aria-describedby={`question-${answer.id}`}
          onClick={toggle}
        >
          {t("checkpoint.correction")}
        </button>
      </div>
      <div id={panelId} class="answer__panel" hidden={!open}>
        {open && !correction && !error && <p role="status">{t("app.loading")}</p>}
        {error && <Alert>{error}</Alert>}
        {correction && <CorrectionView correction={correction} />}
      </div>
    </li>
  );
}
