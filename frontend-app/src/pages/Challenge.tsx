import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import {
  ApiError,
  api,
  type AnswerResult,
  type NextChallenge,
} from "@pix-libre/shared/api/client";
import { Alert } from "@pix-libre/shared/components/Alert";
import { usePageTitle } from "@pix-libre/shared/components/usePageTitle";
import { errorMessage, fieldMessages, useI18n, type Translate } from "@pix-libre/shared/i18n";
import { Link, navigate, type PageProps } from "@pix-libre/shared/navigation";
import {
  ChallengeInputs,
  EMPTY_DRAFT,
  SKIP,
  answerValue,
  isAnswered,
  type Draft,
} from "../components/ChallengeInputs";
import { Html } from "../components/Html";
import { focusHeading, focusHeadingIfLost } from "../focus";
import { contextOfAssessment, type AssessmentContext } from "../journey";

/** A checkpoint ("point d'étape") every this many answers. */
export const CHECKPOINT_EVERY = 5;

/** The header of a test: the campaign title, or the competence evaluated from the profile. */
export function assessmentTitle(t: Translate, context: AssessmentContext): string {
  if (context.competence) return `${context.competence.index} ${context.competence.name}`;
  return context.journey?.title || t("challenge.defaultTitle");
}

/** "Quitter": back to the competence page for a competence evaluation, home otherwise. */
export function quitPath(context: AssessmentContext): string {
  return context.competence ? `/competences/${context.competence.index}` : "/";
}

export function checkpointPath(assessmentId: number, final = false): string {
  return `/evaluation/${assessmentId}/point-etape${final ? "?fin=1" : ""}`;
}

type Current = NextChallenge & { challenge: NonNullable<NextChallenge["challenge"]> };

type State =
  | { kind: "loading" }
  | { kind: "failed"; message: string }
  | { kind: "challenge"; next: Current };

/** One challenge at a time: answer ("Je valide") or skip ("Je passe"); every answer is final. */
export function Challenge({ params }: PageProps) {
  const { t, locale } = useI18n();
  const assessmentId = Number(params.assessmentId);
  const [state, setState] = useState<State>({ kind: "loading" });
  const [context, setContext] = useState<AssessmentContext>({ journey: null, competence: null });
  const [notice, setNotice] = useState<string>();
  const shown = useRef(0);

  useEffect(() => {
    if (!Number.isInteger(assessmentId) || assessmentId <= 0) return;
    let live = true;
    contextOfAssessment(assessmentId, locale).then((found) => live && setContext(found));
    return () => {
      live = false;
    };
  }, [assessmentId]);
  const title = assessmentTitle(t, context);
  const quitHref = quitPath(context);

  /**
   * Shows what comes next: the challenge, a checkpoint after every 5 answers, or the end. After
   * an answer the server has already said what comes next (`known`): no second request.
   */
  async function advance(afterAnswer: boolean, known?: NextChallenge): Promise<void> {
    try {
      const next = known ?? (await api.nextChallenge(assessmentId));
      if (next.status === "finished" || !next.challenge) {
        navigate(checkpointPath(assessmentId, true), { replace: !afterAnswer });
        return;
      }
      if (afterAnswer && next.answered_count > 0 && next.answered_count % CHECKPOINT_EVERY === 0) {
        navigate(checkpointPath(assessmentId));
        return;
      }
      setState({ kind: "challenge", next: next as Current });
    } catch (error) {
      setState({ kind: "failed", message: errorMessage(t, error) });
    }
  }

  useEffect(() => {
    if (!Number.isInteger(assessmentId) || assessmentId <= 0) {
      setState({ kind: "failed", message: t("challenge.notFound") });
      return;
    }
    setState({ kind: "loading" });
    void advance(false);
  }, [assessmentId]);

  // A new challenge replaces the previous one in place: start reading it from its title.
  const challengeId = state.kind === "challenge" ? state.next.challenge.id : null;
  useLayoutEffect(() => {
    if (!challengeId) return;
    if (shown.current > 0) focusHeading();
    else focusHeadingIfLost();
    shown.current += 1;
  }, [challengeId]);

  const number = state.kind === "challenge" ? state.next.answered_count + 1 : 0;
  usePageTitle(
    state.kind === "challenge"
      ? t("challenge.pageTitle", { n: number, title })
      : state.kind === "failed"
        ? t("start.failedTitle")
        : t("app.loading"),
  );

  return (
    <div class="assessment">
      <div class="assessment__banner">
        <p class="assessment__campaign">
          <span class="visually-hidden">
            {context.competence ? t("challenge.competence") : t("challenge.campaign")}{" "}
          </span>
          {title}
        </p>
        <Link href={quitHref} class="assessment__quit">
          {t("challenge.quit")}
        </Link>
      </div>
      {notice && (
        <Alert kind="info">
          <p>{notice}</p>
        </Alert>
      )}
      {state.kind === "loading" && <p role="status">{t("app.loading")}</p>}
      {state.kind === "failed" && (
        <section class="card">
          <h1>{t("start.failedTitle")}</h1>
          <Alert>{state.message}</Alert>
          <div class="actions">
            <button
              type="button"
              class="button"
              onClick={() => {
                setState({ kind: "loading" });
                void advance(false);
              }}
            >
              {t("challenge.retry")}
            </button>
            <Link href="/" class="button button--secondary">
              {t("campaign.backHome")}
            </Link>
          </div>
        </section>
      )}
      {state.kind === "challenge" && (
        <ChallengeView
          key={state.next.challenge.id}
          assessmentId={assessmentId}
          next={state.next}
          onAnswered={async (timedOut, next) => {
            setNotice(timedOut ? t("challenge.timedOutNotice") : undefined);
            await advance(true, next);
          }}
          onOutOfStep={async () => {
            setNotice(t("challenge.outOfStep"));
            await advance(false);
          }}
        />
      )}
    </div>
  );
}

