/**
 * Équipe: the members by name with their role. An administrator also invites by e-mail,
 * re-sends or cancels pending invitations, changes roles and removes members; the API
 * guards the last administrator and its refusals are shown in words.
 */
import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import { ApiError, api, type Invitation, type Role, type TeamMember } from "@pix-libre/shared/api/client";
import { Alert } from "@pix-libre/shared/components/Alert";
import { TextField } from "@pix-libre/shared/components/TextField";
import { EMAIL_PATTERN, useFocusFirstInvalid } from "@pix-libre/shared/components/form";
import { usePageTitle } from "@pix-libre/shared/components/usePageTitle";
import { errorMessage, fieldMessages, useI18n } from "@pix-libre/shared/i18n";
import { useKeyedState } from "@pix-libre/shared/keyed";
import { loadAccount } from "../auth";
import { formatDate, useMembership } from "../organization";

type Data = { members: TeamMember[]; invitations: Invitation[] };
type State = { kind: "loading" } | { kind: "failed"; error: unknown } | { kind: "ready"; data: Data };

export function byName(a: TeamMember, b: TeamMember): number {
  return (
    a.last_name.localeCompare(b.last_name, "fr", { sensitivity: "base" }) ||
    a.first_name.localeCompare(b.first_name, "fr", { sensitivity: "base" })
  );
}

export function Team() {
  const { t } = useI18n();
  usePageTitle(t("team.title"));
  const { membership, user } = useMembership();
  const organizationId = membership?.organization.id ?? 0;
  const admin = membership?.role === "ADMIN";
  const [state, setState] = useState<State>({ kind: "loading" });
  const [attempt, setAttempt] = useState(0);
  const [notice, setNotice] = useState("");
  const [error, setError] = useState("");

  const reload = () => setAttempt((n) => n + 1);
  useEffect(() => {
    if (!organizationId) return;
    let live = true;
    Promise.all([api.team(organizationId), admin ? api.invitations(organizationId) : Promise.resolve({ items: [] })]).then(
      ([team, invitations]) =>
        live && setState({ kind: "ready", data: { members: [...team.items].sort(byName), invitations: invitations.items } }),
      (caught: unknown) => live && setState({ kind: "failed", error: caught }),
    );
    return () => {
      live = false;
    };
  }, [organizationId, admin, attempt]);

  // A change to one's own membership changes what the header and the guards allow.
  const refreshSelf = (m: TeamMember) => (m.user_id === user?.id ? loadAccount() : undefined);

  async function act(run: () => Promise<unknown>, done: string) {
    setError("");
    setNotice("");
    try {
      await run();
      setNotice(done);
      reload();
    } catch (caught) {
      setError(errorMessage(t, caught));
    }
  }

  return (
    <section class="page page--wide">
      <h1>{t("team.title")}</h1>
      <div aria-live="polite">
        {notice && (
          <Alert kind="success">
            <p>{notice}</p>
          </Alert>
        )}
      </div>
      {error && (
        <Alert>
          <p>{error}</p>
        </Alert>
      )}
      {admin && (
        <InviteForm organizationId={organizationId} onSent={(email) => {
          setError("");
          setNotice(t("team.invited", { email }));
          reload();
        }} />
      )}
      {state.kind === "loading" && <p role="status">{t("app.loading")}</p>}
      {state.kind === "failed" && (
        <Alert>
          <p>{errorMessage(t, state.error)}</p>
          <button type="button" class="button button--secondary" onClick={reload}>
            {t("app.retry")}
          </button>
        </Alert>
      )}
      {state.kind === "ready" && (
        <>
          <Members
            members={state.data.members}
            admin={admin}
            selfId={user?.id ?? 0}
            onRole={(m, role) =>
              void act(
                () => api.changeRole(organizationId, m.membership_id, role).then(() => refreshSelf(m)),
                t("team.roleChanged", { name: `${m.first_name} ${m.last_name}`, role: t(`role.${role}`) }),
              )
            }
            onRemove={(m) =>
              void act(
                () => api.removeMember(organizationId, m.membership_id).then(() => refreshSelf(m)),
                t("team.removed", { name: `${m.first_name} ${m.last_name}` }),
              )
            }
          />
          {admin && (
            <Invitations
              invitations={state.data.invitations}
              onResend={(i) =>
                void act(() => api.invite(organizationId, i.email, i.role as Role), t("team.resent", { email: i.email }))
              }
              onCancel={(i) =>
                void act(() => api.cancelInvitation(organizationId, i.id), t("team.cancelled", { email: i.email }))
              }
            />
          )}
        </>
      )}
    </section>
  );
}

function InviteForm({ organizationId, onSent }: { organizationId: number; onSent: (email: string) => void }) {
  const { t } = useI18n();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("MEMBER");
  const [errors, setErrors] = useState<{ email?: string; form?: string }>({});
  const [sending, setSending] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, attempt);

  async function submit(event: Event) {
    event.preventDefault();
    if (sending) return;
    const address = email.trim();
    if (!EMAIL_PATTERN.test(address)) {
      setErrors({ email: address ? t("error.INVALID_EMAIL") : t("form.required") });
      setAttempt((n) => n + 1);
      return;
    }
    setSending(true);
    setErrors({});
    try {
      await api.invite(organizationId, address, role);
      setEmail("");
      onSent(address);
    } catch (caught) {
      const fields = caught instanceof ApiError ? fieldMessages(t, caught.errors) : {};
      setErrors(fields.email ? { email: fields.email } : { form: errorMessage(t, caught) });
      setAttempt((n) => n + 1);
    } finally {
      setSending(false);
    }
  }

  return (
    <form ref={form} class="card form" noValidate aria-labelledby="invite-title" onSubmit={(event) => void submit(event)}>
      <h2 id="invite-title">{t("team.inviteTitle")}</h2>
      <p>{t("team.inviteIntro")}</p>
      {errors.form && (
        <Alert>
          <p>{errors.form}</p>
        </Alert>
      )}
      <TextField
        id="invite-email"
        type="email"
        label={t("team.email")}
        value={email}
        onValue={setEmail}
        error={errors.email}
        autoComplete="off"
        maxLength={255}
      />
      <div class="field">
        <label for="invite-role">{t("team.role")}</label>
        <select id="invite-role" value={role} onChange={(event) => setRole(event.currentTarget.value as Role)}>
          <option value="MEMBER">{t("role.MEMBER")}</option>
          <option value="ADMIN">{t("role.ADMIN")}</option>
        </select>
      </div>
      <button type="submit" class="button" aria-disabled={sending ? "true" : undefined}>
        {sending ? t("form.sending") : t("team.invite")}
      </button>
    </form>
  );
}

