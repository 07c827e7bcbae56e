/**
 * Profils: what a profiles collection received, the latest profile each learner sent, as it was
 * then. One row per learner (name, external id, sending date, total pix, certifiable); the
 * certifiable competences and the 16 levels open under the row, so the table fits a tablet.
 * Above it, a participant search (debounced, as in the participants list) and a certifiability
 * filter; a change of filter goes back to page 1.
 */
import { Fragment } from "preact";
import { useState } from "preact/hooks";
import { api, type OrgaCampaign, type SharedProfile, type SharedProfilePage } from "@pix-libre/shared/api/client";
import { useI18n } from "@pix-libre/shared/i18n";
import { useKeyedState } from "@pix-libre/shared/keyed";
import { LoadFailed, useFocusOnNewPage, useLoaded } from "../components/Loaded";
import { Pagination, usePage } from "../components/Pagination";
import { formatDate, useDebounced } from "../organization";

export const PROFILES_PAGE_SIZE = 25;

type Certifiable = "" | "true" | "false";

export function ProfilesTab({ campaign }: { campaign: OrgaCampaign }) {
  const { t, locale } = useI18n();
  const [search, setSearch] = useState("");
  const query = useDebounced(search.trim());
  const [certifiable, setCertifiable] = useState<Certifiable>("");
  const [page, setPage] = usePage(`${certifiable}|${query}`);
  const [state, retry] = useLoaded(
    () =>
      api.campaignProfiles(campaign.id, {
        search: query,
        certifiable: certifiable === "" ? undefined : certifiable === "true",
        page,
        pageSize: PROFILES_PAGE_SIZE,
      }),
    [campaign.id, query, certifiable, page],
  );
  const [table, focusTableNext] = useFocusOnNewPage(state);

  const filtered = query !== "" || certifiable !== "";
  const countOf = (n: number) =>
    t(new Intl.PluralRules(locale).select(n) === "one" ? "profiles.countOne" : "profiles.count", { n });
  // Nothing received at all: no filter to offer, only the empty state.
  if (state.kind === "ready" && state.data.total === 0 && !filtered) {
    return <p class="card empty-state">{t("profiles.empty")}</p>;
  }
  return (
    <>
      <div class="filters" role="search" aria-label={t("profiles.filters")}>
        <div class="field">
          <label for="profile-search">{t("profiles.search")}</label>
          <p id="profile-search-hint" class="field__hint">
            {t("profiles.searchHint")}
          </p>
          <input
            id="profile-search"
            type="search"
            value={search}
            aria-describedby="profile-search-hint"
            onInput={(event) => setSearch(event.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="profile-certifiable">{t("profiles.certifiable")}</label>
          <select
            id="profile-certifiable"
            value={certifiable}
            onChange={(event) => setCertifiable(event.currentTarget.value as Certifiable)}
          >
            <option value="">{t("profiles.all")}</option>
            <option value="true">{t("profiles.yes")}</option>
            <option value="false">{t("profiles.no")}</option>
          </select>
        </div>
      </div>
      <p class="filters__count" role="status">
        {state.kind === "ready" ? countOf(state.data.total) : ""}
      </p>
      {state.kind === "loading" && <p role="status">{t("app.loading")}</p>}
      {state.kind === "failed" && <LoadFailed error={state.error} onRetry={retry} />}
      {state.kind === "ready" &&
        (state.data.total === 0 ? (
          <p class="card empty-state">{t("profiles.noResult")}</p>
        ) : (
          <ProfilesTable
            campaign={campaign}
            data={state.data}
            table={table}
            onPage={(next) => {
              focusTableNext();
              setPage(next);
            }}
          />
        ))}
    </>
  );
}

function ProfilesTable({
  campaign,
  data,
  table,
  onPage,
}: {
  campaign: OrgaCampaign;
  data: SharedProfilePage;
  table: { current: HTMLTableElement | null };
  onPage: (page: number) => void;
}) {
  const { t, locale } = useI18n();
  // The rows opened on this page of results: another page or other filters start closed.
  const [open, setOpen] = useKeyedState<ReadonlySet<number>>(data, new Set());
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
        onPage={onPage}
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
