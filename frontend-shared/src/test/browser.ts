import { reloadLocale } from "../i18n/locale";
import { href, syncLocation } from "../navigation";
import { reloadSession } from "../session";

/**
 * The shared state lives in module-level stores backed by localStorage and the URL: this
 * gives each test a blank browser at the app's home (or at `path`, base path included).
 */
export function resetBrowser(path = href("/")): void {
  localStorage.clear();
  window.history.replaceState(null, "", path);
  reloadSession();
  reloadLocale();
  syncLocation();
}
