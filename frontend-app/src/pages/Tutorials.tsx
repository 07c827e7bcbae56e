import { useEffect, useLayoutEffect, useState } from "preact/hooks";
import { api, type Framework, type TutorialCard } from "@pix-libre/shared/api/client";
import { Alert } from "@pix-libre/shared/components/Alert";
import { usePageTitle } from "@pix-libre/shared/components/usePageTitle";
import { errorMessage, useI18n } from "@pix-libre/shared/i18n";
import { Link, type PageProps } from "@pix-libre/shared/navigation";
import { competencesOf } from "../competence";
import { TutorialItem } from "../components/TutorialItem";
import { focusHeadingIfLost } from "../focus";

export type TutorialsTab = "recommandes" | "enregistres";

type State =
  | { kind: "loading" }
  | { kind: "failed"; message: string }
  | { kind: "ready"; items: TutorialCard[]; framework: Framework | null };

/**
 * "Mes tutos": two tabs, each its own address (a link with `aria-current`, so the browser's
 * back button and bookmarks work): the tutorials recommended after failed questions, grouped by
 * competence, and the saved ones.
 */
export function Tutorials({ params }: PageProps) {
  const { t, locale } = useI18n();
  const tab: TutorialsTab = params.tab === "enregistres" ? "enregistres" : "recommandes";
  const [state, setState] = useState<State>({ kind: "loading" });

  useEffect(() => {
    let live = true;
    setState({ kind: "loading" });
    const list = tab === "enregistres" ? api.savedTutorials(locale) : api.recommendedTutorials(locale);
    Promise.all([list, api.framework(locale).catch(() => null)]).then(
      ([{ items }, framework]) => live && setState({ kind: "ready", items, framework }),
      (error: unknown) => live && setState({ kind: "failed", message: errorMessage(t, error) }),
    );
    return () => {
      live = false;
    };
  }, [tab, locale]);

  useLayoutEffect(() => {
    if (state.kind !== "loading") focusHeadingIfLost();
  }, [state.kind]);

  const tabName = tab === "enregistres" ? t("tutorials.saved") : t("tutorials.recommended");
  usePageTitle(`${t("tutorials.title")} – ${tabName}`);

  return (
    <div class="page tutorials-page">
      <h1>{t("tutorials.title")}</h1>
      <p>{t("tutorials.intro")}</p>
      <nav class="tabs" aria-label={t("tutorials.tabsLabel")}>
        <TabLink href="/mes-tutos/recommandes" current={tab === "recommandes"}>
          {t("tutorials.recommended")}
        </TabLink>
        <TabLink href="/mes-tutos/enregistres" current={tab === "enregistres"}>
          {t("tutorials.saved")}
        </TabLink>
      </nav>
      <section aria-labelledby="tutorials-tab-title">
        <h2 id="tutorials-tab-title" class="visually-hidden">
          {tabName}
        </h2>
        {state.kind === "loading" && <p role="status">{t("app.loading")}</p>}
        {state.kind === "failed" && <Alert>{state.message}</Alert>}
        {state.kind === "ready" &&
          (state.items.length === 0 ? (
            <div class="card empty-state">
              <p>{tab === "enregistres" ? t("tutorials.emptySaved") : t("tutorials.emptyRecommended")}</p>
              <Link href="/competences" class="button">
                {t("tutorials.goProfile")}
              </Link>
            </div>
          ) : tab === "enregistres" ? (
            <>
              <p>{t("tutorials.savedIntro")}</p>
              <div class="card">
                <TutorialList items={state.items} framework={state.framework} withCompetence />
              </div>
            </>
          ) : (
            <>
              <p>{t("tutorials.recommendedIntro")}</p>
              <ByCompetence items={state.items} framework={state.framework} />
            </>
          ))}
      </section>
    </div>
  );
}

function TabLink({ href, current, children }: { href: string; current: boolean; children: string }) {
  return (
    <Link href={href} class="tabs__tab tabs__link" aria-current={current ? "page" : undefined}>
      {children}
    </Link>
  );
}

function ByCompetence({ items, framework }: { items: TutorialCard[]; framework: Framework | null }) {
  const { t } = useI18n();
  const names = competencesOf(framework);
  const groups = new Map<string, TutorialCard[]>();
  for (const item of items) {
    const key = item.competence_index ?? "";
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return (
    <>
      {[...groups.entries()].map(([index, group]) => (
        <section class="card" aria-labelledby={`tutorials-${index || "other"}`} key={index}>
          <h3 id={`tutorials-${index || "other"}`}>
            {index ? (
              <Link href={`/competences/${index}`}>
                {index} {names[index]?.competence.name ?? ""}
              </Link>
            ) : (
              t("tutorials.otherCompetence")
            )}
          </h3>
          <TutorialList items={group} framework={framework} />
        </section>
      ))}
    </>
  );
}

function TutorialList({
  items,
  framework,
  withCompetence = false,
}: {
  items: TutorialCard[];
  framework: Framework | null;
  withCompetence?: boolean;
}) {
  const names = competencesOf(framework);
  const label = (index: string | null | undefined) =>
    withCompetence && index ? `${index} ${names[index]?.competence.name ?? ""}`.trim() : undefined;
  return (
    <ul class="tutorials__list">
      {items.map((item) => (
        <TutorialItem
          key={item.id}
          tutorial={item}
          saved={item.saved}
          useful={item.useful}
          competence={label(item.competence_index)}
        />
      ))}
    </ul>
  );
}
