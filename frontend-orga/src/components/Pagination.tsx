import { useI18n } from "@pix-libre/shared/i18n";

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
