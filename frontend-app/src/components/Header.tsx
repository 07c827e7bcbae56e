import { LanguageSwitch } from "@pix-libre/shared/components/LanguageSwitch";
import { useI18n } from "@pix-libre/shared/i18n";
import { Link } from "@pix-libre/shared/navigation";
import { sessionStore } from "@pix-libre/shared/session";
import { useStore } from "@pix-libre/shared/store";
import { AccountMenu } from "./AccountMenu";

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
