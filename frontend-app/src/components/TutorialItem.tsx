import { useState } from "preact/hooks";
import { api, type Tutorial } from "@pix-libre/shared/api/client";
import { errorMessage, useI18n } from "@pix-libre/shared/i18n";

/**
 * One tutorial: its link (new window), format, duration and source, "Enregistrer" and
 * "Tuto utile" (toggle buttons, `aria-pressed`). Used in corrections, on a competence page and
 * in "Mes tutos"; the lists of the API say whether it is saved or useful already.
 */
export function TutorialItem({
  tutorial,
  saved: initiallySaved = false,
  useful: initiallyUseful = false,
  competence,
}: {
  tutorial: Tutorial;
  saved?: boolean;
  useful?: boolean;
  /** The competence it helps with, shown under the title ("1.1 Mener une recherche…"). */
  competence?: string | undefined;
}) {
  const { t } = useI18n();
  const [saved, setSaved] = useState(initiallySaved);
  const [useful, setUseful] = useState(initiallyUseful);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState("");

  async function act(action: () => Promise<unknown>, done: () => void) {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      await action();
      done();
    } catch (caught) {
      setError(errorMessage(t, caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <li class="tutorial">
      <a href={tutorial.link} target="_blank" rel="noopener noreferrer" class="tutorial__link">
        {tutorial.title} <span class="visually-hidden">{t("tutorial.newWindow")}</span>
      </a>
      <p class="tutorial__meta">
        {t("tutorial.meta", {
          format: tutorial.format,
          minutes: tutorial.duration_minutes,
          source: tutorial.source,
        })}
      </p>
      {competence && <p class="tutorial__competence">{competence}</p>}
      <div class="tutorial__actions">
        <button
          type="button"
          class="button button--small button--secondary"
          aria-pressed={saved}
          aria-label={`${saved ? t("tutorial.saved") : t("tutorial.save")} : ${tutorial.title}`}
          onClick={() =>
            void act(
              () => (saved ? api.unsaveTutorial(tutorial.id) : api.saveTutorial(tutorial.id)),
              () => {
                setSaved(!saved);
                setStatus(saved ? t("tutorial.unsavedStatus") : t("tutorial.savedStatus"));
              },
            )
          }
        >
          <span aria-hidden="true">{saved ? "★ " : "☆ "}</span>
          {saved ? t("tutorial.saved") : t("tutorial.save")}
        </button>
        <button
          type="button"
          class="button button--small button--secondary"
          aria-pressed={useful}
          aria-label={`${t("tutorial.useful")} : ${tutorial.title}`}
          onClick={() =>
            void act(
              () => api.rateTutorial(tutorial.id, !useful),
              () => {
                setUseful(!useful);
                setStatus(useful ? t("tutorial.notUsefulStatus") : t("tutorial.usefulStatus"));
              },
            )
          }
        >
          <span aria-hidden="true">{useful ? "✓ " : ""}</span>
          {t("tutorial.useful")}
        </button>
      </div>
      <p class="visually-hidden" role="status">
        {status}
      </p>
      {error && (
        <p class="field__error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
