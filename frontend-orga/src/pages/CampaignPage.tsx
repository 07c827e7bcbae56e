import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import {
  ApiError,
  api,
  type CampaignSummary,
  type Framework,
  type Participant,
  type ParticipantStatus,
} from "@pix-libre/shared/api/client";
import { Alert } from "@pix-libre/shared/components/Alert";
import { TextField } from "@pix-libre/shared/components/TextField";
import { useFocusFirstInvalid } from "@pix-libre/shared/components/form";
import { usePageTitle } from "@pix-libre/shared/components/usePageTitle";
import { errorMessage, useI18n } from "@pix-libre/shared/i18n";
import { Link, Redirect, navigate, type PageProps } from "@pix-libre/shared/navigation";
import { Confirm } from "../components/Confirm";
import { LoadFailed, useFocusOnNewPage, useLoaded } from "../components/Loaded";
import { Markdown } from "../components/Markdown";
import { Stars } from "../components/Mastery";
import { Pagination, usePage } from "../components/Pagination";
import { Tabs } from "../components/Tabs";
import { FocusedNotice, flash } from "../flash";
import {
  canManage,
  formatDate,
  targetProfileName,
  useDebounced,
  useMembership,
} from "../organization";
import { ActivityTab } from "./CampaignActivity";
import { AnalysisTab, CollectiveTab } from "./CampaignAnalysis";
import { ProfilesTab } from "./CampaignProfiles";
import { LandingTextField, errorsOf } from "./CampaignNew";
import { NotFound } from "./NotFound";

type CampaignTab = "activity" | "participants" | "collective" | "analysis" | "profiles" | "details";

/** Each tab's last URL segment, Pix's words; the participants list is the campaign's own URL. */
const TAB_SLUGS: Record<CampaignTab, string> = {
  activity: "activite",
  participants: "",
  collective: "resultats-collectifs",
  analysis: "analyse",
  profiles: "profils",
  details: "details",
};

function tabOf(slug: string | undefined): CampaignTab | null {
  const found = (Object.keys(TAB_SLUGS) as CampaignTab[]).find((tab) => TAB_SLUGS[tab] === (slug ?? ""));
  return found ?? null;
}

export function campaignTabPath(campaignId: number, tab: CampaignTab): string {
  const slug = TAB_SLUGS[tab];
  return slug ? `/campagnes/${campaignId}/${slug}` : `/campagnes/${campaignId}`;
}

type State =
  | { kind: "loading" }
  | { kind: "failed"; error: unknown }
  | { kind: "ready"; summary: CampaignSummary };

/** Starts the browser's download of a same-origin URL (a CSV attachment). */
export function download(url: string): void {
  const link = document.createElement("a");
  link.href = url;
  link.download = "";
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}

/**
 * One campaign: code, direct link, counts, export, edit, archive; its tabs (Activité,
 * Participants, Résultats collectifs and Analyse or Profils, Détails), the current one in the URL.
 */
