import { useRef, useState } from "preact/hooks";
import { ApiError, api } from "@pix-libre/shared/api/client";
import { Alert } from "@pix-libre/shared/components/Alert";
import { EMAIL_PATTERN, useFocusFirstInvalid } from "@pix-libre/shared/components/form";
import { TextField } from "@pix-libre/shared/components/TextField";
import { usePageTitle } from "@pix-libre/shared/components/usePageTitle";
import { errorMessage, useI18n } from "@pix-libre/shared/i18n";
import { Link, type PageProps } from "@pix-libre/shared/navigation";

export function ForgottenPassword(_: PageProps) {
  const { t } = useI18n();
  usePageTitle(t("forgot.title"));
  const [email, setEmail] = useState("");
  const [error, setError] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const [sent, setSent] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, attempt);

  async function submit(event: Event) {
    event.preventDefault();
    if (submitting) return;
    setFailure(undefined);
    const value = email.trim();
    if (!EMAIL_PATTERN.test(value)) {
      setError(value ? t("error.INVALID_EMAIL") : t("form.required"));
      return setAttempt((n) => n + 1);
    }
    setSubmitting(true);
    try {
      await api.requestPasswordReset(value);
      setSent(true);
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 422) {
        setError(t("error.INVALID_EMAIL"));
        setAttempt((n) => n + 1);
      } else {
        setFailure(errorMessage(t, caught));
      }
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <section class="page page--narrow">
      <h1>{t("forgot.title")}</h1>
      {sent ? (
        <Alert kind="success">
          <p>{t("forgot.sent")}</p>
        </Alert>
      ) : (
        <form ref={form} class="card form" noValidate onSubmit={submit}>
          <p>{t("forgot.intro")}</p>
          {failure && <Alert>{failure}</Alert>}
          <TextField
            id="email"
            type="email"
            label={t("forgot.email")}
            value={email}
            onValue={(v) => (setEmail(v), setError(undefined))}
            error={error}
            autoComplete="email"
            required
          />
          <button type="submit" class="button button--block" aria-disabled={submitting}>
            {submitting ? t("form.sending") : t("forgot.submit")}
          </button>
        </form>
      )}
      <p>
        <Link href="/connexion">{t("forgot.backToLogIn")}</Link>
      </p>
    </section>
  );
}
