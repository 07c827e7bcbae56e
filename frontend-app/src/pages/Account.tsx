import { useRef, useState } from "preact/hooks";
import { ApiError, api } from "@pix-libre/shared/api/client";
import { Alert } from "@pix-libre/shared/components/Alert";
import { isStrongPassword, useFocusFirstInvalid } from "@pix-libre/shared/components/form";
import { PasswordField } from "@pix-libre/shared/components/PasswordField";
import { usePageTitle } from "@pix-libre/shared/components/usePageTitle";
import { errorMessage, fieldMessages, useI18n } from "@pix-libre/shared/i18n";
import type { PageProps } from "@pix-libre/shared/navigation";
import { useStore } from "@pix-libre/shared/store";
import { userStore } from "../auth";

type Errors = { current_password?: string; new_password?: string };

export function Account(_: PageProps) {
  const { t } = useI18n();
  usePageTitle(t("account.title"));
  const user = useStore(userStore);
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string>();
  const [saved, setSaved] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, attempt);

  async function submit(event: Event) {
    event.preventDefault();
    if (submitting) return;
    setSaved(false);
    setFailure(undefined);
    const found: Errors = {};
    if (!current) found.current_password = t("form.required");
    if (!isStrongPassword(next)) found.new_password = t("error.WEAK_PASSWORD");
    setErrors(found);
    if (Object.keys(found).length) return setAttempt((n) => n + 1);
    setSubmitting(true);
    try {
      await api.changePassword(current, next);
      setSaved(true);
      setCurrent("");
      setNext("");
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === "WRONG_CURRENT_PASSWORD") {
        setErrors({ current_password: t("error.WRONG_CURRENT_PASSWORD") });
        setAttempt((n) => n + 1);
      } else if (caught instanceof ApiError && caught.errors.length) {
        const messages = fieldMessages(t, caught.errors);
        setErrors({ current_password: messages.current_password, new_password: messages.new_password });
        if (!messages.current_password && !messages.new_password) setFailure(errorMessage(t, caught));
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
      <h1>{t("account.title")}</h1>
      {user ? (
        <section class="card" aria-labelledby="identity-title">
          <h2 id="identity-title">{t("account.identity")}</h2>
          <dl class="details">
            <dt>{t("account.name")}</dt>
            <dd>
              {user.first_name} {user.last_name}
            </dd>
            <dt>{t("account.email")}</dt>
            <dd>{user.email}</dd>
          </dl>
        </section>
      ) : (
        <p role="status">{t("app.loading")}</p>
      )}
      <form ref={form} class="card form" noValidate onSubmit={submit} aria-labelledby="password-title">
        <h2 id="password-title">{t("account.passwordTitle")}</h2>
        {failure && <Alert>{failure}</Alert>}
        {saved && <Alert kind="success">{t("account.saved")}</Alert>}
        <PasswordField
          id="current_password"
          label={t("account.currentPassword")}
          value={current}
          onValue={(v) => (setCurrent(v), setErrors((e) => ({ ...e, current_password: undefined })))}
          error={errors.current_password}
          autoComplete="current-password"
          required
        />
        <PasswordField
          id="new_password"
          label={t("account.newPassword")}
          hint={t("password.rule")}
          value={next}
          onValue={(v) => (setNext(v), setErrors((e) => ({ ...e, new_password: undefined })))}
          error={errors.new_password}
          autoComplete="new-password"
          required
        />
        <button type="submit" class="button" aria-disabled={submitting}>
          {submitting ? t("form.sending") : t("account.submit")}
        </button>
      </form>
    </section>
  );
}
