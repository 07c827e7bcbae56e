/**
 * The page an invitation e-mail opens (/rejoindre?invitation=…&code=…): names the
 * organisation, then joins it for a signed-in user, or after logging in or creating an account.
 * An accepted link says so and offers to log in; a cancelled one says who withdrew it.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { ApiError, api, sessionFromToken, type InvitationPreview } from "@pix-libre/shared/api/client";
import { Alert } from "@pix-libre/shared/components/Alert";
import { PasswordField } from "@pix-libre/shared/components/PasswordField";
import { TextField } from "@pix-libre/shared/components/TextField";
import { EMAIL_PATTERN, isStrongPassword, useFocusFirstInvalid } from "@pix-libre/shared/components/form";
import { usePageTitle } from "@pix-libre/shared/components/usePageTitle";
import { errorMessage, fieldMessages, useI18n } from "@pix-libre/shared/i18n";
import { Link, navigate, type PageProps } from "@pix-libre/shared/navigation";
import { saveSession } from "@pix-libre/shared/session";
import { useStore } from "@pix-libre/shared/store";
import { accountStore, loadAccount, logIn, logOut, selectOrganization } from "../auth";

/** Why the link cannot be used: each refusal has its own next step. */
type Refusal = { kind: "accepted" } | { kind: "cancelled" } | { kind: "other"; message: string };

type State =
  | { kind: "loading" }
  | { kind: "invalid"; refusal: Refusal }
  | { kind: "ready"; preview: InvitationPreview };

function refusalOf(t: ReturnType<typeof useI18n>["t"], error: unknown): Refusal {
  if (error instanceof ApiError && error.code === "INVITATION_ALREADY_ACCEPTED") return { kind: "accepted" };
  if (error instanceof ApiError && error.code === "INVITATION_CANCELLED") return { kind: "cancelled" };
  if (error instanceof ApiError && error.status === 404) return { kind: "other", message: t("join.notFound") };
  return { kind: "other", message: errorMessage(t, error) };
}

/** The refusal in words, then what to do: log in (accepted) or ask again (cancelled, unknown). */
function RefusalMessage({ refusal, signedIn }: { refusal: Refusal; signedIn: boolean }) {
  const { t } = useI18n();
  if (refusal.kind === "accepted") {
    return (
      <>
        <Alert>
          <p>{t("join.accepted")}</p>
        </Alert>
        <p>
          {signedIn ? (
            <Link href="/campagnes">{t("join.goToOrga")}</Link>
          ) : (
            <Link href="/connexion">{t("join.logInInstead")}</Link>
          )}
        </p>
      </>
    );
  }
  return (
    <>
      <Alert>
        <p>{refusal.kind === "cancelled" ? t("join.cancelled") : refusal.message}</p>
      </Alert>
      <p>{t("join.askAgain")}</p>
    </>
  );
}

