/**
 * Activité: where the participants are, day by day, and what the shared results look like.
 * Every chart is drawn with CSS or inline SVG (no library), says its numbers in text, and
 * tells its series apart by shape and words, not only by colour.
 */
import { api, type CampaignActivity } from "@pix-libre/shared/api/client";
import { useI18n } from "@pix-libre/shared/i18n";
import { LoadFailed, useLoaded } from "../components/Loaded";
import { Bar, StarRow } from "../components/Mastery";
import { formatDate } from "../organization";

export function ActivityTab({ campaignId }: { campaignId: number }) {
  const { t } = useI18n();
  const [state, retry] = useLoaded(() => api.campaignActivity(campaignId), [campaignId]);

  if (state.kind === "loading") return <p role="status">{t("app.loading")}</p>;
  if (state.kind === "failed") return <LoadFailed error={state.error} onRetry={retry} />;
  const { data: activity } = state;
  const { started, to_share, shared } = activity.statuses;
  const total = started + to_share + shared;
  if (total === 0) return <p class="card empty-state">{t("activity.empty")}</p>;
  return (
    <div class="activity">
      <StatusChart statuses={activity.statuses} total={total} />
      <DaysChart days={activity.days} />
      {shared === 0 ? (
        <p class="card">{t("activity.noShared")}</p>
      ) : (
        <>
          {activity.stages.length > 0 && <StagesChart activity={activity} />}
          {/* A profiles collection has no mastery: no band to show. */}
          {activity.mastery_bands.some((band) => band.participants > 0) && <BandsChart activity={activity} />}
        </>
      )}
    </div>
  );
}

function StatusChart({ statuses, total }: { statuses: CampaignActivity["statuses"]; total: number }) {
  const { t } = useI18n();
  const rows = [
    { label: t("participants.started"), n: statuses.started },
    { label: t("participants.toShare"), n: statuses.to_share },
    { label: t("participants.shared"), n: statuses.shared },
  ];
  return (
    <section class="card chart" aria-labelledby="chart-status">
      <h2 id="chart-status">{t("activity.statusTitle")}</h2>
      <table class="competence-results chart__table">
        <caption class="visually-hidden">{t("activity.statusCaption", { n: total })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("participants.status")}</th>
            <th scope="col">{t("activity.participants")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td>
                <Bar value={row.n} max={total} text={t("activity.countOf", { n: row.n, total })} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

const HEIGHT = 120;

function DaysChart({ days }: { days: CampaignActivity["days"] }) {
  const { t, locale } = useI18n();
  const max = Math.max(1, ...days.map((d) => Math.max(d.started, d.shared)));
  // Wide bars for a few days, narrower ones (scrolling sideways) for a long campaign.
  const slot = Math.max(24, Math.min(64, Math.floor(640 / Math.max(1, days.length))));
  const bar = Math.floor((slot - 8) / 2);
  const width = Math.max(1, days.length) * slot;
  const totalStarted = days.reduce((sum, d) => sum + d.started, 0);
  const totalShared = days.reduce((sum, d) => sum + d.shared, 0);
  const summary = t("activity.daysSummary", {
    days: days.length,
    started: totalStarted,
    shared: totalShared,
  });
  return (
    <section class="card chart" aria-labelledby="chart-days">
      <h2 id="chart-days">{t("activity.daysTitle")}</h2>
      <ul class="chart__legend">
        <li>
          <span class="legend legend--started" aria-hidden="true" /> {t("activity.started")}
        </li>
        <li>
          <span class="legend legend--shared" aria-hidden="true" /> {t("activity.sharedSeries")}
        </li>
      </ul>
      <div class="chart__scroll">
        <svg
          class="chart__svg"
          role="img"
          aria-label={summary}
          viewBox={`0 0 ${width} ${HEIGHT + 4}`}
          width={width}
          height={HEIGHT + 4}
          preserveAspectRatio="none"
        >
          <defs>
            <pattern id="hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="4" height="4" fill="#ffffff" />
              <line x1="0" y1="0" x2="0" y2="4" stroke="#1e6b35" stroke-width="3" />
            </pattern>
          </defs>
          <line x1="0" y1={HEIGHT} x2={width} y2={HEIGHT} stroke="#5e6c84" stroke-width="1" />
          {days.map((d, i) => {
            const startedHeight = (HEIGHT * d.started) / max;
            const sharedHeight = (HEIGHT * d.shared) / max;
            const x = i * slot + 4;
            return (
              <g key={d.day}>
                <rect class="chart__started" x={x} y={HEIGHT - startedHeight} width={bar} height={startedHeight} />
                <rect
                  class="chart__shared"
                  x={x + bar + 1}
                  y={HEIGHT - sharedHeight}
                  width={bar}
                  height={sharedHeight}
                  fill="url(#hatch)"
                  stroke="#1e6b35"
                />
              </g>
            );
          })}
        </svg>
      </div>
      <p class="chart__summary">{summary}</p>
      <details class="chart__data">
        <summary>{t("activity.showData")}</summary>
        <div class="table-wrap">
          <table class="table">
            <caption>{t("activity.daysCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("activity.day")}</th>
                <th scope="col">{t("activity.started")}</th>
                <th scope="col">{t("activity.sharedSeries")}</th>
              </tr>
            </thead>
            <tbody>
              {days.map((d) => (
                <tr key={d.day}>
                  <th scope="row">{formatDate(`${d.day}T12:00:00Z`, locale)}</th>
                  <td>{d.started}</td>
                  <td>{d.shared}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}

function StagesChart({ activity }: { activity: CampaignActivity }) {
  const { t } = useI18n();
  const total = activity.statuses.shared;
  const stages = activity.stages;
  return (
    <section class="card chart" aria-labelledby="chart-stages">
      <h2 id="chart-stages">{t("activity.stagesTitle")}</h2>
      <table class="competence-results chart__table">
        <caption class="visually-hidden">{t("activity.stagesCaption", { n: total })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("activity.stage")}</th>
            <th scope="col">{t("activity.participants")}</th>
          </tr>
        </thead>
        <tbody>
          {stages.map((stage) => (
            <tr key={stage.rank}>
              <th scope="row">
                <span class="chart__rank">{t("activity.stageRank", { n: stage.rank, total: stages.length })}</span>{" "}
                {stage.title}
                <span class="bar__detail chart__hint">{stage.description}</span>
              </th>
              <td>
                <Bar value={stage.participants} max={total} text={t("activity.countOf", { n: stage.participants, total })} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function BandsChart({ activity }: { activity: CampaignActivity }) {
  const { t } = useI18n();
  const total = activity.statuses.shared;
  return (
    <section class="card chart" aria-labelledby="chart-bands">
      <h2 id="chart-bands">{t("activity.bandsTitle")}</h2>
      <table class="competence-results chart__table">
        <caption class="visually-hidden">{t("activity.bandsCaption", { n: total })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("activity.band")}</th>
            <th scope="col">{t("activity.participants")}</th>
          </tr>
        </thead>
        <tbody>
          {activity.mastery_bands.map((band) => (
            <tr key={band.low}>
              <th scope="row">
                <span>{t("activity.bandRange", { low: band.low, high: band.high })}</span>{" "}
                <StarRow stars={Math.min(4, Math.max(1, band.stars)) as 1 | 2 | 3 | 4} />
              </th>
              <td>
                <Bar value={band.participants} max={total} text={t("activity.countOf", { n: band.participants, total })} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
