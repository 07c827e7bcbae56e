import { LanguageSwitch } from "@pix-libre/shared/components/LanguageSwitch";
import { useI18n } from "@pix-libre/shared/i18n";
import { Link, locationStore } from "@pix-libre/shared/navigation";
import { useStore } from "@pix-libre/shared/store";
import { accountStore, currentMembership, logOut, organizationIdStore, selectOrganization } from "../auth";

/** Organisation (with a switcher when several), the user's name and role, log-out, language. */
export function Header() {
  const { t } = useI18n();
  const account = useStore(accountStore);
  const selectedId = useStore(organizationIdStore);
  const ready = account.status === "ready" ? account : null;
  const memberships = ready?.memberships ?? [];
  const current = currentMembership(memberships, selectedId);
  const path = useStore(locationStore).path;
  const section = path.startsWith("/equipe") ? "team" : path.startsWith("/campagnes") ? "campaigns" : "";

  return (
    <header class="header">
      <div class="header__inner">
        <Link href="/" class="header__brand" aria-label={t("header.home")}>
          <span aria-hidden="true" class="header__logo">
            Pix
          </span>{" "}
          Orga
        </Link>
        {current && (
          <div class="header__org">
            {/* Decorative: the organisation's name is written beside it. */}
            {current.organization.logo_url && (
              <img class="org-logo" src={current.organization.logo_url} alt="" width={40} height={40} referrerpolicy="no-referrer" />
            )}
            {memberships.length > 1 ? (
              <div class="field field--inline">
                <label for="organization-switch">{t("header.organization")}</label>
                <select
                  id="organization-switch"
                  value={String(current.organization.id)}
                  onChange={(event) => selectOrganization(Number(event.currentTarget.value))}
                >
                  {memberships.map((m) => (
                    <option key={m.organization.id} value={String(m.organization.id)}>
                      {m.organization.name}
                    </option>
                  ))}
                </select>
              </div>
            ) : (
              <p class="header__org-name">{current.organization.name}</p>
            )}
          </div>
        )}
        {current && (
          <nav class="header__sections" aria-label={t("nav.label")}>
            <ul class="header__links">
              <li>
                <Link href="/campagnes" aria-current={section === "campaigns" ? "page" : undefined}>
                  {t("nav.campaigns")}
                </Link>
              </li>
              <li>
                <Link href="/equipe" aria-current={section === "team" ? "page" : undefined}>
                  {t("nav.team")}
                </Link>
              </li>
            </ul>
          </nav>
        )}
        <div class="header__nav">
          {ready && (
            <p class="header__user">
              <span class="header__user-name">
                {ready.user.first_name} {ready.user.last_name}
              </span>
              {current && <span class="header__role"> · {t(`role.${current.role}`)}</span>}
            </p>
          )}
          {/* Before the organisation pages, the page itself offers log-out: one button only. */}
          {current && (
            <button type="button" class="button button--secondary button--small" onClick={() => void logOut()}>
              {t("header.logOut")}
            </button>
          )}
          <LanguageSwitch />
        </div>
      </div>
    </header>
  );
}