export function CampaignPage({ params, query }: PageProps) {
  const { t } = useI18n();
  const id = Number(params.id);
  const [state, setState] = useState<State>({ kind: "loading" });
  const [attempt, setAttempt] = useState(0);
  const tab = tabOf(params.tab);
  const { user, membership } = useMembership();
  usePageTitle(
    tab === null ? t("notFound.title") : state.kind === "ready" ? state.summary.campaign.name : t("campaign.title"),
  );

  useEffect(() => {
    if (!Number.isInteger(id) || id <= 0) {
      setState({ kind: "failed", error: new ApiError({ status: 404, code: "CAMPAIGN_NOT_FOUND", detail: "" }) });
      return;
    }
    let live = true;
    api.campaign(id).then(
      (summary) => live && setState({ kind: "ready", summary }),
      (error: unknown) => live && setState({ kind: "failed", error }),
    );
    return () => {
      live = false;
    };
  }, [id, attempt]);

  // The heading appears once loaded: give it the focus the router found no heading for.
  useLayoutEffect(() => {
    const active = document.activeElement;
    if (state.kind !== "ready" || (active && active !== document.body && active.id !== "main")) return;
    const heading = document.querySelector<HTMLElement>("main h1");
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }, [state.kind]);

  if (tab === null) return <NotFound params={{}} query={query} />;
  if (state.kind === "loading") {
    return (
      <section class="page">
        <p role="status">{t("app.loading")}</p>
      </section>
    );
  }
  if (state.kind === "failed") {
    const missing = state.error instanceof ApiError && [403, 404].includes(state.error.status);
    return (
      <section class="page">
        <h1>{missing ? t("campaign.notFound") : t("campaign.title")}</h1>
        <Alert>
          <p>{missing ? t("campaign.notFoundText") : errorMessage(t, state.error)}</p>
        </Alert>
        <div class="actions">
          {!missing && (
            <button type="button" class="button" onClick={() => setAttempt((n) => n + 1)}>
              {t("app.retry")}
            </button>
          )}
          <Link href="/campagnes" class="button button--secondary">
            {t("notFound.back")}
          </Link>
        </div>
      </section>
    );
  }

  const { summary } = state;
  const campaign = summary.campaign;
  const manage = canManage(campaign, user, membership);
  const profiles = campaign.type === "PROFILES_COLLECTION";
  // A profiles collection tests nothing: no collective results, no analysis; its profiles instead.
  const tabs = [
    { key: "activity" as const, label: t("campaign.tabActivity") },
    { key: "participants" as const, label: t("campaign.tabParticipants", { n: summary.participants }) },
    ...(profiles
      ? [{ key: "profiles" as const, label: t("campaign.tabProfiles") }]
      : [
          { key: "collective" as const, label: t("campaign.tabCollective") },
          { key: "analysis" as const, label: t("campaign.tabAnalysis") },
        ]),
    { key: "details" as const, label: t("campaign.tabDetails") },
  ];
  // A link to a tab this kind of campaign has not (an assessment's "profils"): its main tab.
  if (!tabs.some((item) => item.key === tab)) return <Redirect to={campaignTabPath(campaign.id, "participants")} />;
  return (
    <section class="page page--wide">
      <p class="back">
        <Link href="/campagnes">{t("campaign.back")}</Link>
      </p>
      <div class="page__head">
        <h1>{campaign.name}</h1>
        {campaign.archived_at && <p class="tag">{t("campaign.archivedTag")}</p>}
      </div>
      <CampaignHeader summary={summary} />
      <CampaignActions
        summary={summary}
        manage={manage}
        onChange={(next) => setState({ kind: "ready", summary: next })}
      />
      <Tabs
        id="campaign"
        label={t("campaign.tabs")}
        tabs={tabs}
        selected={tab}
        onSelect={(next) => navigate(campaignTabPath(campaign.id, next))}
      >
        {tab === "activity" && <ActivityTab campaignId={campaign.id} />}
        {tab === "participants" && (
          <Participants
            summary={summary}
            manage={manage}
            onDeleted={() =>
              // The counts of the header and of the tab follow; the list reloads itself.
              api.campaign(campaign.id).then(
                (next) => setState({ kind: "ready", summary: next }),
                () => undefined,
              )
            }
          />
        )}
        {tab === "collective" && <CollectiveTab campaignId={campaign.id} />}
        {tab === "analysis" && <AnalysisTab campaignId={campaign.id} />}
        {tab === "profiles" && <ProfilesTab campaign={campaign} />}
        {tab === "details" && <Details summary={summary} profiles={profiles} />}
      </Tabs>
    </section>
  );
}

function CopyButton({ text, label, done }: { text: string; label: string; done: string }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<"" | "copied" | "failed">("");
  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(""), 4000);
    return () => clearTimeout(timer);
  }, [status]);
  return (
    <span class="copy">
      <button
        type="button"
        class="button button--secondary button--small"
        onClick={() => {
          const clipboard = navigator.clipboard as Clipboard | undefined;
          if (!clipboard) {
            setStatus("failed");
            return;
          }
          clipboard.writeText(text).then(
            () => setStatus("copied"),
            () => setStatus("failed"),
          );
        }}
      >
        {label}
      </button>
      <span role="status" class={status === "failed" ? "copy__status copy__status--failed" : "copy__status"}>
        {status === "copied" ? done : status === "failed" ? t("campaign.copyFailed") : ""}
      </span>
    </span>
  );
}