function Members({
  members,
  admin,
  selfId,
  onRole,
  onRemove,
}: {
  members: TeamMember[];
  admin: boolean;
  selfId: number;
  onRole: (member: TeamMember, role: Role) => void;
  onRemove: (member: TeamMember) => void;
}) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="members-title">
      <h2 id="members-title">{t("team.members", { n: members.length })}</h2>
      <div class="table-wrap">
        <table class="table">
          <caption class="visually-hidden">{t("team.membersCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("participants.lastName")}</th>
              <th scope="col">{t("participants.firstName")}</th>
              <th scope="col">{t("team.email")}</th>
              <th scope="col">{t("team.role")}</th>
              {admin && <th scope="col">{t("team.actions")}</th>}
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <MemberRow key={m.membership_id} member={m} admin={admin} self={m.user_id === selfId} onRole={onRole} onRemove={onRemove} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function MemberRow({
  member,
  admin,
  self,
  onRole,
  onRemove,
}: {
  member: TeamMember;
  admin: boolean;
  self: boolean;
  onRole: (member: TeamMember, role: Role) => void;
  onRemove: (member: TeamMember) => void;
}) {
  const { t } = useI18n();
  // The role chosen in the list and not saved yet; null: the member's role as saved.
  // Kept with the role it was chosen from: once saved, or changed by someone else, it lapses.
  const [draft, setDraft] = useKeyedState<Role | null>(member.role, null);
  const role = draft ?? member.role;
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);
  const name = `${member.first_name} ${member.last_name}`;
  return (
    <tr>
      <th scope="row">
        {member.last_name}
        {self && <span class="bar__detail"> {t("team.you")}</span>}
      </th>
      <td>{member.first_name}</td>
      <td>{member.email}</td>
      <td>
        {admin ? (
          <span class="inline-form">
            <select aria-label={t("team.roleOf", { name })} value={role} onChange={(e) => setDraft(e.currentTarget.value as Role)}>
              <option value="MEMBER">{t("role.MEMBER")}</option>
              <option value="ADMIN">{t("role.ADMIN")}</option>
            </select>
            {role !== member.role && (
              <button
                type="button"
                class="button button--small"
                aria-label={`${t("team.saveRole")} ${name}`}
                onClick={() => onRole(member, role)}
              >
                {t("team.saveRole")}
              </button>
            )}
          </span>
        ) : (
          t(`role.${member.role}`)
        )}
      </td>
      {admin && (
        <td>
          {confirming ? (
            <span class="inline-form" role="group" aria-label={t("team.removeConfirm", { name })}>
              <span>{t("team.removeConfirm", { name })}</span>
              <button
                type="button"
                ref={confirmButton}
                class="button button--small"
                onClick={() => {
                  setConfirming(false);
                  onRemove(member);
                }}
              >
                {t("team.removeYes")}
              </button>
              <button type="button" class="button button--secondary button--small" onClick={() => setConfirming(false)}>
                {t("create.cancel")}
              </button>
            </span>
          ) : (
            <button
              type="button"
              class="button button--secondary button--small"
              aria-label={`${t("team.remove")} ${name}`}
              onClick={() => setConfirming(true)}
            >
              {t("team.remove")}
            </button>
          )}
        </td>
      )}
    </tr>
  );
}

function Invitations({
  invitations,
  onResend,
  onCancel,
}: {
  invitations: Invitation[];
  onResend: (invitation: Invitation) => void;
  onCancel: (invitation: Invitation) => void;
}) {
  const { t, locale } = useI18n();
  return (
    <section aria-labelledby="invitations-title">
      <h2 id="invitations-title">{t("team.pending", { n: invitations.length })}</h2>
      {invitations.length === 0 ? (
        <p>{t("team.noPending")}</p>
      ) : (
        <div class="table-wrap">
          <table class="table">
            <caption class="visually-hidden">{t("team.pendingCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("team.email")}</th>
                <th scope="col">{t("team.role")}</th>
                <th scope="col">{t("team.sentAt")}</th>
                <th scope="col">{t("team.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {invitations.map((i) => (
                <tr key={i.id}>
                  <th scope="row">{i.email}</th>
                  <td>{t(`role.${i.role as Role}`)}</td>
                  <td>{formatDate(i.updated_at, locale)}</td>
                  <td>
                    <span class="inline-form">
                      <button
                        type="button"
                        class="button button--secondary button--small"
                        aria-label={`${t("team.resend")} ${i.email}`}
                        onClick={() => onResend(i)}
                      >
                        {t("team.resend")}
                      </button>
                      <button
                        type="button"
                        class="button button--secondary button--small"
                        aria-label={`${t("team.cancelInvitation")} ${i.email}`}
                        onClick={() => onCancel(i)}
                      >
                        {t("team.cancelInvitation")}
                      </button>
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
