import { logOut } from "../auth";
import { usePageTitle } from "../components/usePageTitle";
import { useI18n } from "../i18n";
import type { PageProps } from "../navigation";

export function NoMembership(_: PageProps) {
  const { t } = useI18n();
  usePageTitle(t("noMembership.title"));
  return (
    <section class="page page--narrow">
      <h1>{t("noMembership.title")}</h1>
      <div class="card">
        <p>{t("noMembership.text")}</p>
        <p>
          {t("noMembership.learner")} <a href="/">{t("noMembership.learnerLink")}</a>
        </p>
        <button type="button" class="button" onClick={() => void logOut()}>
          {t("header.logOut")}
        </button>
      </div>
    </section>
  );
}