function CampaignHeader({ summary }: { summary: CampaignSummary }) {
  const { t } = useI18n();
  const campaign = summary.campaign;
  const link = new URL(summary.direct_link, window.location.origin).href;
  return (
    <div class="card campaign-header">
      <dl class="campaign-header__facts">
        <div>
          <dt>{t("campaign.code")}</dt>
          <dd>
            <span class="campaign-header__code">{campaign.code}</span>
            <CopyButton text={campaign.code} label={t("campaign.copyCode")} done={t("campaign.codeCopied")} />
          </dd>
        </div>
        <div>
          <dt>{t("campaign.participants")}</dt>
          <dd class="campaign-header__count">{summary.participants}</dd>
        </div>
        <div>
          <dt>{campaign.type === "PROFILES_COLLECTION" ? t("campaign.profilesReceived") : t("campaign.shared")}</dt>
          <dd class="campaign-header__count">{summary.shared}</dd>
        </div>
        <div class="campaign-header__link">
          <dt>{t("campaign.directLink")}</dt>
          <dd>
            <a href={link}>{link}</a>
            <CopyButton text={link} label={t("campaign.copyLink")} done={t("campaign.linkCopied")} />
          </dd>
        </div>
      </dl>
    </div>
  );
}

function CampaignActions({
  summary,
  manage,
  onChange,
}: {
  summary: CampaignSummary;
  manage: boolean;
  onChange: (summary: CampaignSummary) => void;
}) {
  const { t } = useI18n();
  const campaign = summary.campaign;
  const archived = campaign.archived_at !== null;
  const [exporting, setExporting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<"archive" | "delete" | null>(null);
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState("");
  const archiveButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);

  function closeConfirm() {
    (confirming === "delete" ? deleteButton : archiveButton).current?.focus();
    setConfirming(null);
  }

  async function exportResults() {
    if (exporting) return;
    setExporting(true);
    setError(null);
    try {
      const token = await api.exportToken(campaign.id);
      download(token.url);
    } catch (caught) {
      setError(errorMessage(t, caught));
    } finally {
      setExporting(false);
    }
  }

  async function toggleArchive() {
    setBusy(true);
    setError(null);
    try {
      const next = archived ? await api.unarchiveCampaign(campaign.id) : await api.archiveCampaign(campaign.id);
      onChange({ ...summary, campaign: next });
      setNotice(archived ? t("campaign.unarchived") : t("campaign.archivedNotice"));
      setConfirming(null);
    } catch (caught) {
      setError(errorMessage(t, caught));
    } finally {
      setBusy(false);
    }
  }

  async function deleteCampaign() {
    setBusy(true);
    setError(null);
    try {
      await api.deleteCampaign(campaign.id);
      flash(t("campaign.deletedNotice", { name: campaign.name }));
      navigate("/campagnes");
    } catch (caught) {
      setError(errorMessage(t, caught));
      setBusy(false);
    }
  }

  return (
    <>
      <div class="actions campaign-actions">
        <button type="button" class="button" aria-disabled={exporting ? "true" : undefined} onClick={() => void exportResults()}>
          {exporting ? t("campaign.exporting") : t("campaign.export")}
        </button>
        {manage && !archived && (
          <button
            type="button"
            class="button button--secondary"
            aria-expanded={editing ? "true" : "false"}
            onClick={() => {
              setEditing(!editing);
              setNotice("");
            }}
          >
            {t("campaign.edit")}
          </button>
        )}
        {manage && (
          <button
            type="button"
            ref={archiveButton}
            class="button button--secondary"
            onClick={() => {
              setConfirming("archive");
              setNotice("");
            }}
          >
            {archived ? t("campaign.unarchive") : t("campaign.archive")}
          </button>
        )}
        {manage && (
          <button
            type="button"
            ref={deleteButton}
            class="button button--secondary"
            onClick={() => {
              setConfirming("delete");
              setNotice("");
            }}
          >
            {t("campaign.delete")}
          </button>
        )}
      </div>
      {error && (
        <Alert>
          <p>{error}</p>
        </Alert>
      )}
      {notice && (
        <Alert kind="success">
          <p>{notice}</p>
        </Alert>
      )}
      {confirming === "archive" && (
        <Confirm
          id="confirm-archive"
          title={archived ? t("campaign.unarchiveConfirmTitle") : t("campaign.archiveConfirmTitle")}
          confirmLabel={archived ? t("campaign.unarchiveConfirm") : t("campaign.archiveConfirm")}
          busy={busy}
          onConfirm={() => void toggleArchive()}
          onCancel={closeConfirm}
        >
          <p>{archived ? t("campaign.unarchiveConfirmText") : t("campaign.archiveConfirmText")}</p>
        </Confirm>
      )}
      {confirming === "delete" && (
        <Confirm
          id="confirm-delete"
          title={t("campaign.deleteConfirmTitle")}
          confirmLabel={t("campaign.deleteConfirm")}
          busy={busy}
          danger
          onConfirm={() => void deleteCampaign()}
          onCancel={closeConfirm}
        >
          <p>{t("campaign.deleteConfirmText", { name: campaign.name, n: summary.participants })}</p>
          <p>
            <strong>{t("campaign.final")}</strong>
          </p>
        </Confirm>
      )}
      {editing && !archived && (
        <EditForm
          summary={summary}
          onDone={(next) => {
            setEditing(false);
            if (next) {
              onChange(next);
              setNotice(t("campaign.saved"));
            }
          }}
        />
      )}
    </>
  );
}

