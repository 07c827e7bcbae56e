/**
 * Messages in the user's language: the shared catalogue (messages.ts) with the app's own
 * merged over it by `configure()`. Each app registers the type of its French catalogue so
 * that `t()` accepts exactly the shared keys and the app's, in the app and in this package:
 *
 *     declare module "@pix-libre/shared/i18n" {
 *       interface Register { messages: typeof fr }
 *     }
 */
import { useCallback } from "preact/hooks";
import { ApiError, type FieldError } from "../api/client";
import { useStore } from "../store";
import { commonEn, commonFr, type CommonKey } from "./messages";
import { localeStore, setLocale, type Locale } from "./locale";

export { LOCALES, localeKey, reloadLocale, setLocale, type Locale } from "./locale";

/** Filled in by each app (module augmentation, see above); empty in this package alone. */
export interface Register {}

/** Keys every app words itself and the shared code uses ("Page | Pix Orga"). */
type OwnKey = "app.name";
type AppKey = Register extends { messages: infer M } ? keyof M & string : never;
export type MessageKey = CommonKey | OwnKey | AppKey;

/** What an app gives `configure()`: its own catalogue in each language, same keys. */
export type AppCatalogs = Record<Locale, Record<OwnKey | AppKey, string>>;

type Catalog = Record<MessageKey, string>;

let catalogs: Record<Locale, Catalog> | null = null;

/** Called by `configure()`: the app's messages win over the shared ones. */
export function setMessages(app: AppCatalogs): void {
  catalogs = { fr: { ...commonFr, ...app.fr }, en: { ...commonEn, ...app.en } };
}

function catalog(locale: Locale): Catalog {
  if (!catalogs) throw new Error("@pix-libre/shared is not configured: call configure() first.");
  return catalogs[locale];
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translate(
  locale: Locale,
  key: MessageKey,
  params?: Record<string, string | number>,
): string {
  const template = catalog(locale)[key] ?? catalog("fr")[key] ?? key;
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
  return key in catalog("fr");
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
