/**
 * What differs between the apps that use this package, as given to `configure()` by each
 * app at start-up (see configure.ts). Read on use, never at import: the modules of an app are
 * evaluated before its main module gets to call `configure()`.
 */
export interface Settings {
  /** OAuth2 `client_id` sent with every token request: "pix-app", "pix-orga". */
  clientId: string;
  /** Prefix of the localStorage keys, so that apps on one origin keep separate sessions. */
  storagePrefix: string;
  /** Where the app is served: "" for "/", "/orga" for "/orga/" (no trailing slash). */
  basePath: string;
}

let current: Settings | null = null;

export function setSettings(settings: Settings): void {
  current = { ...settings };
}

export function settings(): Settings {
  if (!current) {
    throw new Error("@pix-libre/shared is not configured: call configure() before using it.");
  }
  return current;
}