function EditForm({
  summary,
  onDone,
}: {
  summary: CampaignSummary;
  onDone: (summary: CampaignSummary | null) => void;
}) {
  const { t } = useI18n();
  const campaign = summary.campaign;
  const [name, setName] = useState(campaign.name);
  const [title, setTitle] = useState(campaign.title ?? "");
  const [landingText, setLandingText] = useState(campaign.landing_text ?? "");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [sending, setSending] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, attempt);
  useLayoutEffect(() => form.current?.querySelector<HTMLElement>("input")?.focus(), []);
  const assessment = campaign.type === "ASSESSMENT";

  async function submit(event: Event) {
    event.preventDefault();
    if (sending) return;
    if (!name.trim()) {
      setErrors({ name: t("error.CAMPAIGN_NAME_IS_REQUIRED") });
      setAttempt((n) => n + 1);
      return;
    }
    setSending(true);
    try {
      const next = await api.updateCampaign(campaign.id, {
        name: name.trim(),
        landing_text: landingText.trim() || null,
        ...(assessment && { title: title.trim() || null }),
      });
      onDone({ ...summary, campaign: next });
    } catch (error) {
      setErrors(errorsOf(t, error));
      setAttempt((n) => n + 1);
      setSending(false);
    }
  }

  return (
    <form ref={form} class="card form" noValidate aria-labelledby="edit-title" onSubmit={(event) => void submit(event)}>
      <h2 id="edit-title">{t("campaign.editTitle")}</h2>
      {errors.form && (
        <Alert>
          <p>{errors.form}</p>
        </Alert>
      )}
      <TextField id="edit-name" label={t("create.name")} value={name} onValue={setName} error={errors.name} maxLength={255} />
      {assessment && (
        <TextField
          id="edit-title-field"
          label={t("create.testTitle")}
          value={title}
          onValue={setTitle}
          error={errors.title}
          maxLength={255}
        />
      )}
      <LandingTextField id="edit-landing-text" value={landingText} onValue={setLandingText} error={errors.landingText} />
      <div class="actions">
        <button type="submit" class="button" aria-disabled={sending ? "true" : undefined}>
          {sending ? t("form.sending") : t("campaign.save")}
        </button>
        <button type="button" class="button button--secondary" onClick={() => onDone(null)}>
          {t("create.cancel")}
        </button>
      </div>
    </form>
  );
}

export const PARTICIPANTS_PAGE_SIZE = 25;

