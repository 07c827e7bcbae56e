/** Résultats collectifs and Analyse: both read the shared results only (one API answer). */
import { api, type CampaignAnalysis } from "@pix-libre/shared/api/client";
import { useI18n } from "@pix-libre/shared/i18n";
import { type Loaded, LoadFailed, useLoaded } from "../components/Loaded";
import { Bar, Dots } from "../components/Mastery";

type State = Loaded<CampaignAnalysis>;

function useAnalysis(campaignId: number): [State, () => void] {
  return useLoaded(() => api.campaignAnalysis(campaignId), [campaignId]);
}

function Waiting({ state, retry }: { state: Exclude<State, { kind: "ready" }>; retry: () => void }) {
  const { t } = useI18n();
  if (state.kind === "loading") return <p role="status">{t("app.loading")}</p>;
  return <LoadFailed error={state.error} onRetry={retry} />;
}

export function CollectiveTab({ campaignId }: { campaignId: number }) {
  const { t, locale } = useI18n();
  const [state, retry] = useAnalysis(campaignId);
  if (state.kind !== "ready") return <Waiting state={state} retry={retry} />;
  const { data: analysis } = state;
  if (analysis.shared_participants === 0) return <p class="card empty-state">{t("collective.empty")}</p>;
  return (
    <section class="card" aria-labelledby="collective-title">
      <h2 id="collective-title">{t("collective.title")}</h2>
      <p>{t("collective.intro", { n: analysis.shared_participants })}</p>
      <div class="table-wrap">
        <table class="competence-results">
          <caption class="visually-hidden">{t("collective.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("collective.competence")}</th>
              <th scope="col">{t("collective.average")}</th>
              <th scope="col">{t("collective.validated")}</th>
              <th scope="col">{t("collective.evaluated")}</th>
            </tr>
          </thead>
          <tbody>
            {[...analysis.competences]
              .sort((a, b) => a.index.localeCompare(b.index, "fr", { numeric: true }))
              .map((c) => (
              <tr key={c.index}>
                <th scope="row">
                  <span class="competence-results__index">{c.index}</span> {c.name}
                </th>
                <td>
                  <Bar value={c.percent} max={100} text={`${c.percent} %`} />
                </td>
                <td>{c.average_validated.toLocaleString(locale === "fr" ? "fr-FR" : "en-GB", { maximumFractionDigits: 2 })}</td>
                <td>{c.targeted_skills}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function AnalysisTab({ campaignId }: { campaignId: number }) {
  const { t } = useI18n();
  const [state, retry] = useAnalysis(campaignId);
  if (state.kind !== "ready") return <Waiting state={state} retry={retry} />;
  const { data: analysis } = state;
  if (analysis.shared_participants === 0) return <p class="card empty-state">{t("analysis.empty")}</p>;
  const dotsLabel = (n: number) => t(`analysis.relevance${Math.min(4, Math.max(1, n)) as 1 | 2 | 3 | 4}`);
  return (
    <section class="card" aria-labelledby="analysis-title">
      <h2 id="analysis-title">{t("analysis.title")}</h2>
      <p>{t("analysis.intro", { n: analysis.shared_participants })}</p>
      <div class="table-wrap">
        <table class="table">
          <caption class="visually-hidden">{t("analysis.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("analysis.relevance")}</th>
              <th scope="col">{t("analysis.topic")}</th>
              <th scope="col">{t("analysis.competence")}</th>
              <th scope="col">{t("analysis.tutorials")}</th>
            </tr>
          </thead>
          <tbody>
            {analysis.tubes.map((tube) => (
              <tr key={tube.tube_id}>
                <td>
                  <Dots n={tube.relevance_dots} label={dotsLabel(tube.relevance_dots)} />
                </td>
                <th scope="row">
                  {tube.title}
                  {tube.description && <span class="bar__detail chart__hint">{tube.description}</span>}
                </th>
                <td>
                  <span class="competence-results__index">{tube.competence_index}</span> {tube.competence_name}
                </td>
                <td>{t("analysis.tutorialCount", { n: tube.tutorials })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
