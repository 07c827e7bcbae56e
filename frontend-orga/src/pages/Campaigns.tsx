import { usePageTitle } from "@pix-libre/shared/components/usePageTitle";
import { useI18n } from "@pix-libre/shared/i18n";
import type { PageProps } from "@pix-libre/shared/navigation";

/**
 * The organisation's campaigns. The campaigns API does not exist yet, so this is the empty
 * state every new organisation sees; the create button says it is not available yet.
 */
export function Campaigns(_: PageProps) {
  const { t } = useI18n();
  usePageTitle(t("campaigns.title"));
  return (
    <section class="page">
      <h1>{t("campaigns.title")}</h1>
      <div class="card empty-state">
        <h2>{t("campaigns.emptyTitle")}</h2>
        <p>{t("campaigns.emptyText")}</p>
        <button type="button" class="button" disabled aria-describedby="create-campaign-note">
          {t("campaigns.create")}
        </button>
        <p id="create-campaign-note" class="empty-state__note">
          {t("campaigns.comingSoon")}
        </p>
      </div>
    </section>
  );
}
