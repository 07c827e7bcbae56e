import { useEffect } from "preact/hooks";
import { useI18n } from "@pix-libre/shared/i18n";
import { sessionStore } from "@pix-libre/shared/session";
import { useStore } from "@pix-libre/shared/store";
import { loadCurrentUser, userStore } from "./auth";
import { Header } from "./components/Header";
import { Router } from "./router";

export function App() {
  const { t } = useI18n();
  const session = useStore(sessionStore);
  const user = useStore(userStore);

  // A stored session from an earlier visit: fetch whose it is (a 401 there signs out).
  useEffect(() => {
    if (session && !user) loadCurrentUser().catch(() => undefined);
  }, [session, user]);

  return (
    <>
      <a class="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <Header />
      <main id="main" class="main" tabIndex={-1}>
        <Router />
      </main>
      <footer class="footer">
        <p>{t("app.footer")}</p>
      </footer>
    </>
  );
}
