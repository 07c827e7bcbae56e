import { useRef, useState } from "preact/hooks";
import { ApiError } from "@pix-libre/shared/api/client";
import { Alert } from "@pix-libre/shared/components/Alert";
import { useFocusFirstInvalid } from "@pix-libre/shared/components/form";
import { PasswordField } from "@pix-libre/shared/components/PasswordField";
import { TextField } from "@pix-libre/shared/components/TextField";
import { usePageTitle } from "@pix-libre/shared/components/usePageTitle";
import { blockedUntilMessage, errorMessage, useI18n } from "@pix-libre/shared/i18n";
import { Link, withRedirect, type PageProps } from "@pix-libre/shared/navigation";
import { logIn } from "../auth";

type Errors = { email?: string; password?: string };

export function LogIn({ query }: PageProps) {
  const { t, locale } = useI18n();
  usePageTitle(t("logIn.title"));
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<{ message: string; detail?: string }>();
  const [submitting, setSubmitting] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, attempt);

  async function submit(event: Event) {
    event.preventDefault();
    if (submitting) return;
    const found: Errors = {};
    if (!email.trim()) found.email = t("form.required");
    if (!password) found.password = t("form.required");
    setErrors(found);
    setFailure(undefined);
    if (Object.keys(found).length) return setAttempt((n) => n + 1);
    setSubmitting(true);
    try {
      // Signed in afterwards: the router leaves this guest-only page (to ?redirect= or home).
      await logIn(email.trim(), password);
    } catch (error) {
      setSubmitting(false);
      if (error instanceof ApiError && error.code === "ACCOUNT_TEMPORARILY_BLOCKED") {
        const until = blockedUntilMessage(t, locale, error);
        setFailure({ message: t("error.ACCOUNT_TEMPORARILY_BLOCKED"), ...(until && { detail: until }) });
      } else if (error instanceof ApiError && (error.status === 401 || error.status === 422)) {
        // Same words whatever was wrong, so the form does not reveal which emails have accounts.
        setFailure({ message: t("error.INVALID_CREDENTIALS") });
      } else {
        setFailure({ message: errorMessage(t, error) });
      }
    }
  }

  return (
    <section class="page page--narrow">
      <h1>{t("logIn.title")}</h1>
      <p>
        {t("logIn.noAccount")} <Link href={withRedirect("/inscription", query)}>{t("header.signUp")}</Link>
      </p>
      <form ref={form} class="card form" noValidate onSubmit={submit}>
        {failure && (
          <Alert>
            <p>{failure.message}</p>
            {failure.detail && failure.detail !== failure.message && <p>{failure.detail}</p>}
          </Alert>
        )}
        <TextField
          id="email"
          type="email"
          label={t("logIn.email")}
          value={email}
          onValue={setEmail}
          error={errors.email}
          autoComplete="username"
          required
        />
        <PasswordField
          id="password"
          label={t("logIn.password")}
          value={password}
          onValue={setPassword}
          error={errors.password}
          autoComplete="current-password"
          required
        />
        <p class="form__aside">
          <Link href="/mot-de-passe-oublie">{t("logIn.forgotPassword")}</Link>
        </p>
        <button type="submit" class="button button--block" aria-disabled={submitting}>
          {submitting ? t("form.sending") : t("logIn.submit")}
        </button>
      </form>
    </section>
  );
}
