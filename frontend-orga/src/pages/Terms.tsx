import { useState } from "preact/hooks";
import { Alert } from "@pix-libre/shared/components/Alert";
import { usePageTitle } from "@pix-libre/shared/components/usePageTitle";
import { errorMessage, useI18n } from "@pix-libre/shared/i18n";
import type { PageProps } from "@pix-libre/shared/navigation";
import { acceptTerms, logOut } from "../auth";

/** Shown once, after the first log-in to Orga, until the user accepts. */
export function Terms(_: PageProps) {
  const { t } = useI18n();
  usePageTitle(t("terms.title"));
  const [failure, setFailure] = useState<string>();
  const [submitting, setSubmitting] = useState(false);

  async function accept() {
    if (submitting) return;
    setSubmitting(true);
    setFailure(undefined);
    try {
      await acceptTerms(); // the router then moves on to the organisation pages
    } catch (error) {
      setFailure(errorMessage(t, error));
      setSubmitting(false);
    }
  }

  return (
    <section class="page page--narrow">
      <h1>{t("terms.title")}</h1>
      <div class="card">
        <p>{t("terms.intro")}</p>
        <ul class="terms-list">
          <li>{t("terms.item1")}</li>
          <li>{t("terms.item2")}</li>
          <li>{t("terms.item3")}</li>
        </ul>
        {failure && <Alert>{failure}</Alert>}
        <div class="actions">
          <button type="button" class="button" aria-disabled={submitting} onClick={accept}>
            {t("terms.accept")}
          </button>
          <button type="button" class="button button--secondary" onClick={() => void logOut()}>
            {t("header.logOut")}
          </button>
        </div>
      </div>
    </section>
  );
}
