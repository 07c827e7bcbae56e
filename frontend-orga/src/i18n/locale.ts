import { STORAGE_PREFIX } from "../config";
import { createStore } from "../store";

export const LOCALES = ["fr", "en"] as const;
export type Locale = (typeof LOCALES)[number];

export const LOCALE_KEY = `${STORAGE_PREFIX}.locale`;

function isLocale(value: unknown): value is Locale {
  return LOCALES.includes(value as Locale);
}

function readLocale(): Locale {
  try {
    const saved = localStorage.getItem(LOCALE_KEY);
    if (isLocale(saved)) return saved;
  } catch {
    // Storage disabled: French, the default.
  }
  return "fr";
}

export const localeStore = createStore<Locale>(readLocale());

function applyToDocument(locale: Locale): void {
  if (typeof document !== "undefined") document.documentElement.lang = locale;
}

applyToDocument(localeStore.get());

export function setLocale(locale: Locale): void {
  try {
    localStorage.setItem(LOCALE_KEY, locale);
  } catch {
    // Not persisted: the choice still holds for this page.
  }
  applyToDocument(locale);
  localeStore.set(locale);
}

/** Re-reads the saved choice (start-up, tests). */
export function reloadLocale(): void {
  const locale = readLocale();
  applyToDocument(locale);
  localeStore.set(locale);
}
