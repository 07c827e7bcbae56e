import { usePageTitle } from "@pix-libre/shared/components/usePageTitle";
import { useI18n } from "@pix-libre/shared/i18n";
import type { PageProps } from "@pix-libre/shared/navigation";
import { logOut } from "../auth";

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