function ChallengeView({
  assessmentId,
  next,
  onAnswered,
  onOutOfStep,
}: {
  assessmentId: number;
  next: Current;
  onAnswered: (timedOut: boolean, next: NextChallenge) => Promise<void>;
  onOutOfStep: () => Promise<void>;
}) {
  const { t } = useI18n();
  const challenge = next.challenge;
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const draftRef = useRef(draft);
  draftRef.current = draft;
  const [submitting, setSubmitting] = useState(false);
  const sending = useRef(false);
  /** Set when the countdown reached 0: whatever is sent afterwards came too late. */
  const timeUp = useRef(false);
  const [error, setError] = useState<string>();
  const timer = challenge.timer ?? null;
  const [started, setStarted] = useState(timer === null);
  /** Seconds of the countdown: the server's count once it recorded the start. */
  const [seconds, setSeconds] = useState(timer ?? 0);
  const [starting, setStarting] = useState(false);

  /** The start button: the server records the start first (a reload keeps the time left). */
  async function startTimer() {
    if (starting) return;
    setStarting(true);
    try {
      const recorded = await api.startTimer(assessmentId, challenge.id);
      setSeconds(recorded.seconds_left);
    } catch {
      // Not recorded (network): the countdown runs on the full time and its end is still sent.
    }
    setStarted(true);
  }
  const [focusedOut, setFocusedOut] = useState(false);
  const focusedOutRef = useRef(false);
  const answered = isAnswered(challenge, draft);
  const position = (next.answered_count % CHECKPOINT_EVERY) + 1;

  async function send(value: string | Record<string, string>) {
    if (sending.current) return;
    const timedOut = timeUp.current;
    sending.current = true;
    setSubmitting(true);
    setError(undefined);
    let answered: AnswerResult;
    try {
      answered = await api.answer(assessmentId, {
        challenge_id: challenge.id,
        value,
        timed_out: timedOut,
        focused_out: focusedOutRef.current,
      });
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === "ASSESSMENT_COMPLETED") {
        navigate(checkpointPath(assessmentId, true), { replace: true });
        return;
      }
      if (caught instanceof ApiError && caught.code === "NOT_THE_CURRENT_CHALLENGE") {
        await onOutOfStep();
        return;
      }
      sending.current = false;
      setSubmitting(false);
      setError(errorMessage(t, caught));
      return;
    }
    await onAnswered(timedOut, answered.next);
  }

  // Focused challenges: leaving the window (another tab, another application) is recorded,
  // from the moment the question shows (a layout effect: a plain one waits for the next frame,
  // and leaving before it would go unrecorded).
  useLayoutEffect(() => {
    if (!challenge.focused || !started) return;
    const leave = () => {
      if (focusedOutRef.current || sending.current) return;
      focusedOutRef.current = true;
      setFocusedOut(true);
    };
    const visibility = () => {
      if (document.visibilityState === "hidden") leave();
    };
    window.addEventListener("blur", leave);
    document.addEventListener("visibilitychange", visibility);
    return () => {
      window.removeEventListener("blur", leave);
      document.removeEventListener("visibilitychange", visibility);
    };
  }, [challenge.focused, started]);

  useLayoutEffect(() => {
    // The start button of a timed question is gone: go on from the question's title.
    if (timer !== null && started) focusHeading();
  }, [started]);

  return (
    <section class="card challenge" aria-labelledby="challenge-title">
      <div class="challenge__head">
        <h1 id="challenge-title">{t("challenge.number", { n: next.answered_count + 1 })}</h1>
        <div
          class="progress-dots"
          role="img"
          aria-label={t("challenge.position", { n: position, total: CHECKPOINT_EVERY })}
        >
          {Array.from({ length: CHECKPOINT_EVERY }, (_, i) => (
            <span class={i < position ? "progress-dots__dot progress-dots__dot--done" : "progress-dots__dot"} />
          ))}
          <span class="progress-dots__text" aria-hidden="true">
            {position}/{CHECKPOINT_EVERY}
          </span>
        </div>
      </div>

      {!started && timer !== null ? (
        <div class="challenge__announce">
          <p class="challenge__timer-notice">
            <span aria-hidden="true">⏱ </span>
            {t("challenge.timedAnnounce", { n: timer })}
          </p>
          <p>{t("challenge.timedHelp")}</p>
          <button type="button" class="button" aria-disabled={starting} onClick={() => void startTimer()}>
            {t("challenge.timedStart")}
          </button>
        </div>
      ) : (
        <>
          {challenge.focused && (
            <p class="challenge__focus-notice">
              <span aria-hidden="true">👁 </span>
              {t("challenge.focusedNotice")}
            </p>
          )}
          {focusedOut && <Alert>{t("challenge.focusedOut")}</Alert>}
          {timer !== null && (
            <Countdown
              seconds={seconds}
              onEnd={() => {
                // Time is up: what is filled in is sent as it is (a skip when nothing is).
                timeUp.current = true;
                const current = draftRef.current;
                void send(isAnswered(challenge, current) ? answerValue(challenge, current) : SKIP);
              }}
            />
          )}
          <Html class="challenge__instruction rich-text" html={challenge.instruction_html} />
          {challenge.illustration && (
            <figure class="challenge__illustration">
              <img src={challenge.illustration.url} alt={challenge.illustration.alt ?? ""} />
            </figure>
          )}
          {challenge.attachments.length > 0 && (
            <ul class="challenge__attachments">
              {challenge.attachments.map((attachment) => {
                const name = decodeURIComponent(attachment.url.split("/").pop() ?? "");
                return (
                  <li>
                    <a href={attachment.url} download={name}>
                      {t("challenge.attachment", { name })}
                    </a>
                  </li>
                );
              })}
            </ul>
          )}
          <form
            class="challenge__form"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              if (answered) void send(answerValue(challenge, draft));
            }}
          >
            <ChallengeInputs challenge={challenge} draft={draft} onDraft={setDraft} disabled={submitting} />
            {error && <Alert>{error}</Alert>}
            <div class="actions challenge__actions">
              <button
                type="button"
                class="button button--secondary"
                disabled={submitting}
                onClick={() => void send(SKIP)}
              >
                {t("challenge.skip")}
              </button>
              <button type="submit" class="button" disabled={!answered || submitting}>
                {submitting ? t("form.sending") : t("challenge.validate")}
              </button>
            </div>
            {!answered && !submitting && <p class="challenge__hint">{t("challenge.validateHint")}</p>}
          </form>
          <ReportProblem assessmentId={assessmentId} challengeId={challenge.id} />
        </>
      )}
    </section>
  );
}

