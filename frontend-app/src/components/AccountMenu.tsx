import { useEffect, useRef, useState } from "preact/hooks";
import { useI18n } from "@pix-libre/shared/i18n";
import { Link, navigate } from "@pix-libre/shared/navigation";
import { useStore } from "@pix-libre/shared/store";
import { logOut, userStore } from "../auth";

/** The signed-in user's name; opens a small disclosure with the account link and log-out. */
export function AccountMenu() {
  const { t } = useI18n();
  const user = useStore(userStore);
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: Event) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("click", closeOutside);
    document.addEventListener("focusin", closeOutside);
    return () => {
      document.removeEventListener("click", closeOutside);
      document.removeEventListener("focusin", closeOutside);
    };
  }, [open]);

  const name = user ? `${user.first_name} ${user.last_name}` : t("header.accountMenu");
  return (
    <div
      class="account-menu"
      ref={root}
      onKeyDown={(event) => {
        if (event.key === "Escape" && open) {
          setOpen(false);
          toggle.current?.focus();
        }
      }}
    >
      <button
        ref={toggle}
        type="button"
        class="account-menu__toggle"
        aria-expanded={open}
        aria-controls="account-menu-panel"
        onClick={() => setOpen(!open)}
      >
        {name}
        <span aria-hidden="true" class="account-menu__caret">
          ▾
        </span>
      </button>
      <ul id="account-menu-panel" class="account-menu__panel" hidden={!open}>
        <li>
          <Link href="/mon-compte" onClick={() => setOpen(false)}>
            {t("header.accountMenu")}
          </Link>
        </li>
        <li>
          <button
            type="button"
            class="button button--link"
            onClick={async () => {
              setOpen(false);
              await logOut();
              navigate("/");
            }}
          >
            {t("header.logOut")}
          </button>
        </li>
      </ul>
    </div>
  );
}
