import { usePageTitle } from "../components/usePageTitle";
import { useI18n } from "../i18n";
import { Link, type PageProps } from "../navigation";
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