/** The visible countdown; screen readers hear it every 10 seconds, not every second. */
function Countdown({ seconds, onEnd }: { seconds: number; onEnd: () => void }) {
  const { t } = useI18n();
  const [left, setLeft] = useState(seconds);
  const [spoken, setSpoken] = useState(seconds);
  const end = useRef(onEnd);
  end.current = onEnd;

  useEffect(() => {
    const deadline = Date.now() + seconds * 1000;
    let done = false;
    const tick = () => {
      const remaining = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
      setLeft(remaining);
      if (remaining % 10 === 0) setSpoken(remaining);
      if (remaining === 0 && !done) {
        done = true;
        clearInterval(handle);
        end.current();
      }
    };
    const handle = setInterval(tick, 250);
    return () => clearInterval(handle);
  }, [seconds]);

  const minutes = Math.floor(left / 60);
  const rest = String(left % 60).padStart(2, "0");
  return (
    <div class={`countdown${left <= 10 ? " countdown--low" : ""}`}>
      <p class="countdown__clock" aria-hidden="true">
        <span class="countdown__icon">⏱</span> {minutes}:{rest}
      </p>
      <p class="visually-hidden" aria-live="polite">
        {spoken > 0 ? t("challenge.timeLeft", { n: spoken }) : t("challenge.timeUp")}
      </p>
    </div>
  );
}

