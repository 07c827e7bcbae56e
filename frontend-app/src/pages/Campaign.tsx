import { useEffect, useLayoutEffect, useState } from "preact/hooks";
import { ApiError, api, type CampaignToJoin } from "@pix-libre/shared/api/client";
import { Alert } from "@pix-libre/shared/components/Alert";
import { usePageTitle } from "@pix-libre/shared/components/usePageTitle";
import { errorMessage, useI18n } from "@pix-libre/shared/i18n";
import { Link, navigate, type PageProps } from "@pix-libre/shared/navigation";
import { sessionStore } from "@pix-libre/shared/session";
import { useStore } from "@pix-libre/shared/store";
import { Html } from "../components/Html";
import { focusHeadingIfLost } from "../focus";
import { CAMPAIGN_CODE } from "./Home";

type State =
  | { kind: "loading" }
  | { kind: "invalid" }
  | { kind: "not-found" }
  | { kind: "error"; message: string }
  | { kind: "ready"; campaign: CampaignToJoin };

/** Where "Je commence" leads: joining needs an account, so guests sign up first and come back. */
export function startPath(code: string): string {
  return `/campagnes/${code}/demarrer`;
}

/** The landing page of a campaign, reached by its direct link or the code typed at home. */
export function Campaign({ params }: PageProps) {
  const { t } = useI18n();
  const signedIn = useStore(sessionStore) !== null;
  const code = (params.code ?? "").toUpperCase();
  const [state, setState] = useState<State>({ kind: "loading" });

  useEffect(() => {
    if (!CAMPAIGN_CODE.test(code)) {
      setState({ kind: "invalid" });
      return;
    }
    let live = true;
    setState({ kind: "loading" });
    api.campaignToJoin(code).then(
      (campaign) => live && setState({ kind: "ready", campaign }),
      (error: unknown) => {
        if (!live) return;
        if (error instanceof ApiError && error.status === 404) setState({ kind: "not-found" });
        else setState({ kind: "error", message: errorMessage(t, error) });
      },
    );
    return () => {
      live = false;
    };
  }, [code]);

  useLayoutEffect(() => {
    if (state.kind !== "loading") focusHeadingIfLost();
  }, [state.kind]);

  const campaign = state.kind === "ready" ? state.campaign : null;
  const title = campaign
    ? campaign.title || t("landing.untitled")
    : state.kind === "loading"
      ? t("app.loading")
      : t("landing.problemTitle");
  usePageTitle(title);

  if (state.kind === "loading") {
    return (
      <section class="page page--narrow">
        <p role="status">{t("app.loading")}</p>
      </section>
    );
  }

  if (!campaign) {
    return (
      <section class="page page--narrow">
        <h1>{title}</h1>
        <Alert>
          {state.kind === "invalid"
            ? t("campaign.invalidCode")
            : state.kind === "not-found"
              ? t("landing.notFound", { code })
              : state.kind === "error"
                ? state.message
                : null}
        </Alert>
        <p>
          <Link href="/">{t("landing.otherCode")}</Link>
        </p>
      </section>
    );
  }

  function start() {
    const target = startPath(code);
    if (signedIn) navigate(target);
    else navigate(`/inscription?redirect=${encodeURIComponent(target)}`);
  }

  return (
    <section class="page page--narrow landing">
      <p class="landing__organization">
        {/* Decorative: the organisation's name follows. */}
        {campaign.organization_logo_url && (
          <img class="org-logo" src={campaign.organization_logo_url} alt="" width={48} height={48} referrerpolicy="no-referrer" />
        )}
        {campaign.organization_name}
      </p>
      <h1>{title}</h1>
      {campaign.is_archived ? (
        <>
          <Alert kind="info">{t("landing.archived")}</Alert>
          <p>
            <Link href="/">{t("campaign.backHome")}</Link>
          </p>
        </>
      ) : (
        <div class="card landing__start">
          <h2>{t("landing.startTitle")}</h2>
          <p>{t("landing.startIntro")}</p>
          <button type="button" class="button button--block" onClick={start}>
            {t("landing.start")}
          </button>
          {!signedIn && (
            <p class="landing__account">
              {t("landing.haveAccount")}{" "}
              <Link href={`/connexion?redirect=${encodeURIComponent(startPath(code))}`}>
                {t("header.logIn")}
              </Link>
            </p>
          )}
          <p class="landing__notice">{t("landing.notice")}</p>
        </div>
      )}
      {campaign.landing_html && <Html class="landing__text rich-text" html={campaign.landing_html} />}
    </section>
  );
}
