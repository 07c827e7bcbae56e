import { LanguageSwitch } from "@pix-libre/shared/components/LanguageSwitch";
import { useI18n, type MessageKey } from "@pix-libre/shared/i18n";
import { useKeyedState } from "@pix-libre/shared/keyed";
import { Link, locationStore } from "@pix-libre/shared/navigation";
import { sessionStore } from "@pix-libre/shared/session";
import { useStore } from "@pix-libre/shared/store";
import { AccountMenu } from "./AccountMenu";

/** The signed-in learner's places, in the header. */
export const MAIN_LINKS: { href: string; label: MessageKey }[] = [
  { href: "/", label: "nav.home" },
  { href: "/mes-parcours", label: "nav.campaigns" },
  { href: "/competences", label: "nav.competences" },
  { href: "/mes-tutos", label: "nav.tutorials" },
  { href: "/certification", label: "nav.certification" },
];

/** The link of the current page, or of the section it belongs to (a competence → Compétences). */
export function isCurrent(href: string, path: string): boolean {
  if (href === "/") return path === "/";
  return path === href || path.startsWith(`${href}/`);
}

export function Header() {
  const { t } = useI18n();
  const signedIn = useStore(sessionStore) !== null;
  const { path } = useStore(locationStore);
  // Narrow screens fold the links behind "Menu"; wide ones always show them (CSS).
  // Open on the page where it was opened: following a link closes it.
  const [open, setOpen] = useKeyedState(path, false);

  return (
    <header class="header">
      <div class="header__inner">
        <Link href="/" class="header__brand" aria-label={t("header.home")}>
          <span aria-hidden="true" class="header__logo">
            Pix
          </span>{" "}
          libre
        </Link>
        <nav class="header__nav" aria-label={t("header.nav")}>
          {signedIn ? (
            <>
              <button
                type="button"
                class="header__menu-toggle"
                aria-expanded={open}
                aria-controls="main-links"
                onClick={() => setOpen(!open)}
              >
                <span aria-hidden="true" class="header__menu-icon">
                  {open ? "✕" : "☰"}
                </span>{" "}
                {t("nav.menu")}
              </button>
              <ul id="main-links" class={`header__main-links${open ? " header__main-links--open" : ""}`}>
                {MAIN_LINKS.map((link) => (
                  <li key={link.href}>
                    <Link
                      href={link.href}
                      class="header__link"
                      aria-current={
                        link.href === path ? "page" : isCurrent(link.href, path) ? "true" : undefined
                      }
                    >
                      {t(link.label)}
                    </Link>
                  </li>
                ))}
              </ul>
              <AccountMenu />
            </>
          ) : (
            <ul class="header__links">
              <li>
                <Link href="/connexion">{t("header.logIn")}</Link>
              </li>
              <li>
                <Link href="/inscription">{t("header.signUp")}</Link>
              </li>
            </ul>
          )}
          <LanguageSwitch />
        </nav>
      </div>
    </header>
  );
}
