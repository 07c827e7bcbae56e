/**
 * The one entry point through which an app gives the shared modules what is its own: call
 * `configure(config)` in `main.tsx` before rendering, and in the test setup.
 */
import { setMessages, type AppCatalogs } from "./i18n";
import { reloadLocale } from "./i18n/locale";
import { syncLocation } from "./navigation";
import { reloadSession } from "./session";
import { setSettings, type Settings } from "./settings";

export type { Settings } from "./settings";
export type { AppCatalogs } from "./i18n";

export interface AppConfig extends Settings {
  /** The app's own messages, merged over the shared ones (`i18n/messages.ts`). */
  messages: AppCatalogs;
}

/** Sets the app's settings and messages, then (re)reads the session, language and URL. */
export function configure(config: AppConfig): void {
  const { messages, ...settings } = config;
  setSettings(settings);
  setMessages(messages);
  reloadSession();
  reloadLocale();
  syncLocation();
}
