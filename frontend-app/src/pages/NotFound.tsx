import { usePageTitle } from "@pix-libre/shared/components/usePageTitle";
import { useI18n } from "@pix-libre/shared/i18n";
import { Link, type PageProps } from "@pix-libre/shared/navigation";

export function NotFound(_: PageProps) {
  const { t } = useI18n();
  usePageTitle(t("notFound.title"));
  return (
    <section class="page page--narrow">
      <h1>{t("notFound.title")}</h1>
      <p>{t("notFound.text")}</p>
      <p>
        <Link href="/">{t("campaign.backHome")}</Link>
      </p>
    </section>
  );
}