function Participants({
  summary,
  manage,
  onDeleted,
}: {
  summary: CampaignSummary;
  /** Owner or administrator: may take a participant out of the campaign. */
  manage: boolean;
  onDeleted: () => void;
}) {
  const { t, locale } = useI18n();
  const campaign = summary.campaign;
  const collection = campaign.type === "PROFILES_COLLECTION";
  const [status, setStatus] = useState<ParticipantStatus | "">("");
  const [search, setSearch] = useState("");
  const query = useDebounced(search.trim());
  const [page, setPage] = usePage(`${status}|${query}`);
  const [state, retry] = useLoaded(
    () =>
      api.campaignParticipants(campaign.id, {
        status: status || undefined,
        search: query,
        page,
        pageSize: PARTICIPANTS_PAGE_SIZE,
      }),
    [campaign.id, status, query, page],
  );
  const [table, focusTableNext] = useFocusOnNewPage(state);
  const [removing, setRemoving] = useState<Participant | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState("");
  const [error, setError] = useState<string | null>(null);
  const name = (p: Participant) => `${p.first_name} ${p.last_name}`;

  function closeConfirm() {
    if (removing) document.getElementById(`delete-participant-${removing.participation_id}`)?.focus();
    setRemoving(null);
  }

  async function remove(p: Participant) {
    setBusy(true);
    setError(null);
    try {
      await api.deleteParticipant(campaign.id, p.participation_id);
      setRemoving(null);
      setNotice(t("participants.deletedNotice", { name: name(p) }));
      retry();
      onDeleted();
    } catch (caught) {
      setError(errorMessage(t, caught));
    } finally {
      setBusy(false);
    }
  }

  // The last row of the last page was deleted: the page before, not an empty one.
  const loadedPage = state.kind === "ready" ? state.data : null;
  useEffect(() => {
    if (loadedPage && loadedPage.items.length === 0 && loadedPage.page > 1) {
      setPage(Math.max(1, Math.ceil(loadedPage.total / loadedPage.page_size)));
    }
  }, [loadedPage]);

  const result = (p: Participant) => {
    if (p.status === "STARTED") return t("participants.started");
    if (p.status === "TO_SHARE") return t("participants.toShare");
    // A profiles collection's results are the profiles sent: they are read in its Profils tab.
    if (collection) return <Link href={`/campagnes/${campaign.id}/profils`}>{t("participants.profileSent")}</Link>;
    if (p.mastery_percent === null) return t("participants.shared");
    return <Stars percent={p.mastery_percent} />;
  };
  const data = state.kind === "ready" ? state.data : null;
  const filtered = status !== "" || query !== "";
  return (
    <>
      <div class="filters">
        <div class="field">
          <label for="participant-status">{t("participants.status")}</label>
          <select
            id="participant-status"
            value={status}
            onChange={(event) => setStatus(event.currentTarget.value as ParticipantStatus | "")}
          >
            <option value="">{t("participants.allStatuses")}</option>
            <option value="STARTED">{t("participants.started")}</option>
            <option value="TO_SHARE">{t("participants.toShare")}</option>
            <option value="SHARED">{t("participants.shared")}</option>
          </select>
        </div>
        <div class="field">
          <label for="participant-search">{t("participants.search")}</label>
          <input
            id="participant-search"
            type="search"
            value={search}
            onInput={(event) => setSearch(event.currentTarget.value)}
          />
        </div>
      </div>
      {/* The row and its button are gone: the focus goes to the message that says so. */}
      {notice && <FocusedNotice key={notice} message={notice} />}
      {error && (
        <Alert>
          <p>{error}</p>
        </Alert>
      )}
      {removing && (
        <Confirm
          key={removing.participation_id}
          id="confirm-delete-participant"
          title={t("participants.deleteConfirmTitle", { name: name(removing) })}
          confirmLabel={t("participants.deleteConfirm")}
          busy={busy}
          danger
          onConfirm={() => void remove(removing)}
          onCancel={closeConfirm}
        >
          <p>{t("participants.deleteConfirmText", { name: name(removing) })}</p>
          <p>
            <strong>{t("campaign.final")}</strong>
          </p>
        </Confirm>
      )}
      {state.kind === "loading" && <p role="status">{t("app.loading")}</p>}
      {state.kind === "failed" && <LoadFailed error={state.error} onRetry={retry} />}
      {data && (
        <>
          <p class="visually-hidden" role="status">
            {t("participants.count", { n: data.total })}
          </p>
          {data.items.length === 0 ? (
            <p class="card empty-state">{filtered ? t("participants.noResult") : t("participants.empty")}</p>
          ) : (
            <div class="table-wrap">
              <table class="table" ref={table} tabIndex={-1}>
                <caption>
                  {t("participants.caption", {
                    n: data.total,
                    page: data.page,
                    pages: Math.max(1, Math.ceil(data.total / data.page_size)),
                  })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t("participants.lastName")}</th>
                    <th scope="col">{t("participants.firstName")}</th>
                    {campaign.external_id_label && <th scope="col">{campaign.external_id_label}</th>}
                    <th scope="col">{t("participants.startedAt")}</th>
                    <th scope="col">{t("participants.result")}</th>
                    {manage && <th scope="col">{t("participants.actions")}</th>}
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((p) => (
                    <tr key={p.participation_id}>
                      <th scope="row">
                        {p.status === "SHARED" && !collection ? (
                          <Link href={`/campagnes/${campaign.id}/participants/${p.participation_id}`}>{p.last_name}</Link>
                        ) : (
                          p.last_name
                        )}
                      </th>
                      <td>{p.first_name}</td>
                      {campaign.external_id_label && <td>{p.external_id ?? ""}</td>}
                      <td>{formatDate(p.created_at, locale)}</td>
                      <td class={`result result--${p.status.toLowerCase()}`}>{result(p)}</td>
                      {manage && (
                        <td>
                          <button
                            type="button"
                            id={`delete-participant-${p.participation_id}`}
                            class="button button--secondary button--small"
                            aria-label={t("participants.deleteOf", { name: name(p) })}
                            onClick={() => {
                              setNotice("");
                              setError(null);
                              setRemoving(p);
                            }}
                          >
                            {t("participants.delete")}
                          </button>
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pagination
            page={data.page}
            pageSize={data.page_size}
            total={data.total}
            label={t("participants.pagination")}
            onPage={(next) => {
              focusTableNext();
              setPage(next);
            }}
          />
        </>
      )}
    </>
  );
}

function Details({ summary, profiles }: { summary: CampaignSummary; profiles: boolean }) {
  const { t, locale } = useI18n();
  const campaign = summary.campaign;
  const [framework, setFramework] = useState<Framework | null>(null);
  useEffect(() => {
    if (!campaign.competence_index) return;
    api.framework(locale).then(setFramework, () => setFramework(null));
  }, [campaign.competence_index, locale]);

  let tested = t("details.none");
  if (campaign.target_profile_id) tested = targetProfileName(campaign.target_profile_id);
  else if (campaign.competence_index) {
    const competence = framework?.areas
      .flatMap((area) => area.competences)
      .find((c) => c.index === campaign.competence_index);
    tested = t("details.competence", { index: campaign.competence_index, name: competence?.name ?? "" }).trim();
  }
  return (
    <dl class="details card">
      <dt>{t("details.goal")}</dt>
      <dd>{profiles ? t("create.goalProfiles") : t("create.goalAssessment")}</dd>
      {!profiles && (
        <>
          <dt>{t("details.tested")}</dt>
          <dd>{tested}</dd>
          <dt>{t("create.testTitle")}</dt>
          <dd>{campaign.title || t("details.none")}</dd>
        </>
      )}
      <dt>{t("details.externalId")}</dt>
      <dd>
        {campaign.external_id_label
          ? `${campaign.external_id_label} (${
              campaign.external_id_type === "EMAIL" ? t("create.externalIdEmail") : t("create.externalIdString")
            })`
          : t("details.noExternalId")}
      </dd>
      <dt>{t("details.multipleSendings")}</dt>
      <dd>{campaign.multiple_sendings ? t("create.yes") : t("create.no")}</dd>
      <dt>{t("details.createdAt")}</dt>
      <dd>{formatDate(campaign.created_at, locale)}</dd>
      <dt>{t("create.landingText")}</dt>
      <dd>{campaign.landing_text ? <Markdown text={campaign.landing_text} /> : t("details.none")}</dd>
    </dl>
  );
}