export function Join({ query }: PageProps) {
  const { t } = useI18n();
  usePageTitle(t("join.title"));
  const invitationId = Number(query.get("invitation"));
  const code = query.get("code") ?? "";
  const account = useStore(accountStore);
  const [state, setState] = useState<State>({ kind: "loading" });
  const [joinError, setJoinError] = useState<Refusal | null>(null);
  const [joining, setJoining] = useState(false);
  const [mode, setMode] = useState<"log-in" | "sign-up">("log-in");

  useEffect(() => {
    if (!Number.isInteger(invitationId) || invitationId <= 0 || !code) {
      setState({ kind: "invalid", refusal: { kind: "other", message: t("join.notFound") } });
      return;
    }
    api.invitation(invitationId, code).then(
      (preview) => setState({ kind: "ready", preview }),
      (error: unknown) => setState({ kind: "invalid", refusal: refusalOf(t, error) }),
    );
  }, [invitationId, code]);

  async function join() {
    setJoining(true);
    setJoinError(null);
    try {
      const membership = await api.acceptInvitation(invitationId, code);
      selectOrganization(membership.organization.id);
      await loadAccount();
      // The guards send a first-time user to the Orga terms, then to the campaigns.
      navigate("/campagnes");
    } catch (error) {
      setJoinError(refusalOf(t, error));
      setJoining(false);
    }
  }

  if (state.kind === "loading") return <p role="status">{t("app.loading")}</p>;
  if (state.kind === "invalid") {
    return (
      <section class="page page--narrow">
        <h1>{t("join.title")}</h1>
        <RefusalMessage refusal={state.refusal} signedIn={account.status !== "signed-out"} />
      </section>
    );
  }
  const { preview } = state;
  const ready = account.status === "ready" ? account : null;
  return (
    <section class="page page--narrow">
      <h1>{t("join.heading", { name: preview.organization_name })}</h1>
      <p>{t("join.intro", { email: preview.email, role: t(`role.${preview.role as "ADMIN" | "MEMBER"}`) })}</p>
      {joinError && <RefusalMessage refusal={joinError} signedIn={account.status !== "signed-out"} />}
      {ready ? (
        <div class="card">
          <p>{t("join.signedInAs", { name: `${ready.user.first_name} ${ready.user.last_name}`, email: ready.user.email })}</p>
          <div class="actions">
            <button type="button" class="button" aria-disabled={joining ? "true" : undefined} onClick={() => void join()}>
              {joining ? t("form.sending") : t("join.accept")}
            </button>
            <button type="button" class="button button--secondary" onClick={() => void logOut()}>
              {t("join.notMe")}
            </button>
          </div>
        </div>
      ) : account.status === "signed-out" ? (
        <>
          <div class="actions" role="group" aria-label={t("join.how")}>
            <button type="button" class="button button--secondary" aria-pressed={mode === "log-in" ? "true" : "false"} onClick={() => setMode("log-in")}>
              {t("join.haveAccount")}
            </button>
            <button type="button" class="button button--secondary" aria-pressed={mode === "sign-up" ? "true" : "false"} onClick={() => setMode("sign-up")}>
              {t("join.newAccount")}
            </button>
          </div>
          {mode === "log-in" ? <JoinLogIn email={preview.email} /> : <JoinSignUp email={preview.email} />}
        </>
      ) : (
        <p role="status">{t("app.loading")}</p>
      )}
    </section>
  );
}

/** Logs in; the page then shows "Rejoindre l'organisation" for the signed-in account. */
function JoinLogIn({ email: invited }: { email: string }) {
  const { t } = useI18n();
  const [email, setEmail] = useState(invited);
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<{ email?: string; password?: string; form?: string }>({});
  const [sending, setSending] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, attempt);

  async function submit(event: Event) {
    event.preventDefault();
    if (sending) return;
    const found: typeof errors = {};
    if (!email.trim()) found.email = t("form.required");
    if (!password) found.password = t("form.required");
    setErrors(found);
    if (Object.keys(found).length) return setAttempt((n) => n + 1);
    setSending(true);
    try {
      await logIn(email.trim(), password);
    } catch (error) {
      setSending(false);
      setErrors({
        form: error instanceof ApiError && [401, 422].includes(error.status) ? t("error.INVALID_CREDENTIALS") : errorMessage(t, error),
      });
    }
  }

  return (
    <form ref={form} class="card form" noValidate aria-labelledby="join-log-in" onSubmit={(event) => void submit(event)}>
      <h2 id="join-log-in">{t("join.haveAccount")}</h2>
      {errors.form && (
        <Alert>
          <p>{errors.form}</p>
        </Alert>
      )}
      <TextField id="join-email" type="email" label={t("logIn.email")} value={email} onValue={setEmail} error={errors.email} autoComplete="username" />
      <PasswordField
        id="join-password"
        label={t("logIn.password")}
        value={password}
        onValue={setPassword}
        error={errors.password}
        autoComplete="current-password"
      />
      <button type="submit" class="button button--block" aria-disabled={sending ? "true" : undefined}>
        {sending ? t("form.sending") : t("logIn.submit")}
      </button>
    </form>
  );
}

