import { useI18n } from "@pix-libre/shared/i18n";
import { useKeyedState } from "@pix-libre/shared/keyed";

/**
 * The page of a list, which belongs to the filters it was chosen with (`filters`: any string
 * that changes with them). New filters start at page 1 in the same render, so one request goes
 * out, not one for the old page and one for page 1; coming back to earlier filters starts at
 * page 1 too.
 */
export function usePage(filters: string): [number, (page: number) => void] {
  return useKeyedState(filters, 1);
}

/** "Page X sur Y" with previous / next buttons; hidden when everything fits on one page. */
export function Pagination({
  page,
  pageSize,
  total,
  label,
  onPage,
}: {
  page: number;
  pageSize: number;
  total: number;
  /** Accessible name of the navigation landmark, e.g. "Pagination des campagnes". */
  label: string;
  onPage: (page: number) => void;
}) {
  const { t } = useI18n();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav class="pagination" aria-label={label}>
      <button
        type="button"
        class="button button--secondary button--small"
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        {t("pagination.previous")}
      </button>
      <p class="pagination__status">{t("pagination.status", { page, pages })}</p>
      <button
        type="button"
        class="button button--secondary button--small"
        disabled={page >= pages}
        onClick={() => onPage(page + 1)}
      >
        {t("pagination.next")}
      </button>
    </nav>
  );
}
