import { LOCALES, useI18n } from "../i18n";

/** FR / EN buttons, named "FR (Français)", "EN (English)"; the pressed one is the current language. */
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
          aria-pressed={locale === code}
          onClick={() => setLocale(code)}
        >
          {/* The visible "FR" is part of the name (WCAG 2.5.3), the full name follows it. */}
          {code.toUpperCase()}
          <span class="visually-hidden"> ({t(`language.${code}`)})</span>
        </button>
      ))}
    </div>
  );
}
