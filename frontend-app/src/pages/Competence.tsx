import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import {
  ApiError,
  api,
  type CompetenceCard,
  type Framework,
  type TutorialCard,
} from "@pix-libre/shared/api/client";
import { Alert } from "@pix-libre/shared/components/Alert";
import { usePageTitle } from "@pix-libre/shared/components/usePageTitle";
import { errorMessage, useI18n } from "@pix-libre/shared/i18n";
import { Link, type PageProps } from "@pix-libre/shared/navigation";
import {
  ACTION_LABEL,
  STATUS_LABEL,
  cardState,
  competencesOf,
  daysUntil,
  formatDate,
  playCompetence,
} from "../competence";
import { TutorialItem } from "../components/TutorialItem";
import { focusHeading, focusHeadingIfLost } from "../focus";

type State =
  | { kind: "loading" }
  | { kind: "missing" }
  | { kind: "failed"; message: string }
  | { kind: "ready"; card: CompetenceCard; framework: Framework | null; tutorials: TutorialCard[] };

/**
 * A competence opened from its card: what it covers, the level and pix reached, start or resume
 * its evaluation, the tutorials recommended for it, and "Remettre à zéro" (7 days after the
 * last answer, behind a confirmation).
 */
export function Competence({ params }: PageProps) {
  const { t, locale } = useI18n();
  const index = params.index ?? "";
  const [state, setState] = useState<State>({ kind: "loading" });
  const [announce, setAnnounce] = useState("");

  async function load(live: () => boolean = () => true) {
    try {
      const [profile, framework, tutorials] = await Promise.all([
        api.profile(locale),
        api.framework(locale).catch(() => null),
        api.recommendedTutorials(locale).catch(() => ({ items: [] as TutorialCard[] })),
      ]);
      const card = profile.competences.find((c) => c.index === index);
      if (!live()) return;
      if (!card) setState({ kind: "missing" });
      else {
        const mine = tutorials.items.filter((tutorial) => tutorial.competence_index === index);
        setState({ kind: "ready", card, framework, tutorials: mine });
      }
    } catch (error) {
      if (live()) setState({ kind: "failed", message: errorMessage(t, error) });
    }
  }

  useEffect(() => {
    let live = true;
    void load(() => live);
    return () => {
      live = false;
    };
  }, [index, locale]);

  useLayoutEffect(() => {
    if (state.kind !== "loading") focusHeadingIfLost();
  }, [state.kind]);

  const title =
    state.kind === "ready"
      ? state.card.name
      : state.kind === "missing"
        ? t("competence.notFound")
        : state.kind === "failed"
          ? t("start.failedTitle")
          : t("app.loading");
  usePageTitle(title);

  return (
    <div class="page competence">
      <p class="back">
        <Link href="/competences">
          <span aria-hidden="true">← </span>
          {t("competence.back")}
        </Link>
      </p>
      {state.kind === "loading" && <p role="status">{t("app.loading")}</p>}
      {state.kind === "missing" && <h1>{t("competence.notFound")}</h1>}
      {state.kind === "failed" && (
        <>
          <h1>{t("start.failedTitle")}</h1>
          <Alert>{state.message}</Alert>
        </>
      )}
      {state.kind === "ready" && (
        <CompetenceView
          card={state.card}
          framework={state.framework}
          tutorials={state.tutorials}
          onReset={async () => {
            await load();
            setAnnounce(t("competence.resetDone"));
            focusHeading();
          }}
        />
      )}
      <p class="visually-hidden" role="status">
        {announce}
      </p>
    </div>
  );
}

