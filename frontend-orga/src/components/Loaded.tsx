/**
 * A part of a page read from the API: loading, failed (said, with a retry), or ready. The
 * pages' tabs and lists share it instead of each writing the same effect and alert.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { Alert } from "@pix-libre/shared/components/Alert";
import { errorMessage, useI18n } from "@pix-libre/shared/i18n";

export type Loaded<T> = { kind: "loading" } | { kind: "failed"; error: unknown } | { kind: "ready"; data: T };

/**
 * Calls `load` again whenever `deps` change or `retry()` is called. The previous answer stays
 * on screen while the next one loads; an answer that arrives after newer deps is dropped.
 */
export function useLoaded<T>(load: () => Promise<T>, deps: unknown[]): [Loaded<T>, () => void] {
  const [state, setState] = useState<Loaded<T>>({ kind: "loading" });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    load().then(
      (data) => live && setState({ kind: "ready", data }),
      (error: unknown) => live && setState({ kind: "failed", error }),
    );
    return () => {
      live = false;
    };
    // `deps` say when `load` reads something else.
  }, [...deps, attempt]);
  return [state, () => setAttempt((n) => n + 1)];
}

/**
 * For paged tables: after "Page suivante", focus goes to the table once the new rows are in,
 * so that they are read from the top. Returns the table's ref and what a page change calls.
 */
export function useFocusOnNewPage<T>(state: Loaded<T>): [{ current: HTMLTableElement | null }, () => void] {
  const table = useRef<HTMLTableElement>(null);
  const pending = useRef(false);
  useEffect(() => {
    if (state.kind === "ready" && pending.current) {
      pending.current = false;
      table.current?.focus();
    }
  }, [state]);
  return [
    table,
    () => {
      pending.current = true;
    },
  ];
}

/** Why the reading failed, announced, with a button to try again. */
export function LoadFailed({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <Alert>
      <p>{errorMessage(t, error)}</p>
      <button type="button" class="button button--secondary" onClick={onRetry}>
        {t("app.retry")}
      </button>
    </Alert>
  );
}
