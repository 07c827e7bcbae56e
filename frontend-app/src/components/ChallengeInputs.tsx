/**
 * The answering part of a challenge, by type: a radio group (QCU), checkboxes (QCM), or the
 * text of a QROC(M) with its inputs and drop-downs inline. The draft answer lives in the page;
 * `answerValue` turns it into what the API expects.
 */
import type { Challenge, Segment } from "@pix-libre/shared/api/client";
import { useI18n, type Translate } from "@pix-libre/shared/i18n";
import { Html, InlineMarkdown } from "./Html";

export interface Draft {
  /** QCU: the chosen proposal's value. */
  choice: string;
  /** QCM: the chosen proposals' values. */
  choices: string[];
  /** QROC(M): text by input key. */
  fields: Record<string, string>;
}

export const EMPTY_DRAFT: Draft = { choice: "", choices: [], fields: {} };

/** The value sent for a skipped question ("Je passe"). */
export const SKIP = "#ABAND#";

function isChoice(challenge: Challenge): boolean {
  return challenge.type === "QCU" || challenge.type === "QCM";
}

function inputKeys(challenge: Challenge): string[] {
  return (challenge.segments ?? [])
    .filter((s) => s.kind !== "text" && s.key)
    .map((s) => s.key!);
}

export function isAnswered(challenge: Challenge, draft: Draft): boolean {
  if (challenge.type === "QCU") return draft.choice !== "";
  if (challenge.type === "QCM") return draft.choices.length > 0;
  const keys = inputKeys(challenge);
  return keys.length > 0 && keys.every((key) => (draft.fields[key] ?? "").trim() !== "");
}

/** QCU "2"; QCM "1,3" (ranks in order); QROC its one text; QROCM a key → text object. */
export function answerValue(challenge: Challenge, draft: Draft): string | Record<string, string> {
  if (challenge.type === "QCU") return draft.choice;
  if (challenge.type === "QCM") {
    return [...draft.choices].sort((a, b) => Number(a) - Number(b) || a.localeCompare(b)).join(",");
  }
  const keys = inputKeys(challenge);
  if (challenge.type === "QROC" && keys.length === 1) return (draft.fields[keys[0]!] ?? "").trim();
  return Object.fromEntries(keys.map((key) => [key, (draft.fields[key] ?? "").trim()]));
}

interface Props {
  challenge: Challenge;
  draft: Draft;
  onDraft: (draft: Draft) => void;
  disabled?: boolean;
}

export function ChallengeInputs(props: Props) {
  return isChoice(props.challenge) ? <Choices {...props} /> : <Segments {...props} />;
}

function Choices({ challenge, draft, onDraft, disabled }: Props) {
  const { t } = useI18n();
  const multiple = challenge.type === "QCM";
  return (
    <fieldset class="choices" disabled={disabled}>
      <legend class="choices__legend">
        {multiple ? t("challenge.chooseSeveral") : t("challenge.chooseOne")}
      </legend>
      {(challenge.choices ?? []).map((choice, i) => {
        const id = `choice-${i + 1}`;
        const checked = multiple ? draft.choices.includes(choice.value) : draft.choice === choice.value;
        return (
          <div class={`choice${checked ? " choice--checked" : ""}`} key={choice.value}>
            <input
              type={multiple ? "checkbox" : "radio"}
              id={id}
              name="answer"
              value={choice.value}
              checked={checked}
              onChange={(event) => {
                const on = event.currentTarget.checked;
                if (!multiple) onDraft({ ...draft, choice: choice.value });
                else
                  onDraft({
                    ...draft,
                    choices: on
                      ? [...draft.choices.filter((v) => v !== choice.value), choice.value]
                      : draft.choices.filter((v) => v !== choice.value),
                  });
              }}
            />
            <label for={id}>
              <Html as="span" html={choice.label_html} />
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}

/** An accessible name for an input the content did not label: the words just before it. */
function fallbackLabel(t: Translate, segments: Segment[], index: number, rank: number): string {
  const before = segments[index - 1];
  if (before?.kind === "text" && before.text) {
    const line = before.text.split("\n").pop()!.replace(/[*_`]/g, "").trim();
    if (line.endsWith(":") && line.length > 1 && line.length <= 80) return line.slice(0, -1).trim();
  }
  return t("challenge.field", { n: rank });
}

function Segments({ challenge, draft, onDraft, disabled }: Props) {
  const { t } = useI18n();
  const segments = challenge.segments ?? [];
  const inputs = segments.filter((s) => s.kind !== "text");
  const textOnly = segments.filter((s) => s.kind === "text" && s.text?.trim());
  // A lone field with no text around it gets a visible label.
  const lone = inputs.length === 1 && textOnly.length === 0;
  let rank = 0;
  const set = (key: string, value: string) =>
    onDraft({ ...draft, fields: { ...draft.fields, [key]: value } });

  return (
    <fieldset class="qroc" disabled={disabled}>
      <legend class="visually-hidden">{t("challenge.yourAnswer")}</legend>
      <div class="qroc__text">
        {segments.map((segment, index) => {
          if (segment.kind === "text") {
            let text = segment.text ?? "";
            if (index === 0) text = text.replace(/^\s+/, "");
            if (index === segments.length - 1) text = text.replace(/\s+$/, "");
            // A blank line starts a new paragraph: a small gap rather than two empty lines.
            return text.split(/\n[ \t]*\n\s*/).map((part, i) => (
              <>
                {i > 0 && <span class="qroc__break" aria-hidden="true" />}
                <InlineMarkdown text={part} />
              </>
            ));
          }
          rank += 1;
          const key = segment.key ?? String(rank);
          const id = `answer-${key.replace(/[^\w-]/g, "_")}`;
          const label = lone
            ? segment.label || t("challenge.yourAnswer")
            : segment.label || fallbackLabel(t, segments, index, rank);
          const value = draft.fields[key] ?? "";
          return (
            <span class={lone ? "qroc__field qroc__field--lone" : "qroc__field"} key={key}>
              <label for={id} class={lone ? "qroc__label" : "visually-hidden"}>
                {label}
              </label>
              {segment.kind === "select" ? (
                <select id={id} value={value} onChange={(e) => set(key, e.currentTarget.value)}>
                  <option value="">{t("challenge.selectPlaceholder")}</option>
                  {(segment.options ?? []).map((option) => (
                    <option value={option}>{option}</option>
                  ))}
                </select>
              ) : (
                <input
                  type="text"
                  id={id}
                  value={value}
                  placeholder={segment.placeholder ?? undefined}
                  autoComplete="off"
                  autoCapitalize="off"
                  spellcheck={false}
                  size={lone ? undefined : Math.max(8, (segment.placeholder ?? "").length + 2)}
                  onInput={(e) => set(key, e.currentTarget.value)}
                />
              )}
            </span>
          );
        })}
      </div>
    </fieldset>
  );
}
