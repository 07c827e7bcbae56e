import { useEffect, useState } from "preact/hooks";
import { api, type ParticipationOverview } from "@pix-libre/shared/api/client";
import { useI18n } from "@pix-libre/shared/i18n";
import { Link } from "@pix-libre/shared/navigation";
import { sessionStore } from "@pix-libre/shared/session";
import { useStore } from "@pix-libre/shared/store";
import { rememberParticipations } from "../journey";

/**
 * On the home page of a signed-in learner: the campaigns left unfinished ("Reprendre") and the
 * finished ones whose results were not sent yet ("Voir mes résultats"). A page that loaded the
 * participations already ("Mes parcours") passes them: no second request.
 */
export function ResumeBanners({ items: given }: { items?: ParticipationOverview[] } = {}) {
  const { t } = useI18n();
  const signedIn = useStore(sessionStore) !== null;
  const [loaded, setItems] = useState<ParticipationOverview[]>([]);
  const items = given ?? loaded;

  useEffect(() => {
    if (given) return;
    if (!signedIn) {
      setItems([]);
      return;
    }
    let live = true;
    api.myParticipations().then(
      ({ items: found }) => {
        rememberParticipations(found);
        if (live) setItems(found);
      },
      () => undefined, // The banners are a convenience: the home page works without them.
    );
    return () => {
      live = false;
    };
  }, [signedIn, given]);

  // Nothing to resume or send in a campaign the organisation archived.
  const banners = items.filter(
    (p) => p.disabled_at === null && ((p.status === "STARTED" && p.assessment_id !== null) || p.status === "TO_SHARE"),
  );
  if (!banners.length) return null;

  return (
    <section class="banners" aria-label={t("home.bannersLabel")}>
      {banners.map((p) => {
        const title = p.campaign_title || p.campaign_code;
        const started = p.status === "STARTED";
        return (
          <div class="banner" key={p.id}>
            <p class="banner__text">
              {started ? t("home.unfinished", { title }) : t("home.toShare", { title })}
            </p>
            <Link
              href={started ? `/evaluation/${p.assessment_id}` : `/campagnes/${p.campaign_code}/resultats`}
              class="button button--small"
              aria-label={`${started ? t("home.resume") : t("home.seeResults")} : ${title}`}
            >
              {started ? t("home.resume") : t("home.seeResults")}
            </Link>
          </div>
        );
      })}
    </section>
  );
}
