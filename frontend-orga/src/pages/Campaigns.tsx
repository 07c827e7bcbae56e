import { useEffect, useState } from "preact/hooks";
import { api, type CampaignPage as Page, type CampaignSort, type Team } from "@pix-libre/shared/api/client";
import { usePageTitle } from "@pix-libre/shared/components/usePageTitle";
import { useI18n } from "@pix-libre/shared/i18n";
import { useKeyedState } from "@pix-libre/shared/keyed";
import { Link, type PageProps } from "@pix-libre/shared/navigation";
import { type Loaded, LoadFailed, useFocusOnNewPage } from "../components/Loaded";
import { Pagination, usePage } from "../components/Pagination";
import { Tabs } from "../components/Tabs";
import { FocusedNotice, useFlash } from "../flash";
import { formatDate, useDebounced, useMembership } from "../organization";

export const PAGE_SIZE = 25;

type State = Loaded<Page>;

/**
 * The organisation's campaigns: active / archived tabs, mine / all, search by name,
 * pagination. An organisation without any campaign sees the first-use empty state.
 */
export function Campaigns(_: PageProps) {
  const { t, locale } = useI18n();
  usePageTitle(t("campaigns.title"));
  const { membership } = useMembership();
  const organizationId = membership?.organization.id ?? null;
  const [archived, setArchived] = useState(false);
  const [mine, setMine] = useState(false);
  // The owner chosen and the members to choose from belong to one organisation: another one
  // starts with every owner, and lists its own members once they are read.
  const [ownerId, setOwnerId] = useKeyedState<number | null>(organizationId, null);
  const [sort, setSort] = useState<CampaignSort>("-created_at");
  const [members, setMembers] = useKeyedState<Team["items"]>(organizationId, []);
  const [search, setSearch] = useState("");
  const name = useDebounced(search.trim());
  const [state, setState] = useState<State>({ kind: "loading" });
  const [attempt, setAttempt] = useState(0);

  // "Mes campagnes" is its own owner filter: the choice of another owner applies to "Toutes".
  const owner = mine ? null : ownerId;
  const [page, setPage] = usePage(`${archived}|${mine}|${owner}|${sort}|${name}|${organizationId}`);

  useEffect(() => {
    if (organizationId === null) return;
    let live = true;
    api
      .organizationCampaigns(organizationId, { archived, mine, ownerId: owner, sort, name, page, pageSize: PAGE_SIZE })
      .then((data) => live && setState({ kind: "ready", data }))
      .catch((error: unknown) => live && setState({ kind: "failed", error }));
    return () => {
      live = false;
    };
  }, [organizationId, archived, mine, owner, sort, name, page, attempt]);

  // The owners to choose from: the organisation's members (without them, no owner filter).
  useEffect(() => {
    if (organizationId === null) return;
    let live = true;
    api.team(organizationId).then(
      (found) => live && setMembers(found.items),
      () => live && setMembers([]),
    );
    return () => {
      live = false;
    };
  }, [organizationId]);
  const sortedBy = (column: "name" | "created_at" | "participants") =>
    sort === column ? "ascending" : sort === `-${column}` ? "descending" : undefined;

  const [table, focusTableNext] = useFocusOnNewPage(state);
  const flashed = useFlash();
  // Shown once the list is there (not while it loads, which would mount it twice).
  const notice = flashed && <FocusedNotice message={flashed} />;

  const create = (
    <Link href="/campagnes/creation" class="button">
      {t("campaigns.create")}
    </Link>
  );

  if (state.kind === "ready" && !state.data.organization_has_campaigns) {
    return (
      <section class="page">
        <h1>{t("campaigns.title")}</h1>
        {notice}
        <div class="card empty-state">
          <h2>{t("campaigns.emptyTitle")}</h2>
          <p>{t("campaigns.emptyText")}</p>
          {create}
        </div>
      </section>
    );
  }

  if (state.kind === "loading") {
    return (
      <section class="page">
        <h1>{t("campaigns.title")}</h1>
        <p role="status">{t("app.loading")}</p>
      </section>
    );
  }

  const data = state.kind === "ready" ? state.data : null;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.page_size)) : 1;
  return (
    <section class="page page--wide">
      <div class="page__head">
        <h1>{t("campaigns.title")}</h1>
        {create}
      </div>
      {notice}
      <Tabs
        id="campaigns"
        label={t("campaigns.title")}
        tabs={[
          { key: "active", label: t("campaigns.active") },
          { key: "archived", label: t("campaigns.archived") },
        ]}
        selected={archived ? "archived" : "active"}
        onSelect={(key) => setArchived(key === "archived")}
      >
        <div class="filters">
          <div class="field">
            <label for="campaign-search">{t("campaigns.search")}</label>
            <input
              id="campaign-search"
              type="search"
              value={search}
              onInput={(event) => setSearch(event.currentTarget.value)}
            />
          </div>
          <div class="segmented" role="group" aria-label={t("campaigns.owner")}>
            <button
              type="button"
              class="segmented__button"
              aria-pressed={mine ? "true" : "false"}
              onClick={() => setMine(true)}
            >
              {t("campaigns.mine")}
            </button>
            <button
              type="button"
              class="segmented__button"
              aria-pressed={mine ? "false" : "true"}
              onClick={() => setMine(false)}
            >
              {t("campaigns.all")}
            </button>
          </div>
          {!mine && members.length > 1 && (
            <div class="field">
              <label for="campaign-owner">{t("campaigns.ownerFilter")}</label>
              <select
                id="campaign-owner"
                value={ownerId === null ? "" : String(ownerId)}
                onChange={(event) => setOwnerId(event.currentTarget.value ? Number(event.currentTarget.value) : null)}
              >
                <option value="">{t("campaigns.anyOwner")}</option>
                {members.map((m) => (
                  <option key={m.user_id} value={String(m.user_id)}>
                    {m.first_name} {m.last_name}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div class="field">
            <label for="campaign-sort">{t("campaigns.sort")}</label>
            <select id="campaign-sort" value={sort} onChange={(event) => setSort(event.currentTarget.value as CampaignSort)}>
              <option value="-created_at">{t("campaigns.sort.newest")}</option>
              <option value="created_at">{t("campaigns.sort.oldest")}</option>
              <option value="name">{t("campaigns.sort.nameAsc")}</option>
              <option value="-name">{t("campaigns.sort.nameDesc")}</option>
              <option value="-participants">{t("campaigns.sort.participants")}</option>
            </select>
          </div>
        </div>
        {state.kind === "failed" && (
          <LoadFailed error={state.error} onRetry={() => setAttempt((n) => n + 1)} />
        )}
        {data && (
          <>
            <p class="visually-hidden" role="status">
              {t("campaigns.count", { n: data.total })}
            </p>
            {data.items.length === 0 ? (
              <p class="card empty-state">{t("campaigns.noResult")}</p>
            ) : (
              <div class="table-wrap">
                <table class="table" ref={table} tabIndex={-1}>
                  <caption>
                    {t(archived ? "campaigns.captionArchived" : "campaigns.captionActive", {
                      n: data.total,
                      page: data.page,
                      pages,
                    })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col" aria-sort={sortedBy("name")}>
                        {t("campaigns.col.name")}
                      </th>
                      <th scope="col">{t("campaigns.col.code")}</th>
                      <th scope="col">{t("campaigns.col.owner")}</th>
                      <th scope="col" aria-sort={sortedBy("created_at")}>
                        {t("campaigns.col.createdAt")}
                      </th>
                      <th scope="col" class="table__number" aria-sort={sortedBy("participants")}>
                        {t("campaigns.col.participants")}
                      </th>
                      <th scope="col" class="table__number">
                        {t("campaigns.col.shared")}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.items.map((item) => (
                      <tr key={item.campaign.id}>
                        <th scope="row">
                          <Link href={`/campagnes/${item.campaign.id}`}>{item.campaign.name}</Link>
                        </th>
                        <td class="code">{item.campaign.code}</td>
                        <td>{item.owner_name}</td>
                        <td>{formatDate(item.campaign.created_at, locale)}</td>
                        <td class="table__number">{item.participants}</td>
                        <td class="table__number">{item.shared}</td>
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
              label={t("campaigns.pagination")}
              onPage={(next) => {
                focusTableNext();
                setPage(next);
              }}
            />
          </>
        )}
      </Tabs>
    </section>
  );
}
