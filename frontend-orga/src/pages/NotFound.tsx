import { usePageTitle } from "../components/usePageTitle";
import { useI18n } from "../i18n";
import { Link, type PageProps } from "../navigation";

export function NotFound(_: PageProps) {
  const { t } = useI18n();
  usePageTitle(t("notFound.title"));
  return (
    <section class="page page--narrow">
      <h1>{t("notFound.title")}</h1>
      <p>{t("notFound.text")}</p>
      <p>
        <Link href="/campagnes">{t("notFound.back")}</Link>
      </p>
    </section>
  );
}
