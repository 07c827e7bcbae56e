import { usePageTitle } from "@pix-libre/shared/components/usePageTitle";
import { useI18n } from "@pix-libre/shared/i18n";
import { Link, type PageProps } from "@pix-libre/shared/navigation";
import { CAMPAIGN_CODE } from "./Home";

/** Placeholder until the campaign API exists: says so plainly instead of pretending. */
export function Campaign({ params }: PageProps) {
  const { t } = useI18n();
  const code = (params.code ?? "").toUpperCase();
  const title = t("campaign.title", { code });
  usePageTitle(title);
  return (
    <section class="page page--narrow">
      <h1>{title}</h1>
      <p>{CAMPAIGN_CODE.test(code) ? t("campaign.comingSoon") : t("campaign.invalidCode")}</p>
      <p>
        <Link href="/">{t("campaign.backHome")}</Link>
      </p>
    </section>
  );
}
