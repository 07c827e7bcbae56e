import type { ComponentChildren } from "preact";
import { useLayoutEffect, useRef } from "preact/hooks";
import { useI18n } from "@pix-libre/shared/i18n";

/**
 * A confirmation card for an action that changes a campaign for everyone (archive, delete):
 * it takes the focus when it opens, Escape or "Annuler" close it (the caller puts the focus
 * back on the button that opened it), and its main button says what will happen.
 */
export function Confirm({
  id,
  title,
  children,
  confirmLabel,
  busy,
  danger = false,
  onConfirm,
  onCancel,
}: {
  id: string;
  title: string;
  children: ComponentChildren;
  confirmLabel: string;
  busy: boolean;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => box.current?.focus(), []);
  return (
    <div
      class="card confirm"
      role="group"
      aria-labelledby={`${id}-title`}
      tabIndex={-1}
      ref={box}
      onKeyDown={(event) => {
        if (event.key === "Escape") onCancel();
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
      <div class="actions">
        <button
          type="button"
          class={danger ? "button button--danger" : "button"}
          aria-disabled={busy ? "true" : undefined}
          onClick={() => {
            if (!busy) onConfirm();
          }}
        >
          {confirmLabel}
        </button>
        <button type="button" class="button button--secondary" onClick={onCancel}>
          {t("create.cancel")}
        </button>
      </div>
    </div>
  );
}
