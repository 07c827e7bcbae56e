import { useEffect } from "preact/hooks";
import { useI18n } from "../i18n";

/** Sets the document title, which screen readers announce after a navigation. */
export function usePageTitle(title: string): void {
  const { t } = useI18n();
  const appName = t("app.name");
  useEffect(() => {
    document.title = title ? `${title} | ${appName}` : appName;
  }, [title, appName]);
}
