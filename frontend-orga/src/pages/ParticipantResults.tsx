/** One participant's results, as sent: progress, dates, skills, %, competences, stage, badges. */
import { useEffect, useLayoutEffect, useState } from "preact/hooks";
import { ApiError, api, type Framework, type ParticipantResults as Results } from "@pix-libre/shared/api/client";
import { Alert } from "@pix-libre/shared/components/Alert";
import { usePageTitle } from "@pix-libre/shared/components/usePageTitle";
import { errorMessage, useI18n } from "@pix-libre/shared/i18n";
import { Link, type PageProps } from "@pix-libre/shared/navigation";
import { Bar, Stars } from "../components/Mastery";
import { formatDate } from "../organization";

/** "1.2" before "1.10" before "2.1". */
const byIndex = (a: { index: string }, b: { index: string }) => a.index.localeCompare(b.index, "fr", { numeric: true });

type State = { kind: "loading" } | { kind: "failed"; error: unknown } | { kind: "ready"; results: Results };

export function ParticipantResults({ params }: PageProps) {
  const { t, locale } = useI18n();
  const campaignId = Number(params.id);
  const participationId = Number(params.participationId);
  const [state, setState] = useState<State>({ kind: "loading" });
  const [framework, setFramework] = useState<Framework | null>(null);
  const name = state.kind === "ready" ? `${state.results.first_name} ${state.results.last_name}` : "";
  usePageTitle(name || t("individual.title"));

  useEffect(() => {
    let live = true;
    api.participantResults(campaignId, participationId).then(
      (results) => live && setState({ kind: "ready", results }),
      (error: unknown) => live && setState({ kind: "failed", error }),
    );
    return () => {
      live = false;
    };
  }, [campaignId, participationId]);
  useEffect(() => {
    api.framework(locale).then(setFramework, () => setFramework(null));
  }, [locale]);
  useLayoutEffect(() => {
    const active = document.activeElement;
    if (state.kind === "loading" || (active && active !== document.body && active.id !== "main")) return;
    document.querySelector<HTMLElement>("main h1")?.focus();
  }, [state.kind]);

  const back = (
    <p class="back">
      <Link href={`/campagnes/${campaignId}`}>{t("individual.back")}</Link>
    </p>
  );
  if (state.kind === "loading") return <p role="status">{t("app.loading")}</p>;
  if (state.kind === "failed") {
    const notShared = state.error instanceof ApiError && state.error.code === "RESULTS_NOT_SHARED";
    return (
      <section class="page">
        {back}
        <h1 tabIndex={-1}>{t("individual.title")}</h1>
        <Alert>
          <p>{notShared ? t("individual.notShared") : errorMessage(t, state.error)}</p>
        </Alert>
      </section>
    );
  }
  const r = state.results;
  const competenceName = (index: string) =>
    framework?.areas.flatMap((a) => a.competences).find((c) => c.index === index)?.name ?? "";
  return (
    <section class="page page--wide">
      {back}
      <h1 tabIndex={-1}>{name}</h1>
      <div class="card">
        <dl class="details">
          {r.external_id && (
            <>
              <dt>{t("individual.externalId")}</dt>
              <dd>{r.external_id}</dd>
            </>
          )}
          <dt>{t("individual.progress")}</dt>
          <dd>{r.completed ? "100 %" : t("individual.inProgress")}</dd>
          <dt>{t("individual.startedAt")}</dt>
          <dd>{formatDate(r.created_at, locale)}</dd>
          <dt>{t("individual.sharedAt")}</dt>
          <dd>{r.shared_at ? formatDate(r.shared_at, locale) : "—"}</dd>
          <dt>{t("individual.skills")}</dt>
          <dd>{t("individual.skillsValue", { validated: r.validated, tested: r.tested })}</dd>
          <dt>{t("individual.mastery")}</dt>
          <dd class="results__mastery">
            <Stars percent={r.mastery_percent} />
          </dd>
        </dl>
      </div>
      {r.stage && (
        <section class="stage" aria-labelledby="stage-title">
          <h2 id="stage-title">{t("individual.stage")}</h2>
          {/* As on the learner's page: the first stage has no star, each next one adds one. */}
          <p class="stage__stars" aria-hidden="true">
            {Array.from({ length: Math.max(0, r.stage.total - 1) }, (_, i) =>
              i < r.stage!.reached - 1 ? (
                <span key={i} class="star star--on">
                  ★
                </span>
              ) : (
                <span key={i} class="star">
                  ☆
                </span>
              ),
            )}
          </p>
          <p class="visually-hidden">{t("individual.stageWords", { n: r.stage.reached, total: r.stage.total })}</p>
          <p class="stage__title">{r.stage.title}</p>
          <p>{r.stage.message}</p>
        </section>
      )}
      {r.competences.length > 0 && (
        <section class="card" aria-labelledby="competences-title">
          <h2 id="competences-title">{t("individual.competences")}</h2>
          <div class="table-wrap">
            <table class="competence-results">
              <thead>
                <tr>
                  <th scope="col">{t("collective.competence")}</th>
                  <th scope="col">{t("individual.competencePercent")}</th>
                  <th scope="col">{t("individual.validated")}</th>
                  <th scope="col">{t("collective.evaluated")}</th>
                </tr>
              </thead>
              <tbody>
                {[...r.competences].sort(byIndex).map((c) => (
                  <tr key={c.index}>
                    <th scope="row">
                      <span class="competence-results__index">{c.index}</span> {competenceName(c.index)}
                    </th>
                    <td>
                      <Bar value={c.percent} max={100} text={`${c.percent} %`} />
                    </td>
                    <td>{c.validated}</td>
                    <td>{c.tested}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      {r.badges.length > 0 && (
        <section class="card" aria-labelledby="badges-title">
          <h2 id="badges-title">{t("individual.badges")}</h2>
          <ul class="badges">
            {r.badges.map((b) => (
              <li key={b.key} class={b.acquired ? "badge badge--acquired" : "badge"}>
                <span aria-hidden="true">{b.acquired ? "✓" : "✗"}</span>
                <span class="badge__title">{b.title}</span>
                <span class="badge__status">{b.acquired ? t("individual.badgeAcquired") : t("individual.badgeNotAcquired")}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
