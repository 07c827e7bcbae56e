/**
 * Profils: what a profiles collection received, the latest profile each learner sent, as it was
 * then. One row per learner (name, external id, sending date, total pix, certifiable); the
 * certifiable competences and the 16 levels open under the row, so the table fits a tablet.
 */
import { Fragment } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { api, type OrgaCampaign, type SharedProfile, type SharedProfilePage } from "@pix-libre/shared/api/client";
import { Alert } from "@pix-libre/shared/components/Alert";
import { errorMessage, useI18n } from "@pix-libre/shared/i18n";
import { Pagination } from "../components/Pagination";
import { formatDate } from "../organization";

export const PROFILES_PAGE_SIZE = 25;

type State = { kind: "loading" } | { kind: "failed"; error: unknown } | { kind: "ready"; data: SharedProfilePage };

export function ProfilesTab({ campaign }: { campaign: OrgaCampaign }) {
  const { t, locale } = useI18n();
  const [page, setPage] = useState(1);
  const [state, setState] = useState<State>({ kind: "loading" });
  const [attempt, setAttempt] = useState(0);
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const table = useRef<HTMLTableElement>(null);
  const focusTable = useRef(false);

  useEffect(() => {
    let live = true;
    api.campaignProfiles(campaign.id, { page, pageSize: PROFILES_PAGE_SIZE }).then(
      (data) => live && setState({ kind: "ready", data }),
      (error: unknown) => live && setState({ kind: "failed", error }),
    );
    return () => {
      live = false;
    };
  }, [campaign.id, page, attempt]);
  useEffect(() => {
    if (state.kind === "ready" && focusTable.current) {
      focusTable.current = false;
      table.current?.focus();
    }
  }, [state]);

  if (state.kind === "loading") return <p role="status">{t("app.loading")}</p>;
  if (state.kind === "failed") {
    return (
      <Alert>
        <p>{errorMessage(t, state.error)}</p>
        <button type="button" class="button button--secondary" onClick={() => setAttempt((n) => n + 1)}>
          {t("app.retry")}
        </button>
      </Alert>
    );
  }
  const { data } = state;
  if (data.total === 0) return <p class="card empty-state">{t("profiles.empty")}</p>;
  const external = campaign.external_id_label;
  const columns = external ? 7 : 6;
  const toggle = (id: number) => {
    const next = new Set(open);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setOpen(next);
  };
  return (
    <>
      <div class="table-wrap">
        <table class="table profiles" ref={table} tabIndex={-1}>
          <caption>
            {t("profiles.caption", {
              n: data.total,
              page: data.page,
              pages: Math.max(1, Math.ceil(data.total / data.page_size)),
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("participants.lastName")}</th>
              <th scope="col">{t("participants.firstName")}</th>
              {external && <th scope="col">{external}</th>}
              <th scope="col">{t("profiles.sharedAt")}</th>
              <th scope="col" class="table__number">
                {t("profiles.totalPix")}
              </th>
              <th scope="col">{t("profiles.certifiable")}</th>
              <th scope="col">{t("profiles.levels")}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((profile) => {
              const expanded = open.has(profile.participation_id);
              const detail = `profile-${profile.participation_id}-levels`;
              const name = `${profile.first_name} ${profile.last_name}`;
              return (
                <Fragment key={profile.participation_id}>
                  <tr>
                    <th scope="row">{profile.last_name}</th>
                    <td>{profile.first_name}</td>
                    {external && <td>{profile.external_id ?? ""}</td>}
                    <td>{formatDate(profile.shared_at, locale)}</td>
                    <td class="table__number">{profile.total_pix}</td>
                    <td>
                      <span class={profile.certifiable ? "tag tag--shared" : "tag"}>
                        {profile.certifiable ? t("profiles.yes") : t("profiles.no")}
                      </span>
                    </td>
                    <td>
                      <button
                        type="button"
                        class="button button--secondary button--small profiles__toggle"
                        aria-expanded={expanded ? "true" : "false"}
                        aria-controls={detail}
                        aria-label={t(expanded ? "profiles.hideLevelsOf" : "profiles.showLevelsOf", { name })}
                        onClick={() => toggle(profile.participation_id)}
                      >
                        {expanded ? t("profiles.hideLevels") : t("profiles.showLevels")}
                      </button>
                    </td>
                  </tr>
                  <tr id={detail} class="profiles__detail" hidden={!expanded}>
                    <td colSpan={columns}>{expanded && <Levels profile={profile} name={name} />}</td>
                  </tr>
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
      <Pagination
        page={data.page}
        pageSize={data.page_size}
        total={data.total}
        label={t("profiles.pagination")}
        onPage={(next) => {
          focusTable.current = true;
          setOpen(new Set());
          setPage(next);
        }}
      />
    </>
  );
}

/** Every competence of the profile: level (0 to 5) and pix, in the framework's order. */
function Levels({ profile, name }: { profile: SharedProfile; name: string }) {
  const { t } = useI18n();
  return (
    <>
      <p class="profiles__certifiable">
        {t("profiles.certifiableCompetences", { n: profile.certifiable_competences, total: profile.competences.length })}
      </p>
      <table class="table profiles__levels">
      <caption>{t("profiles.levelsCaption", { name })}</caption>
      <thead>
        <tr>
          <th scope="col">{t("profiles.competence")}</th>
          <th scope="col" class="table__number">
            {t("profiles.level")}
          </th>
          <th scope="col" class="table__number">
            {t("profiles.pix")}
          </th>
        </tr>
      </thead>
      <tbody>
        {profile.competences.map((competence) => (
          <tr key={competence.index}>
            <th scope="row">
              {competence.index} {competence.name}
            </th>
            <td class="table__number">{competence.level}</td>
            <td class="table__number">{competence.pix}</td>
          </tr>
        ))}
      </tbody>
      </table>
    </>
  );
}
