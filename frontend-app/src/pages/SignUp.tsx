import { useRef, useState } from "preact/hooks";
import { ApiError } from "@pix-libre/shared/api/client";
import { Alert } from "@pix-libre/shared/components/Alert";
import {
  EMAIL_PATTERN,
  isStrongPassword,
  useFocusFirstInvalid,
} from "@pix-libre/shared/components/form";
import { PasswordField } from "@pix-libre/shared/components/PasswordField";
import { TextField } from "@pix-libre/shared/components/TextField";
import { usePageTitle } from "@pix-libre/shared/components/usePageTitle";
import { codeMessage, errorMessage, fieldMessages, useI18n } from "@pix-libre/shared/i18n";
import { Link, withRedirect, type PageProps } from "@pix-libre/shared/navigation";
import { signUp } from "../auth";
import { Checkbox } from "../components/Checkbox";

type Field = "first_name" | "last_name" | "email" | "password" | "terms_accepted";
const FIELDS: Field[] = ["first_name", "last_name", "email", "password", "terms_accepted"];
type Errors = Partial<Record<Field, string>>;

export function SignUp({ query }: PageProps) {
  const { t, locale } = useI18n();
  usePageTitle(t("signUp.title"));
  const [firstName, setFirstName] = useState("");
  const [lastName, setLastName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [terms, setTerms] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string>();
  const [submitting, setSubmitting] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, attempt);

  const clear = (field: Field) => setErrors((current) => ({ ...current, [field]: undefined }));

  function validate(): Errors {
    const found: Errors = {};
    if (!firstName.trim()) found.first_name = t("form.required");
    if (!lastName.trim()) found.last_name = t("form.required");
    if (!email.trim()) found.email = t("form.required");
    else if (!EMAIL_PATTERN.test(email.trim())) found.email = t("error.INVALID_EMAIL");
    if (!isStrongPassword(password)) found.password = t("error.WEAK_PASSWORD");
    if (!terms) found.terms_accepted = t("error.TERMS_NOT_ACCEPTED");
    return found;
  }

  function fail(found: Errors, message?: string) {
    setErrors(found);
    setFormError(message);
    setAttempt((n) => n + 1);
  }

  async function submit(event: Event) {
    event.preventDefault();
    if (submitting) return;
    const found = validate();
    if (Object.keys(found).length) return fail(found);
    setSubmitting(true);
    setFormError(undefined);
    try {
      // Signed in afterwards: the router leaves this guest-only page by itself.
      await signUp({
        first_name: firstName.trim(),
        last_name: lastName.trim(),
        email: email.trim(),
        password,
        terms_accepted: terms,
        locale,
      });
    } catch (error) {
      setSubmitting(false);
      if (error instanceof ApiError && error.code === "EMAIL_ALREADY_USED") {
        return fail({ email: codeMessage(t, error.code) ?? error.detail });
      }
      if (error instanceof ApiError && error.errors.length) {
        const messages = fieldMessages(t, error.errors);
        const byField: Errors = {};
        const others: string[] = [];
        for (const [field, message] of Object.entries(messages)) {
          if ((FIELDS as string[]).includes(field)) byField[field as Field] = message;
          else others.push(message);
        }
        return fail(byField, others.length ? others.join(" ") : undefined);
      }
      fail({}, errorMessage(t, error));
    }
  }

  return (
    <section class="page page--narrow">
      <h1>{t("signUp.title")}</h1>
      <p>
        {t("signUp.haveAccount")} <Link href={withRedirect("/connexion", query)}>{t("header.logIn")}</Link>
      </p>
      <form ref={form} class="card form" noValidate onSubmit={submit}>
        <p class="form__note">{t("form.requiredNote")}</p>
        {formError && <Alert>{formError}</Alert>}
        <TextField
          id="first_name"
          label={t("signUp.firstName")}
          value={firstName}
          onValue={(v) => (setFirstName(v), clear("first_name"))}
          error={errors.first_name}
          autoComplete="given-name"
          required
        />
        <TextField
          id="last_name"
          label={t("signUp.lastName")}
          value={lastName}
          onValue={(v) => (setLastName(v), clear("last_name"))}
          error={errors.last_name}
          autoComplete="family-name"
          required
        />
        <TextField
          id="email"
          type="email"
          label={t("signUp.email")}
          hint={t("signUp.emailHint")}
          value={email}
          onValue={(v) => (setEmail(v), clear("email"))}
          error={errors.email}
          autoComplete="email"
          required
        />
        <PasswordField
          id="password"
          label={t("signUp.password")}
          hint={t("password.rule")}
          value={password}
          onValue={(v) => (setPassword(v), clear("password"))}
          error={errors.password}
          autoComplete="new-password"
          required
        />
        <Checkbox
          id="terms_accepted"
          label={t("signUp.terms")}
          checked={terms}
          onChecked={(v) => (setTerms(v), clear("terms_accepted"))}
          error={errors.terms_accepted}
          required
        />
        <button type="submit" class="button button--block" aria-disabled={submitting}>
          {submitting ? t("form.sending") : t("signUp.submit")}
        </button>
      </form>
    </section>
  );
}
