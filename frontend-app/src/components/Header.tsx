import { useI18n } from "../i18n";
import { Link } from "../navigation";
import { sessionStore } from "../session";
import { useStore } from "../store";
import { AccountMenu } from "./AccountMenu";
import { LanguageSwitch } from "./LanguageSwitch";

export function Header() {
  const { t } = useI18n();
  const signedIn = useStore(sessionStore) !== null;
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
            <AccountMenu />
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
