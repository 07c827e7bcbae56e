import { settings } from "../settings";
import { createStore } from "../store";

export const LOCALES = ["fr", "en"] as const;
export type Locale = (typeof LOCALES)[number];

/** The localStorage key of the chosen language: "pix-app.locale", "pix-orga.locale". */
export function localeKey(): string {
  return `${settings().storagePrefix}.locale`;
}

function isLocale(value: unknown): value is Locale {
  return LOCALES.includes(value as Locale);
}

function readLocale(): Locale {
  const key = localeKey();
  try {
    const saved = localStorage.getItem(key);
    if (isLocale(saved)) return saved;
  } catch {
    // Storage disabled: French, the default.
  }
  return "fr";
}

/** French until `configure()` reads the saved choice. */
export const localeStore = createStore<Locale>("fr");

function applyToDocument(locale: Locale): void {
  if (typeof document !== "undefined") document.documentElement.lang = locale;
}

export function setLocale(locale: Locale): void {
  const key = localeKey();
  try {
    localStorage.setItem(key, locale);
  } catch {
    // Not persisted: the choice still holds for this page.
  }
  applyToDocument(locale);
  localeStore.set(locale);
}

/** Re-reads the saved choice and applies it to `<html lang>` (start-up, tests). */
export function reloadLocale(): void {
  const locale = readLocale();
  applyToDocument(locale);
  localeStore.set(locale);
}
