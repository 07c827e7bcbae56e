import { useEffect, useLayoutEffect, useState } from "preact/hooks";
import { api, type CompetenceCard, type Framework, type Profile as ProfileData } from "@pix-libre/shared/api/client";
import { Alert } from "@pix-libre/shared/components/Alert";
import { usePageTitle } from "@pix-libre/shared/components/usePageTitle";
import { errorMessage, useI18n } from "@pix-libre/shared/i18n";
import { Link, type PageProps } from "@pix-libre/shared/navigation";
import { ACTION_LABEL, STATUS_LABEL, cardState, playCompetence } from "../competence";
import { focusHeadingIfLost } from "../focus";

type State =
  | { kind: "loading" }
  | { kind: "failed"; message: string }
  | { kind: "ready"; profile: ProfileData; framework: Framework | null };

/** "Mon profil": total pix out of 1024 and the 16 competence cards grouped by area. */
export function Profile(_: PageProps) {
  const { t, locale } = useI18n();
  const [state, setState] = useState<State>({ kind: "loading" });

  useEffect(() => {
    let live = true;
    Promise.all([api.profile(locale), api.framework(locale).catch(() => null)]).then(
      ([profile, framework]) => live && setState({ kind: "ready", profile, framework }),
      (error: unknown) => live && setState({ kind: "failed", message: errorMessage(t, error) }),
    );
    return () => {
      live = false;
    };
  }, [locale]);

  useLayoutEffect(() => {
    if (state.kind !== "loading") focusHeadingIfLost();
  }, [state.kind]);

  usePageTitle(t("profile.title"));

  return (
    <div class="page profile">
      <h1>{t("profile.title")}</h1>
      {state.kind === "loading" && <p role="status">{t("app.loading")}</p>}
      {state.kind === "failed" && <Alert>{state.message}</Alert>}
      {state.kind === "ready" && <ProfileView profile={state.profile} framework={state.framework} />}
    </div>
  );
}

function ProfileView({ profile, framework }: { profile: ProfileData; framework: Framework | null }) {
  const { t } = useI18n();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState<string | null>(null);
  const areaCodes = [...new Set(profile.competences.map((c) => c.area_code))];
  const areaTitle = (code: string) => framework?.areas.find((a) => a.code === code)?.title ?? code;

  async function play(card: CompetenceCard) {
    if (busy) return;
    setBusy(card.index);
    setError(undefined);
    try {
      await playCompetence(card);
    } catch (caught) {
      setError(errorMessage(t, caught));
      setBusy(null);
    }
  }

  return (
    <>
      <p>{t("profile.intro")}</p>
      <section class="card profile__summary" aria-labelledby="profile-total">
        <h2 id="profile-total" class="profile__total-label">
          {t("profile.totalLabel")}
        </h2>
        <p class="pix-total">{t("profile.total", { n: profile.total_pix, max: profile.max_pix })}</p>
        <div class="gauge" aria-hidden="true">
          <div class="gauge__bar" style={{ width: `${(100 * profile.total_pix) / profile.max_pix}%` }} />
        </div>
        <p class="profile__note">{t("profile.levelsNote")}</p>
        {profile.certifiable && (
          <p class="profile__certifiable">
            <span aria-hidden="true">✓ </span>
            {t("profile.certifiable")} <Link href="/certification">{t("profile.certificationLink")}</Link>
          </p>
        )}
      </section>
      {error && <Alert>{error}</Alert>}
      {areaCodes.map((code) => (
        <section class={`area area--${code}`} aria-labelledby={`area-${code}`} key={code}>
          <h2 id={`area-${code}`} class="area__title">
            {t("profile.area", { code, title: areaTitle(code) })}
          </h2>
          <ul class="competence-cards">
            {profile.competences
              .filter((card) => card.area_code === code)
              .map((card) => (
                <CompetenceCardItem
                  key={card.index}
                  card={card}
                  busy={busy === card.index}
                  onPlay={() => void play(card)}
                />
              ))}
          </ul>
        </section>
      ))}
    </>
  );
}

function CompetenceCardItem({
  card,
  busy,
  onPlay,
}: {
  card: CompetenceCard;
  busy: boolean;
  onPlay: () => void;
}) {
  const { t } = useI18n();
  const state = cardState(card);
  return (
    <li class={`competence-card competence-card--${state}`}>
      <h3 class="competence-card__name">
        <Link href={`/competences/${card.index}`}>
          <span class="competence-card__index">{card.index}</span> {card.name}
        </Link>
      </h3>
      <p class="competence-card__score">
        <span class="competence-card__level">{t("profile.level", { n: card.level })}</span>
        <span aria-hidden="true"> · </span>
        <span class="competence-card__pix">{t("profile.pix", { n: card.pix })}</span>
      </p>
      <div class="level-bar" aria-hidden="true">
        <div class="level-bar__fill" style={{ width: `${Math.min(100, (100 * card.level) / 5)}%` }} />
      </div>
      <p class="competence-card__status">
        <span class={`tag tag--${state}`}>{t(STATUS_LABEL[state])}</span>
      </p>
      <button
        type="button"
        class={`button button--small${state === "tested" ? " button--secondary" : ""}`}
        aria-label={`${t(ACTION_LABEL[state])} : ${card.name}`}
        aria-disabled={busy}
        onClick={onPlay}
      >
        {busy ? t("app.loading") : t(ACTION_LABEL[state])}
      </button>
    </li>
  );
}