/** "Signaler un problème": a comment on the challenge shown, for the content team. */
function ReportProblem({ assessmentId, challengeId }: { assessmentId: number; challengeId: string }) {
  const { t } = useI18n();
  const [comment, setComment] = useState("");
  const [error, setError] = useState<string>();
  const [sent, setSent] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const errorId = error ? "report-text-error" : undefined;

  async function submit(event: Event) {
    event.preventDefault();
    if (submitting) return;
    const text = comment.trim();
    if (!text) {
      setError(t("form.required"));
      field.current?.focus();
      return;
    }
    setSubmitting(true);
    try {
      await api.reportChallenge(assessmentId, challengeId, text);
      setSent(true);
    } catch (caught) {
      setError(
        caught instanceof ApiError && caught.errors.length
          ? Object.values(fieldMessages(t, caught.errors))[0]
          : errorMessage(t, caught),
      );
      field.current?.focus();
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <details class="report">
      <summary>{t("report.title")}</summary>
      <div class="report__body">
        {sent ? (
          <Alert kind="success">{t("report.sent")}</Alert>
        ) : (
          <form noValidate onSubmit={submit}>
            <div class={`field${error ? " field--invalid" : ""}`}>
              <label for="report-text">{t("report.label")}</label>
              <p id="report-text-hint" class="field__hint">
                {t("report.hint")}
              </p>
              <textarea
                id="report-text"
                ref={field}
                rows={3}
                maxLength={2000}
                value={comment}
                aria-invalid={error ? "true" : undefined}
                aria-describedby={["report-text-hint", errorId].filter(Boolean).join(" ")}
                onInput={(e) => {
                  setComment(e.currentTarget.value);
                  setError(undefined);
                }}
              />
              {error && (
                <p id={errorId} class="field__error" role="alert">
                  {error}
                </p>
              )}
            </div>
            <button type="submit" class="button button--small" aria-disabled={submitting}>
              {submitting ? t("form.sending") : t("report.send")}
            </button>
          </form>
        )}
      </div>
    </details>
  );
}
