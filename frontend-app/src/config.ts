/**
 * What is the learner app's own, given to @pix-libre/shared by `configure(config)` in main.tsx
 * and in the test setup. Imported by vite.config.ts too: nothing here may touch the DOM.
 */
import type { AppConfig } from "@pix-libre/shared/configure";
import { en } from "./i18n/en.ts";
import { fr } from "./i18n/fr.ts";

export const CLIENT_ID = "pix-app";
/** Prefix of the localStorage keys, so both apps on one origin keep separate sessions. */
export const STORAGE_PREFIX = "pix-app";
/** Where the app is served: "" for "/", "/orga" for "/orga/". Vite's `base` is derived from it. */
export const BASE_PATH = "";

export const config: AppConfig = {
  clientId: CLIENT_ID,
  storagePrefix: STORAGE_PREFIX,
  basePath: BASE_PATH,
  messages: { fr, en },
};
