import { useEffect, useLayoutEffect, useState } from "preact/hooks";
import { api, type ParticipationOverview } from "@pix-libre/shared/api/client";
import { Alert } from "@pix-libre/shared/components/Alert";
import { usePageTitle } from "@pix-libre/shared/components/usePageTitle";
import { errorMessage, useI18n, type MessageKey } from "@pix-libre/shared/i18n";
import { Link, type PageProps } from "@pix-libre/shared/navigation";
import { formatDate } from "../competence";
import { ResumeBanners } from "../components/ResumeBanners";
import { focusHeadingIfLost } from "../focus";
import { rememberParticipations } from "../journey";

type State =
  | { kind: "loading" }
  | { kind: "failed"; message: string }
  | { kind: "ready"; items: ParticipationOverview[] };

const STATUS: Record<string, MessageKey> = {
  STARTED: "campaigns.status.STARTED",
  TO_SHARE: "campaigns.status.TO_SHARE",
  SHARED: "campaigns.status.SHARED",
};

/** Where a participation's card leads, and with which words; null when nothing is left to do
 * (the organisation archived the campaign before the results were sent). */
export function participationAction(p: ParticipationOverview): { href: string; label: MessageKey } | null {
  const results = `/campagnes/${p.campaign_code}/resultats`;
  if (p.disabled_at !== null && p.status !== "SHARED") return null;
  if (p.status === "STARTED") {
    // No test in a profiles collection: the learner sends the profile from the results page.
    return p.assessment_id !== null
      ? { href: `/evaluation/${p.assessment_id}`, label: "campaigns.resume" }
      : { href: results, label: "campaigns.sendProfile" };
  }
  if (p.status === "TO_SHARE") return { href: results, label: "campaigns.share" };
  return { href: results, label: "campaigns.seeResults" };
}

/** "Mes parcours": every campaign the learner joined, newest first, with its status and action. */
export function MyCampaigns(_: PageProps) {
  const { t } = useI18n();
  const [state, setState] = useState<State>({ kind: "loading" });

  useEffect(() => {
    let live = true;
    api.myParticipations().then(
      ({ items }) => {
        rememberParticipations(items);
        if (live) setState({ kind: "ready", items });
      },
      (error: unknown) => live && setState({ kind: "failed", message: errorMessage(t, error) }),
    );
    return () => {
      live = false;
    };
  }, []);

  useLayoutEffect(() => {
    if (state.kind !== "loading") focusHeadingIfLost();
  }, [state.kind]);

  usePageTitle(t("campaigns.title"));

  return (
    <div class="page my-campaigns">
      {state.kind === "ready" && <ResumeBanners items={state.items} />}
      <h1>{t("campaigns.title")}</h1>
      <p>{t("campaigns.intro")}</p>
      {state.kind === "loading" && <p role="status">{t("app.loading")}</p>}
      {state.kind === "failed" && <Alert>{state.message}</Alert>}
      {state.kind === "ready" &&
        (state.items.length === 0 ? (
          <div class="card empty-state">
            <p>{t("campaigns.empty")}</p>
            <p class="empty-state__note">{t("campaigns.emptyHint")}</p>
            <Link href="/" class="button">
              {t("campaigns.enterCode")}
            </Link>
          </div>
        ) : (
          <ul class="participation-cards">
            {state.items.map((p) => (
              <ParticipationCard key={p.id} participation={p} />
            ))}
          </ul>
        ))}
    </div>
  );
}

function ParticipationCard({ participation: p }: { participation: ParticipationOverview }) {
  const { t, locale } = useI18n();
  const title = p.campaign_title || p.campaign_code;
  const action = participationAction(p);
  const status = p.status.toLowerCase();
  return (
    <li class={`card participation-card participation-card--${status}`}>
      <h2 class="participation-card__title">{title}</h2>
      <p class="participation-card__organization">{t("campaigns.organization", { name: p.organization_name })}</p>
      <p class="participation-card__status">
        <span class="visually-hidden">{t("campaigns.statusLabel")} </span>
        <span class={`tag tag--${status}`}>{STATUS[p.status] ? t(STATUS[p.status]!) : p.status}</span>
      </p>
      <p class="participation-card__dates">
        {p.shared_at
          ? t("campaigns.sharedOn", { date: formatDate(new Date(p.shared_at), locale) })
          : t("campaigns.startedOn", { date: formatDate(new Date(p.created_at), locale) })}
        {p.mastery_percent != null && (
          <>
            {" · "}
            {t("campaigns.mastery", { n: p.mastery_percent })}
          </>
        )}
      </p>
      {p.disabled_at !== null && (
        <p class="participation-card__disabled">
          {t(p.status === "SHARED" ? "campaigns.disabledShared" : "campaigns.disabled", {
            date: formatDate(new Date(p.disabled_at), locale),
          })}
        </p>
      )}
      {action && (
        <Link
          href={action.href}
          class={`button button--small${p.status === "SHARED" ? " button--secondary" : ""}`}
          aria-label={`${t(action.label)} : ${title}`}
        >
          {t(action.label)}
        </Link>
      )}
    </li>
  );
}
