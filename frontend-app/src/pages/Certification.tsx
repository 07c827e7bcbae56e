import { useEffect, useLayoutEffect, useState } from "preact/hooks";
import { api, type Profile } from "@pix-libre/shared/api/client";
import { Alert } from "@pix-libre/shared/components/Alert";
import { usePageTitle } from "@pix-libre/shared/components/usePageTitle";
import { errorMessage, useI18n } from "@pix-libre/shared/i18n";
import { Link, type PageProps } from "@pix-libre/shared/navigation";
import { CERTIFIABLE_COMPETENCES } from "../competence";
import { focusHeadingIfLost } from "../focus";

type State = { kind: "loading" } | { kind: "failed"; message: string } | { kind: "ready"; profile: Profile };

/**
 * "Certification": "Bravo, votre profil est certifiable" once level 1 is reached in 5
 * competences; otherwise how many are still missing, with the ones already there.
 */
export function Certification(_: PageProps) {
  const { t, locale } = useI18n();
  const [state, setState] = useState<State>({ kind: "loading" });

  useEffect(() => {
    let live = true;
    api.profile(locale).then(
      (profile) => live && setState({ kind: "ready", profile }),
      (error: unknown) => live && setState({ kind: "failed", message: errorMessage(t, error) }),
    );
    return () => {
      live = false;
    };
  }, [locale]);

  useLayoutEffect(() => {
    if (state.kind !== "loading") focusHeadingIfLost();
  }, [state.kind]);

  usePageTitle(t("certification.title"));

  return (
    <div class="page certification">
      <h1>{t("certification.title")}</h1>
      <p>{t("certification.intro")}</p>
      {state.kind === "loading" && <p role="status">{t("app.loading")}</p>}
      {state.kind === "failed" && <Alert>{state.message}</Alert>}
      {state.kind === "ready" && <Eligibility profile={state.profile} />}
    </div>
  );
}

function Eligibility({ profile }: { profile: Profile }) {
  const { t } = useI18n();
  const reached = profile.competences.filter((c) => c.level >= 1);
  const missing = Math.max(0, CERTIFIABLE_COMPETENCES - reached.length);
  // The API's word decides; the count only explains it.
  const ready = profile.certifiable;
  return (
    <section class="card" aria-labelledby="certification-status">
      <h2 id="certification-status" class={ready ? "certification__ready" : undefined}>
        <span aria-hidden="true">{ready ? "✓ " : "○ "}</span>
        {ready ? t("certification.ready") : t("certification.notReady")}
      </h2>
      {ready ? (
        <p>{t("certification.readyText", { n: reached.length })}</p>
      ) : (
        <>
          <p>{t("certification.progress", { n: Math.min(reached.length, CERTIFIABLE_COMPETENCES) })}</p>
          <div class="gauge" aria-hidden="true">
            <div
              class="gauge__bar"
              style={{ width: `${(100 * Math.min(reached.length, CERTIFIABLE_COMPETENCES)) / CERTIFIABLE_COMPETENCES}%` }}
            />
          </div>
          <p class="certification__missing">{t("certification.missing", { n: missing })}</p>
        </>
      )}
      <h3>{t("certification.reached")}</h3>
      {reached.length ? (
        <ul class="certification__list">
          {reached.map((c) => (
            <li key={c.index}>
              <span aria-hidden="true">✓ </span>
              <Link href={`/competences/${c.index}`}>
                {c.index} {c.name}
              </Link>{" "}
              – {t("profile.level", { n: c.level })}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("certification.none")}</p>
      )}
      {!ready && (
        <div class="actions">
          <Link href="/competences" class="button">
            {t("certification.goProfile")}
          </Link>
        </div>
      )}
    </section>
  );
}
