import { useRef, useState } from "preact/hooks";
import { ApiError, api } from "@pix-libre/shared/api/client";
import { Alert } from "@pix-libre/shared/components/Alert";
import { isStrongPassword, useFocusFirstInvalid } from "@pix-libre/shared/components/form";
import { PasswordField } from "@pix-libre/shared/components/PasswordField";
import { usePageTitle } from "@pix-libre/shared/components/usePageTitle";
import { errorMessage, fieldMessages, useI18n } from "@pix-libre/shared/i18n";
import { Link, type PageProps } from "@pix-libre/shared/navigation";

/** Reached from the link of the password-reset email: /changer-mot-de-passe?token=… */
export function ResetPassword({ query }: PageProps) {
  const { t } = useI18n();
  usePageTitle(t("reset.title"));
  const token = query.get("token") ?? "";
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const [invalidLink, setInvalidLink] = useState(!token);
  const [done, setDone] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, attempt);

  async function submit(event: Event) {
    event.preventDefault();
    if (submitting) return;
    setFailure(undefined);
    if (!isStrongPassword(password)) {
      setError(t("error.WEAK_PASSWORD"));
      return setAttempt((n) => n + 1);
    }
    setSubmitting(true);
    try {
      await api.resetPassword(token, password);
      setDone(true);
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === "INVALID_RESET_TOKEN") {
        setInvalidLink(true);
      } else if (caught instanceof ApiError && caught.errors.length) {
        const messages = fieldMessages(t, caught.errors);
        setError(messages.new_password ?? Object.values(messages)[0]);
        setAttempt((n) => n + 1);
      } else {
        setFailure(errorMessage(t, caught));
      }
    } finally {
      setSubmitting(false);
    }
  }

  let content;
  if (done) {
    content = (
      <>
        <Alert kind="success">
          <p>{t("reset.done")}</p>
        </Alert>
        <p>
          <Link href="/connexion" class="button">
            {t("reset.logIn")}
          </Link>
        </p>
      </>
    );
  } else if (invalidLink) {
    content = (
      <>
        <Alert>
          <p>{t("error.INVALID_RESET_TOKEN")}</p>
        </Alert>
        <p>
          <Link href="/mot-de-passe-oublie">{t("reset.requestNew")}</Link>
        </p>
      </>
    );
  } else {
    content = (
      <form ref={form} class="card form" noValidate onSubmit={submit}>
        {failure && <Alert>{failure}</Alert>}
        <PasswordField
          id="new_password"
          label={t("reset.newPassword")}
          hint={t("password.rule")}
          value={password}
          onValue={(v) => (setPassword(v), setError(undefined))}
          error={error}
          autoComplete="new-password"
          required
        />
        <button type="submit" class="button button--block" aria-disabled={submitting}>
          {submitting ? t("form.sending") : t("reset.submit")}
        </button>
      </form>
    );
  }

  return (
    <section class="page page--narrow">
      <h1>{t("reset.title")}</h1>
      {content}
    </section>
  );
}
