import type { Correction, Tutorial } from "@pix-libre/shared/api/client";
import { useI18n, type MessageKey } from "@pix-libre/shared/i18n";
import { Html } from "./Html";
import { TutorialItem } from "./TutorialItem";

/** How a result reads: a symbol for the eye and words for everyone (never colour alone). */
export function resultInfo(result: string): { ok: boolean; symbol: string; label: MessageKey } {
  switch (result) {
    case "ok":
      return { ok: true, symbol: "✓", label: "result.ok" };
    case "aband":
      return { ok: false, symbol: "✗", label: "result.aband" };
    case "timedout":
      return { ok: false, symbol: "✗", label: "result.timedout" };
    case "focusedOut":
      return { ok: false, symbol: "✗", label: "result.focusedOut" };
    default:
      return { ok: false, symbol: "✗", label: "result.ko" };
  }
}

/** "Réponses et tutos": the expected answer, why, and tutorials to do better next time (under
 * the checkpoint's <h2>, so its headings are <h3>). */
export function CorrectionView({ correction }: { correction: Correction }) {
  const { t } = useI18n();
  const info = resultInfo(correction.result);
  return (
    <div class="correction">
      <p class={`correction__result correction__result--${info.ok ? "ok" : "ko"}`}>
        <span aria-hidden="true">{info.symbol} </span>
        {t(info.ok ? "correction.right" : "correction.wrong")}
        {!info.ok && correction.result !== "ko" && <> ({t(info.label)})</>}
      </p>
      <Html class="correction__instruction rich-text" html={correction.instruction_html} />
      {correction.solution_text.length > 0 && (
        <div class="correction__solution">
          <h3>{t("correction.solution")}</h3>
          {correction.solution_text.length === 1 ? (
            <p>{correction.solution_text[0]}</p>
          ) : (
            <ul>
              {correction.solution_text.map((line) => (
                <li>{line}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {correction.explanation_html && (
        <div class="correction__explanation">
          <h3>{t("correction.explanation")}</h3>
          <Html class="rich-text" html={correction.explanation_html} />
        </div>
      )}
      <Tutorials title={t("correction.tutorials")} tutorials={correction.tutorials} />
      <Tutorials title={t("correction.learnMore")} tutorials={correction.learning_more_tutorials} />
    </div>
  );
}

function Tutorials({ title, tutorials }: { title: string; tutorials: Tutorial[] }) {
  if (!tutorials.length) return null;
  return (
    <div class="tutorials">
      <h3>{title}</h3>
      <ul class="tutorials__list">
        {tutorials.map((tutorial) => (
          <TutorialItem tutorial={tutorial} key={tutorial.id} />
        ))}
      </ul>
    </div>
  );
}
