import { useI18n } from "@pix-libre/shared/i18n";
import { masteryStars } from "../organization";

/** Orga's stars (0-20 / 21-50 / 51-80 / 81-100 %): filled and hollow shapes, and words. */
export function StarRow({ stars }: { stars: 1 | 2 | 3 | 4 }) {
  const { t } = useI18n();
  return (
    <>
      <span class="stage__stars mastery__stars" aria-hidden="true">
        {[1, 2, 3, 4].map((n) => (
          <span key={n} class={n <= stars ? "star star--on" : "star"}>
            {n <= stars ? "★" : "☆"}
          </span>
        ))}
      </span>
      <span class="visually-hidden">{t(`participants.stars${stars}`)}</span>
    </>
  );
}

/** A mastery %: the number, then its stars. */
export function Stars({ percent }: { percent: number }) {
  return (
    <span class="mastery">
      <span class="mastery__percent">{percent} %</span> <StarRow stars={masteryStars(percent)} />
    </span>
  );
}

/** Relevance of a topic, 1 to 4 dots (filled / hollow) with its words for everyone. */
export function Dots({ n, label }: { n: number; label: string }) {
  return (
    <span class="dots">
      <span class="dots__shapes" aria-hidden="true">
        {[1, 2, 3, 4].map((i) => (
          <span key={i} class={i <= n ? "dot dot--on" : "dot"}>
            {i <= n ? "●" : "○"}
          </span>
        ))}
      </span>{" "}
      <span class="dots__label">{label}</span>
    </span>
  );
}

/** A horizontal bar whose value is always written beside it (never colour alone). */
export function Bar({ value, max, text }: { value: number; max: number; text: string }) {
  const width = max > 0 ? Math.max(0, Math.min(100, (100 * value) / max)) : 0;
  return (
    <span class="hbar">
      <span class="bar hbar__track" aria-hidden="true">
        <span class="bar__fill hbar__fill" style={{ width: `${width}%` }} />
      </span>
      <span class="bar__text">{text}</span>
    </span>
  );
}
