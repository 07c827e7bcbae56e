import { LOCALES, useI18n } from "../i18n";

/** FR / EN buttons; the pressed one is the current language. */
export function LanguageSwitch() {
  const { t, locale, setLocale } = useI18n();
  return (
    <div class="language-switch" role="group" aria-label={t("language.group")}>
      {LOCALES.map((code) => (
        <button
          key={code}
          type="button"
          class="language-switch__button"
          lang={code}
          aria-label={t(`language.${code}`)}
          aria-pressed={locale === code}
          onClick={() => setLocale(code)}
        >
          {code.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