function CompetenceView({
  card,
  framework,
  tutorials,
  onReset,
}: {
  card: CompetenceCard;
  framework: Framework | null;
  tutorials: TutorialCard[];
  onReset: () => Promise<void>;
}) {
  const { t } = useI18n();
  const state = cardState(card);
  const known = competencesOf(framework)[card.index];
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function play() {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      await playCompetence(card);
    } catch (caught) {
      setError(errorMessage(t, caught));
      setBusy(false);
    }
  }

  return (
    <>
      <article class="card competence__head" aria-labelledby="competence-title">
        {known && (
          <p class="competence__area">
            {t("competence.area", { code: known.area.code, title: known.area.title })}
          </p>
        )}
        <h1 id="competence-title">
          <span class="competence-card__index">{card.index}</span> {card.name}
        </h1>
        {known?.competence.description && <p class="competence__description">{known.competence.description}</p>}
        <h2 class="visually-hidden">{t("competence.summary")}</h2>
        <dl class="competence__score">
          <div>
            <dt>{t("competence.levelLabel")}</dt>
            <dd>{card.level}</dd>
          </div>
          <div>
            <dt>{t("competence.pixLabel")}</dt>
            <dd>{card.pix}</dd>
          </div>
          <div>
            <dt>{t("competence.statusLabel")}</dt>
            <dd>
              <span class={`tag tag--${state}`}>{t(STATUS_LABEL[state])}</span>
            </dd>
          </div>
        </dl>
        <p>{t(`competence.intro.${state}`)}</p>
        {error && <Alert>{error}</Alert>}
        <div class="actions">
          <button type="button" class="button" aria-disabled={busy} onClick={() => void play()}>
            {busy ? t("app.loading") : t(ACTION_LABEL[state])}
          </button>
        </div>
      </article>

      <section class="card" aria-labelledby="competence-tutorials">
        <h2 id="competence-tutorials">{t("competence.tutorialsTitle")}</h2>
        {tutorials.length ? (
          <>
            <p>{t("competence.tutorialsIntro")}</p>
            <ul class="tutorials__list">
              {tutorials.map((tutorial) => (
                <TutorialItem key={tutorial.id} tutorial={tutorial} saved={tutorial.saved} useful={tutorial.useful} />
              ))}
            </ul>
          </>
        ) : (
          <p class="empty-state__note">{t("competence.noTutorials")}</p>
        )}
      </section>

      {card.reset_available_at && (
        <ResetSection card={card} availableAt={new Date(card.reset_available_at)} onReset={onReset} />
      )}
    </>
  );
}

function ResetSection({
  card,
  availableAt,
  onReset,
}: {
  card: CompetenceCard;
  availableAt: Date;
  onReset: () => Promise<void>;
}) {
  const { t, locale } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string>();
  const [waitUntil, setWaitUntil] = useState<Date | null>(availableAt > new Date() ? availableAt : null);
  const confirmTitle = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLButtonElement>(null);

  useLayoutEffect(() => {
    if (confirming) confirmTitle.current?.focus();
  }, [confirming]);

  async function reset() {
    if (sending) return;
    setSending(true);
    setError(undefined);
    try {
      await api.resetCompetence(card.index);
      await onReset();
    } catch (caught) {
      const until = caught instanceof ApiError ? caught.meta.available_at : undefined;
      if (caught instanceof ApiError && caught.code === "NOT_ALLOWED_YET" && typeof until === "string") {
        setWaitUntil(new Date(until));
        setConfirming(false);
      } else {
        setError(errorMessage(t, caught));
      }
      setSending(false);
    }
  }

  return (
    <section class="card" aria-labelledby="competence-reset">
      <h2 id="competence-reset">{t("competence.resetTitle")}</h2>
      <p>{t("competence.resetIntro")}</p>
      {waitUntil ? (
        <p class="competence__wait">
          {t("competence.resetWait", { date: formatDate(waitUntil, locale), n: daysUntil(waitUntil) })}
        </p>
      ) : confirming ? (
        <div class="confirm card" role="group" aria-labelledby="reset-confirm-title">
          <h3 id="reset-confirm-title" ref={confirmTitle} tabIndex={-1}>
            {t("competence.resetConfirmTitle")}
          </h3>
          <p>{t("competence.resetConfirmText", { level: card.level, pix: card.pix, name: card.name })}</p>
          {error && <Alert>{error}</Alert>}
          <div class="actions">
            <button type="button" class="button button--danger" aria-disabled={sending} onClick={() => void reset()}>
              {sending ? t("form.sending") : t("competence.resetConfirm")}
            </button>
            <button
              type="button"
              class="button button--secondary"
              onClick={() => {
                setConfirming(false);
                setError(undefined);
                requestAnimationFrame(() => opener.current?.focus());
              }}
            >
              {t("competence.resetCancel")}
            </button>
          </div>
        </div>
      ) : (
        <button ref={opener} type="button" class="button button--secondary" onClick={() => setConfirming(true)}>
          {t("competence.reset")}
        </button>
      )}
    </section>
  );
}
