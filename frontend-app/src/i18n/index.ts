import { useCallback } from "preact/hooks";
import { ApiError, type FieldError } from "../api/client";
import { useStore } from "../store";
import { en } from "./en";
import { fr, type MessageKey } from "./fr";
import { localeStore, setLocale, type Locale } from "./locale";

export { LOCALES, setLocale, type Locale } from "./locale";
export type { MessageKey } from "./fr";

const catalogs: Record<Locale, Record<MessageKey, string>> = { fr, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translate(
  locale: Locale,
  key: MessageKey,
  params?: Record<string, string | number>,
): string {
  const template = catalogs[locale][key] ?? fr[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function useI18n(): { t: Translate; locale: Locale; setLocale: (l: Locale) => void } {
  const locale = useStore(localeStore);
  const t = useCallback<Translate>((key, params) => translate(locale, key, params), [locale]);
  return { t, locale, setLocale };
}

function isMessageKey(key: string): key is MessageKey {
  return key in fr;
}

/** A message for an API error code, or null when the app has none for it. */
export function codeMessage(t: Translate, code: string): string | null {
  const key = `error.${code}`;
  return isMessageKey(key) ? t(key) : null;
}

/** The sentence to show for any error thrown by an API call. */
export function errorMessage(t: Translate, error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 429) return t("error.TOO_MANY_REQUESTS");
    return codeMessage(t, error.code) ?? (error.status >= 500 ? t("error.generic") : error.detail || t("error.generic"));
  }
  return t("error.generic");
}

/** Field errors of a 422 answer, keyed by field name, in the user's language when known. */
export function fieldMessages(t: Translate, errors: FieldError[]): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const error of errors) {
    if (messages[error.field]) continue;
    messages[error.field] = codeMessage(t, error.code) ?? (error.message || t("error.generic"));
  }
  return messages;
}

/** "blocked_until" of an ACCOUNT_TEMPORARILY_BLOCKED answer, as a sentence; null without it. */
export function blockedUntilMessage(t: Translate, locale: Locale, error: ApiError): string | null {
  const raw = error.meta.blocked_until;
  const date = typeof raw === "string" ? new Date(raw) : null;
  if (!date || Number.isNaN(date.getTime())) return null;
  const formatted = new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", {
    dateStyle: "long",
    timeStyle: "short",
  }).format(date);
  return t("error.blockedUntil", { date: formatted });
}
