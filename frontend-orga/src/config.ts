/**
 * What differs between the learner app and the Orga app. The other skeleton files
 * (store, session, api/client, i18n/locale, form components) are kept identical in both.
 */
export const CLIENT_ID = "pix-orga";
/** Prefix of the localStorage keys, so both apps on one origin keep separate sessions. */
export const STORAGE_PREFIX = "pix-orga";
/** Where the app is served: "" for "/", "/orga" for "/orga/". Vite's `base` is derived from it. */
export const BASE_PATH = "/orga";