type SignUpErrors = Partial<Record<"first_name" | "last_name" | "email" | "password" | "terms_accepted" | "form", string>>;

function JoinSignUp({ email: invited }: { email: string }) {
  const { t, locale } = useI18n();
  const [firstName, setFirstName] = useState("");
  const [lastName, setLastName] = useState("");
  const [email, setEmail] = useState(invited);
  const [password, setPassword] = useState("");
  const [terms, setTerms] = useState(false);
  const [errors, setErrors] = useState<SignUpErrors>({});
  const [sending, setSending] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, attempt);

  async function submit(event: Event) {
    event.preventDefault();
    if (sending) return;
    const found: SignUpErrors = {};
    if (!firstName.trim()) found.first_name = t("form.required");
    if (!lastName.trim()) found.last_name = t("form.required");
    if (!EMAIL_PATTERN.test(email.trim())) found.email = email.trim() ? t("error.INVALID_EMAIL") : t("form.required");
    if (!isStrongPassword(password)) found.password = t("error.WEAK_PASSWORD");
    if (!terms) found.terms_accepted = t("join.termsRequired");
    setErrors(found);
    if (Object.keys(found).length) return setAttempt((n) => n + 1);
    setSending(true);
    try {
      await api.createUser({
        first_name: firstName.trim(),
        last_name: lastName.trim(),
        email: email.trim(),
        password,
        terms_accepted: true,
        locale,
      });
      saveSession(sessionFromToken(await api.logIn(email.trim(), password)));
      await loadAccount();
    } catch (error) {
      setSending(false);
      const fields = error instanceof ApiError ? fieldMessages(t, error.errors) : {};
      if (error instanceof ApiError && error.code === "EMAIL_ALREADY_USED") fields.email = t("error.EMAIL_ALREADY_USED");
      setErrors(Object.keys(fields).length ? fields : { form: errorMessage(t, error) });
      setAttempt((n) => n + 1);
    }
  }

  return (
    <form ref={form} class="card form" noValidate aria-labelledby="join-sign-up" onSubmit={(event) => void submit(event)}>
      <h2 id="join-sign-up">{t("join.newAccount")}</h2>
      {errors.form && (
        <Alert>
          <p>{errors.form}</p>
        </Alert>
      )}
      <TextField id="join-first-name" label={t("join.firstName")} value={firstName} onValue={setFirstName} error={errors.first_name} autoComplete="given-name" />
      <TextField id="join-last-name" label={t("join.lastName")} value={lastName} onValue={setLastName} error={errors.last_name} autoComplete="family-name" />
      <TextField id="join-new-email" type="email" label={t("logIn.email")} value={email} onValue={setEmail} error={errors.email} autoComplete="email" />
      <PasswordField
        id="join-new-password"
        label={t("logIn.password")}
        hint={t("join.passwordHint")}
        value={password}
        onValue={setPassword}
        error={errors.password}
        autoComplete="new-password"
      />
      <div class={`field field--checkbox${errors.terms_accepted ? " field--invalid" : ""}`}>
        <input
          id="join-terms"
          type="checkbox"
          checked={terms}
          aria-invalid={errors.terms_accepted ? "true" : undefined}
          aria-describedby={errors.terms_accepted ? "join-terms-error" : undefined}
          onChange={(event) => setTerms(event.currentTarget.checked)}
        />
        <label for="join-terms">{t("join.terms")}</label>
        {errors.terms_accepted && (
          <p id="join-terms-error" class="field__error" role="alert">
            {errors.terms_accepted}
          </p>
        )}
      </div>
      <button type="submit" class="button button--block" aria-disabled={sending ? "true" : undefined}>
        {sending ? t("form.sending") : t("join.createAccount")}
      </button>
    </form>
  );
}
